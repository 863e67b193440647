import type { QualificationCode } from '../../../../../contracts/qualifications.js';
import { emptyRichText } from '../../../../../contracts/rich-text.js';
import type { PortfolioContent, PortfolioTemplate } from '../../../../../contracts/trajectories.js';

/** The working copy as stored: the CV and the sections; evidence lives in its own table. */
export type PortfolioWorkingCopy = Pick<PortfolioContent, 'cv' | 'sections'>;

/**
 * The template of a qualification in force on a day: the latest `validFrom` on or before it
 * (R-UMCU-BKO-OLD: templates have versions with a date from which they hold). Null before the first one.
 */
export function templateInForce<T extends PortfolioTemplate>(
  templates: readonly T[],
  qualification: QualificationCode,
  on: string,
): T | null {
  let best: T | null = null;
  for (const t of templates) {
    if (t.qualification !== qualification || t.validFrom > on) continue;
    if (!best || t.validFrom > best.validFrom) best = t;
  }
  return best;
}

/** A portfolio's start: no CV tasks, no evidence, and every section of the template empty. */
export function emptyPortfolio(template: PortfolioTemplate): PortfolioWorkingCopy {
  const sections: PortfolioWorkingCopy['sections'] = {};
  for (const s of template.sections) {
    if (s.kind !== 'teaching-cv') sections[s.id] = { text: emptyRichText(), evidenceIds: [] };
  }
  return { cv: [], sections };
}
