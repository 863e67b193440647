import type { ContentKind, RegisterRuleId, Sector } from '../../../../../contracts/register.js';

// The re-registration norm of seed 003 ("5. Omvang en waardering"), in tenths of an RU.

/** R-REG-NORM-1: at least 160 RU over the four-year period. */
export const TOTAL_NORM_TENTHS = 1600;
/** R-REG-NORM-2: at least 100 RU of them on the primary process. */
export const PRIMARY_NORM_TENTHS = 1000;
/** R-REG-NORM-3: in vo, at least 40 RU of those 100 on subject content. */
export const SUBJECT_NORM_TENTHS = 400;

/** R-REG-CONTENT-1: subject content, (subject) didactics and pedagogy make the primary process. */
export function isPrimaryProcess(content: ContentKind): boolean {
  return content !== 'general';
}

export interface Totals {
  totalTenths: number;
  primaryTenths: number;
  subjectTenths: number;
}

export interface Shortfall {
  rule: RegisterRuleId;
  missingTenths: number;
}

/** The norms not met, in rule order, each with what is missing; empty when the teacher meets the norm. */
export function shortfallsOf(sector: Sector, totals: Totals): Shortfall[] {
  const norms: { rule: RegisterRuleId; required: number; actual: number }[] = [
    // R-REG-NORM-1
    { rule: 'R-REG-NORM-1', required: TOTAL_NORM_TENTHS, actual: totals.totalTenths },
    // R-REG-NORM-2
    { rule: 'R-REG-NORM-2', required: PRIMARY_NORM_TENTHS, actual: totals.primaryTenths },
  ];
  // R-REG-NORM-3: "voor de sector vo als aanvullende eis", so for vo only.
  if (sector === 'vo') {
    norms.push({ rule: 'R-REG-NORM-3', required: SUBJECT_NORM_TENTHS, actual: totals.subjectTenths });
  }
  return norms
    .filter((n) => n.actual < n.required)
    .map((n) => ({ rule: n.rule, missingTenths: n.required - n.actual }));
}
