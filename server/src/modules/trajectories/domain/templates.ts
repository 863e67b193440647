import type { QualificationCode } from '../../../../../contracts/qualifications.js';
import type { PortfolioTemplate } from '../../../../../contracts/trajectories.js';

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
