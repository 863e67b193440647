import type { QualificationCode } from '../../../../../contracts/qualifications.js';
import type {
  Catalogue,
  CatalogueItem,
  RouteIssue,
  RouteRule,
  TrajectoryPlan,
} from '../../../../../contracts/trajectories.js';

/** The routes of UMC Utrecht (R-UMCU-ROUTE-3, seed 000 "Hoe behaal ik een onderwijskwalificatie?"). */
export const umcuRouteRules: Record<QualificationCode, RouteRule> = {
  // "twee routes mogelijk: de BKO-leergang of een zelf samengesteld trainingspakket"
  BKO: { course: 'alone', modules: 'free', rules: ['R-UMCU-ROUTE-3'] },
  // "volg je in principe de leergang Uitvoeren van Onderwijs … Indien je al relevante trainingen hebt
  // gevolgd, dan kun je deze zo nodig aanvullen met losse docenttrainingen": the course, with modules where
  // needed; without it only around trainings already followed.
  UvO: { course: 'with-modules', modules: 'with-prior-training', rules: ['R-UMCU-ROUTE-3'] },
  // "vooralsnog één route mogelijk: de KKO-leergang. Op termijn … zelf een trainingspakket samen te stellen"
  KKO: { course: 'alone', modules: 'no', rules: ['R-UMCU-ROUTE-3', 'R-UMCU-KKO-1'] },
  // "twee routes mogelijk: de SKO-leergang of een zelf samengesteld trainingspakket"
  SKO: { course: 'alone', modules: 'free', rules: ['R-UMCU-ROUTE-3'] },
};

/** A training followed before the intake: it counts towards the route and costs nothing in this plan. */
export function followedBefore(item: { completedOn: string | null }, intakeOn: string): boolean {
  return item.completedOn !== null && item.completedOn < intakeOn;
}

export function findCatalogueItem(catalogue: Catalogue, id: string): CatalogueItem | undefined {
  return catalogue.items.find((i) => i.id === id);
}

/**
 * What is wrong with a planned route, or nothing (R-UMCU-ROUTE-2, -3): the route must be one the
 * qualification allows, a course route holds exactly the qualification's own course (and modules only where
 * allowed), a route of modules holds at least one module (and, where so ruled, one followed before the
 * intake). Items named from the catalogue must be in it, each once. Schooling from elsewhere counts as a
 * module. The catalogue must price the assessment trajectory of the qualification (R-UMCU-COST-1).
 */
export function validateRoute(
  plan: TrajectoryPlan,
  catalogue: Catalogue,
  rules: Record<QualificationCode, RouteRule>,
  intakeOn: string,
): RouteIssue[] {
  const rule = rules[plan.qualification];
  const cite = rule.rules;
  const issues: RouteIssue[] = [];
  if (catalogue.assessmentPriceCents[plan.qualification] === undefined) {
    issues.push({ code: 'assessment-price-missing', rules: ['R-UMCU-COST-1'] });
  }
  const allowed = plan.route === 'course' ? rule.course !== 'no' : rule.modules !== 'no';
  if (!allowed) return [...issues, { code: 'route-not-allowed', rules: cite }];

  const seen = new Set<string>();
  let courses = 0;
  let modules = 0;
  let prior = 0;
  plan.schooling.forEach((entry, index) => {
    if (entry.source === 'catalogue') {
      const item = findCatalogueItem(catalogue, entry.itemId);
      if (!item) {
        issues.push({ code: 'unknown-item', item: index, rules: cite });
        return;
      }
      if (seen.has(item.id)) {
        issues.push({ code: 'item-twice', item: index, rules: cite });
        return;
      }
      seen.add(item.id);
      if (item.kind === 'course') {
        if (plan.route === 'modules') {
          issues.push({ code: 'course-in-modules-route', item: index, rules: cite });
          return;
        }
        if (item.qualification !== plan.qualification) {
          issues.push({ code: 'course-of-other-qualification', item: index, rules: cite });
          return;
        }
        courses += 1;
        if (courses === 2) issues.push({ code: 'course-twice', item: index, rules: cite });
        return;
      }
    }
    modules += 1;
    if (followedBefore(entry, intakeOn)) prior += 1;
  });

  if (plan.route === 'course') {
    if (courses === 0) issues.push({ code: 'course-missing', rules: cite });
    if (modules > 0 && rule.course === 'alone') issues.push({ code: 'modules-not-allowed', rules: cite });
  } else {
    if (modules === 0) issues.push({ code: 'modules-missing', rules: cite });
    else if (rule.modules === 'with-prior-training' && prior === 0) {
      issues.push({ code: 'prior-training-missing', rules: cite });
    }
  }
  return issues;
}
