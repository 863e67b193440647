import type { QualificationCode } from '../../../../contracts/qualifications.js';
import type { CatalogueItem, Payer, RouteKind } from '../../../../contracts/trajectories.js';
import type {
  CatalogueRecord,
  IntakeOffersInput,
  RecordIntakeInput,
  TrajectoryDetail,
  TrajectorySummary,
} from '../../../../contracts/trajectories-api.js';
import { problemsByField } from '../register/activityForm';

// The adviser's intake forms as plain data: the offered times and the plan, what is sent, and the plan's
// cost as it stands. The route rules (R-UMCU-ROUTE-3) are the server's: its refusal names each problem.

/** A number field: empty until something is typed. */
type NumberValue = number | '';

export interface OfferRow {
  /** `YYYY-MM-DDTHH:mm` of a datetime-local field, in the browser's time zone */
  startsAt: string;
  minutes: NumberValue;
  location: string;
}

export const emptyOffer = (location = ''): OfferRow => ({ startsAt: '', minutes: 60, location });

/** A datetime-local value (the browser's time) as an ISO moment, or null when it is not a moment. */
export function isoOfLocal(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const moment = new Date(local);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString();
}

/** An ISO moment as a datetime-local value in the browser's time zone. */
export function localOfIso(iso: string): string {
  const moment = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** What the offer form sends; an empty or unreadable time is sent as typed, so the server names the field. */
export const offersInputOf = (rows: readonly OfferRow[]): IntakeOffersInput => ({
  times: rows.map((row) => ({
    startsAt: isoOfLocal(row.startsAt) ?? row.startsAt,
    minutes: row.minutes === '' ? 60 : row.minutes,
    location: row.location,
  })),
});

export type SchoolingRow =
  | { source: 'catalogue'; itemId: string; completedOn: string }
  | { source: 'elsewhere'; title: string; provider: string; price: NumberValue; completedOn: string };

export interface PlanValues {
  qualification: QualificationCode | null;
  route: RouteKind;
  schooling: SchoolingRow[];
  payer: Payer;
  expectedAssessmentWeek: string | null;
  notes: string;
  carryOverFrom: string | null;
}

export const emptyPlan = (qualification: QualificationCode | null): PlanValues => ({
  qualification,
  route: 'course',
  schooling: [],
  payer: 'teacher',
  expectedAssessmentWeek: null,
  notes: '',
  carryOverFrom: null,
});

/** Euros as typed to whole cents (a typed 12.345 is 1235 cents). */
export const centsOf = (euros: NumberValue): number => (euros === '' ? 0 : Math.round(euros * 100));

/** What the intake form sends. A missing qualification is left for the server to name. */
export function recordIntakeInputOf(values: PlanValues): RecordIntakeInput {
  return {
    plan: {
      qualification: values.qualification as QualificationCode,
      route: values.route,
      schooling: values.schooling.map((row) =>
        row.source === 'catalogue'
          ? { source: 'catalogue', itemId: row.itemId, completedOn: row.completedOn || null }
          : {
              source: 'elsewhere',
              title: row.title,
              provider: row.provider,
              priceCents: centsOf(row.price),
              completedOn: row.completedOn || null,
            },
      ),
      payer: values.payer,
      expectedAssessmentWeek: values.expectedAssessmentWeek,
      notes: values.notes,
    },
    carryOverFrom: values.carryOverFrom,
  };
}

export interface CostLine {
  /** index in the plan's schooling, or null for the assessment trajectory */
  item: number | null;
  cents: number;
  /** followed before the intake: listed, not charged (as the server counts, R-UMCU-COST-1) */
  alreadyFollowed: boolean;
}

export interface PlanCostEstimate {
  lines: CostLine[];
  /** null: the catalogue prices no assessment of this qualification (the server will refuse the plan) */
  assessmentCents: number | null;
  totalCents: number;
  /** the division pays a non-zero total: its line manager decides */
  needsApproval: boolean;
}

const itemOf = (catalogue: CatalogueRecord | undefined, id: string): CatalogueItem | undefined =>
  catalogue?.items.find((item) => item.id === id);

/**
 * The plan's cost as the server will compute it at the intake (R-UMCU-COST-1): the schooling's prices (the
 * catalogue's, or those typed for schooling elsewhere) plus the assessment trajectory of the qualification;
 * items followed before `today` cost nothing. Items not (yet) chosen count as nothing.
 */
export function estimateCosts(
  values: PlanValues,
  catalogue: CatalogueRecord | undefined,
  today: string,
): PlanCostEstimate {
  const lines = values.schooling.map((row, item): CostLine => {
    const alreadyFollowed = row.completedOn !== '' && row.completedOn < today;
    const cents =
      row.source === 'elsewhere' ? centsOf(row.price) : (itemOf(catalogue, row.itemId)?.priceCents ?? 0);
    return { item, cents, alreadyFollowed };
  });
  const assessmentCents = values.qualification
    ? (catalogue?.assessmentPriceCents[values.qualification] ?? null)
    : null;
  const totalCents =
    lines.reduce((sum, line) => sum + (line.alreadyFollowed ? 0 : line.cents), 0) + (assessmentCents ?? 0);
  return { lines, assessmentCents, totalCents, needsApproval: values.payer === 'division' && totalCents > 0 };
}

/** The catalogue's items a plan may choose for a route: the qualification's own course, or modules. */
export function catalogueChoices(
  catalogue: CatalogueRecord | undefined,
  qualification: QualificationCode | null,
): CatalogueItem[] {
  return (catalogue?.items ?? []).filter(
    (item) => item.kind === 'module' || qualification === null || item.qualification === qualification,
  );
}

/**
 * The teacher's earlier trajectories a new portfolio may start from (R-UMCU-UVO-4: a BKO from the UvO
 * portfolio); a trajectory has a portfolio once its intake is recorded, which gives it a qualification.
 */
export function carryOverSources(
  trajectories: readonly TrajectorySummary[],
  current: { id: string; teacherId: string },
  qualification: QualificationCode | null,
): TrajectorySummary[] {
  if (qualification !== 'BKO') return [];
  return trajectories.filter(
    (item) => item.teacher.id === current.teacherId && item.id !== current.id && item.qualification === 'UvO',
  );
}

/**
 * The server's refusal of a plan by form field: a field's validation message (`plan.notes` → `notes`), and
 * for a route problem about one schooling item (R-UMCU-ROUTE-3) `itemMessage` on that item's row
 * (`schooling.2`); the route's whole message stays in the alert beside the form.
 */
export function planProblems(error: unknown, itemMessage: string): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [field, message] of Object.entries(problemsByField(error))) {
    problems[field.replace(/^plan\./, '')] = message;
  }
  const issues = (error as { details?: { issues?: unknown } } | null)?.details?.issues;
  if (Array.isArray(issues)) {
    for (const issue of issues) {
      if (typeof issue?.item === 'number') problems[`schooling.${issue.item}`] = itemMessage;
    }
  }
  return problems;
}

/** The form for a trajectory: its recorded plan to revise (after a decline, say), or an empty one. */
export function planValuesOf(trajectory: TrajectoryDetail): PlanValues {
  const { plan } = trajectory;
  if (!plan || !trajectory.qualification) return emptyPlan(trajectory.requestedQualification);
  return {
    qualification: trajectory.qualification,
    route: plan.route,
    schooling: plan.schooling.map(
      (item): SchoolingRow =>
        item.catalogueItemId
          ? { source: 'catalogue', itemId: item.catalogueItemId, completedOn: item.completedOn ?? '' }
          : {
              source: 'elsewhere',
              title: item.title.nl,
              provider: item.provider ?? '',
              price: item.priceCents / 100,
              completedOn: item.completedOn ?? '',
            },
    ),
    payer: plan.payer,
    expectedAssessmentWeek: trajectory.expectedAssessmentWeek,
    notes: plan.notes,
    carryOverFrom: null,
  };
}
