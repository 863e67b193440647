import { countWords, emptyRichText } from '../../../../../contracts/rich-text.js';
import type {
  Checklist,
  ChecklistItem,
  Evidence,
  PortfolioContent,
  PortfolioTemplate,
  Requirement,
  RequirementSettings,
  TemplateSection,
} from '../../../../../contracts/trajectories.js';

// The live checklist of a portfolio against its template's quantitative requirements (R-UMCU-PF-1,
// R-UMCU-ASM-4): which requirement is met, and how far each one is.

/** The template with the institution's own numbers; settings of requirements it does not have are ignored. */
export function applySettings(template: PortfolioTemplate, settings: RequirementSettings): PortfolioTemplate {
  return {
    ...template,
    requirements: template.requirements.map((r): Requirement => {
      const n = settings[r.id];
      if (n === undefined) return r;
      if (r.kind === 'text') return { ...r, minWords: n };
      if (r.kind === 'cv-areas') return r;
      return { ...r, min: n };
    }),
  };
}

/** Settings that name no number of the template: an administrator's typo, or a requirement since removed. */
export function unknownSettings(template: PortfolioTemplate, settings: RequirementSettings): string[] {
  const numbered = new Set(template.requirements.filter((r) => r.kind !== 'cv-areas').map((r) => r.id));
  return Object.keys(settings).filter((id) => !numbered.has(id));
}

/** Evidence counts once it has a file: a title alone shows nothing. */
function shows(e: Evidence): boolean {
  return e.files.length > 0;
}

/** "Teaching staff" and "teaching  Staff " are one target group. */
function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

function sectionsOf(template: PortfolioTemplate, kinds: readonly string[]): TemplateSection[] {
  return template.sections.filter((s) => kinds.includes(s.kind));
}

interface Measure {
  have: number;
  need: number;
  sectionsShort: string[];
}

const count = (have: number, need: number): Measure => ({ have, need, sectionsShort: [] });

/** Per-section requirements count sections: each section short of the number is named. */
function perSection(sections: TemplateSection[], meets: (id: string) => boolean): Measure {
  const sectionsShort = sections.filter((s) => !meets(s.id)).map((s) => s.id);
  return { have: sections.length - sectionsShort.length, need: sections.length, sectionsShort };
}

function measure(r: Requirement, template: PortfolioTemplate, content: PortfolioContent): Measure {
  const evidenceById = new Map(content.evidence.map((e) => [e.id, e]));
  switch (r.kind) {
    case 'evidence': {
      const n = content.evidence.filter(
        (e) => e.kind === r.evidenceKind && shows(e) && (!r.onlyNew || e.carriedOverFrom === null),
      ).length;
      return count(n, r.min);
    }
    case 'cv-tasks':
      return count(content.cv.length, r.min);
    case 'cv-forms':
      return count(new Set(content.cv.map((t) => t.form)).size, r.min);
    case 'cv-target-groups':
      return count(new Set(content.cv.map((t) => normalize(t.targetGroup))).size, r.min);
    case 'cv-areas': {
      const covered = new Set(content.cv.flatMap((t) => t.areas));
      return count(r.areas.filter((a) => covered.has(a)).length, r.areas.length);
    }
    case 'text':
      return perSection(
        sectionsOf(template, r.sectionKinds),
        (id) => countWords(content.sections[id]?.text ?? emptyRichText()) >= r.minWords,
      );
    case 'section-evidence':
      return perSection(sectionsOf(template, r.sectionKinds), (id) => {
        const linked = new Set(content.sections[id]?.evidenceIds ?? []);
        const showing = [...linked].filter((e) => {
          const item = evidenceById.get(e);
          return item !== undefined && shows(item);
        });
        return showing.length >= r.min;
      });
  }
}

/**
 * The checklist of a portfolio: per requirement whether it is met and how far (`have` capped at `need`),
 * and the progress over everything needed, in whole percent rounded down, so 100 means complete.
 */
export function checkPortfolio(template: PortfolioTemplate, content: PortfolioContent): Checklist {
  const items = template.requirements.map((r): ChecklistItem => {
    const m = measure(r, template, content);
    return {
      requirementId: r.id,
      label: r.label,
      rules: r.rules,
      met: m.have >= m.need,
      have: Math.min(m.have, m.need),
      need: m.need,
      sectionsShort: m.sectionsShort,
    };
  });
  const have = items.reduce((sum, i) => sum + i.have, 0);
  const need = items.reduce((sum, i) => sum + i.need, 0);
  const met = items.filter((i) => i.met).length;
  return {
    items,
    met,
    total: items.length,
    progress: need === 0 ? 100 : Math.floor((100 * have) / need),
    complete: met === items.length,
  };
}
