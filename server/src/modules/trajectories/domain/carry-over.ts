import type { QualificationCode } from '../../../../../contracts/qualifications.js';
import { emptyRichText } from '../../../../../contracts/rich-text.js';
import type {
  PortfolioContent,
  PortfolioTemplate,
  SectionContent,
} from '../../../../../contracts/trajectories.js';

// R-UMCU-UVO-4: "Met die scholingsinzichten en ervaringen vul je je UvO-portfolio verder aan tot een
// volledig BKO-portfolio." A new BKO portfolio starts as a copy of the UvO portfolio; everything stays
// editable, since "bij de beoordeling voor de BKO wordt gekeken naar alle aspecten".

/** The portfolios a new one may start from. */
export const carryOverPaths: readonly { from: QualificationCode; to: QualificationCode; rules: string[] }[] =
  [{ from: 'UvO', to: 'BKO', rules: ['R-UMCU-UVO-4'] }];

export function mayCarryOver(from: QualificationCode, to: QualificationCode): boolean {
  return carryOverPaths.some((p) => p.from === from && p.to === to);
}

export interface CarriedOver {
  content: PortfolioContent;
  /** sections of the new template that start with the earlier text and evidence */
  carried: string[];
  /** sections of the new template that start empty: what the teacher still writes */
  toWrite: string[];
}

/**
 * The start of a portfolio from an earlier one: the whole CV and all evidence, and the text and links of
 * every section the two templates share (same id and kind). Evidence is marked with where it came from, so
 * a requirement for new evidence can tell it apart; evidence that came from further back keeps its origin.
 */
export function carryOver(
  source: { template: PortfolioTemplate; content: PortfolioContent; trajectoryId: string },
  target: PortfolioTemplate,
): CarriedOver {
  const origin = { qualification: source.template.qualification, trajectoryId: source.trajectoryId };
  const sections: Record<string, SectionContent> = {};
  const carried: string[] = [];
  const toWrite: string[] = [];
  for (const section of target.sections) {
    if (section.kind === 'teaching-cv') {
      carried.push(section.id);
      continue;
    }
    const shared = source.template.sections.some((s) => s.id === section.id && s.kind === section.kind);
    const earlier = source.content.sections[section.id];
    if (shared && earlier) {
      sections[section.id] = { text: structuredClone(earlier.text), evidenceIds: [...earlier.evidenceIds] };
      carried.push(section.id);
    } else {
      sections[section.id] = { text: emptyRichText(), evidenceIds: [] };
      toWrite.push(section.id);
    }
  }
  return {
    content: {
      cv: source.content.cv.map((t) => ({ ...t, areas: [...t.areas] })),
      sections,
      evidence: source.content.evidence.map((e) => ({
        ...e,
        files: e.files.map((f) => ({ ...f })),
        carriedOverFrom: e.carriedOverFrom ?? origin,
      })),
    },
    carried,
    toWrite,
  };
}
