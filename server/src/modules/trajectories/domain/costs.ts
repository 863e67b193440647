import type { Catalogue, PlanCosts, TrajectoryPlan } from '../../../../../contracts/trajectories.js';
import { yearOf } from './days.js';
import { findCatalogueItem, followedBefore } from './route.js';

const assessmentTitle = (code: string) => ({
  nl: `Beoordelingstraject ${code}`,
  en: `Assessment trajectory ${code}`,
});

/**
 * What a plan costs (R-UMCU-COST-1): the didactic schooling (catalogue prices, or the given price of
 * schooling elsewhere) plus the assessment trajectory of the qualification, in cents. Trainings followed
 * before the intake are listed at their price but not charged. When the division pays a total above zero,
 * its line manager approves or declines; a free trajectory needs nobody's approval.
 *
 * The plan must have passed `validateRoute` against the same catalogue: an unknown item is a programming
 * error here, not the teacher's.
 */
export function planCosts(plan: TrajectoryPlan, catalogue: Catalogue, intakeOn: string): PlanCosts {
  const lines: PlanCosts['lines'] = plan.schooling.map((entry) => {
    const alreadyFollowed = followedBefore(entry, intakeOn);
    if (entry.source === 'elsewhere') {
      const title = `${entry.title} (${entry.provider})`;
      return { kind: 'elsewhere', title: { nl: title, en: title }, cents: entry.priceCents, alreadyFollowed };
    }
    const item = findCatalogueItem(catalogue, entry.itemId);
    if (!item) throw new Error(`catalogue ${catalogue.year} has no item ${entry.itemId}`);
    return { kind: item.kind, title: item.title, cents: item.priceCents, alreadyFollowed };
  });
  const assessmentCents = catalogue.assessmentPriceCents[plan.qualification];
  if (assessmentCents === undefined) {
    throw new Error(`catalogue ${catalogue.year} prices no assessment of ${plan.qualification}`);
  }
  lines.push({
    kind: 'assessment',
    title: assessmentTitle(plan.qualification),
    cents: assessmentCents,
    alreadyFollowed: false,
  });
  const schoolingCents = lines
    .filter((l) => l.kind !== 'assessment' && !l.alreadyFollowed)
    .reduce((sum, l) => sum + l.cents, 0);
  const totalCents = schoolingCents + assessmentCents;
  return {
    lines,
    schoolingCents,
    assessmentCents,
    totalCents,
    payer: plan.payer,
    needsApproval: plan.payer === 'division' && totalCents > 0,
  };
}

/** The catalogue of the intake's calendar year, or null when the institution has none for it. */
export function catalogueFor<T extends Catalogue>(catalogues: readonly T[], intakeOn: string): T | null {
  return catalogues.find((c) => c.year === yearOf(intakeOn)) ?? null;
}
