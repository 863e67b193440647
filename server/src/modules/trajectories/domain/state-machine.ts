import type { QualificationCode } from '../../../../../contracts/qualifications.js';
import {
  type AssessmentWeek,
  type Catalogue,
  type FeedbackVerdict,
  type RouteIssue,
  type RouteRule,
  type TrajectoryEventType,
  type TrajectoryPlan,
  type TrajectoryState,
  trajectoryStates,
} from '../../../../../contracts/trajectories.js';
import { planCosts } from './costs.js';
import { validateRoute } from './route.js';

// The trajectory as a pure state machine: intake → plan (→ cost approval) → schooling → portfolio → draft ⇄
// feedback → final (locked) → awaiting assessment; withdrawn or cancelled from anywhere before the end.
// Who may send which event is the policy's business (trajectories.policy.ts), not this file's.

export type TrajectoryEvent =
  /** the adviser offers or moves the intake appointment */
  | { type: 'plan-intake'; on: string }
  /** the adviser records the intake and its plan (R-UMCU-ROUTE-1); also to revise a plan not yet approved */
  | { type: 'record-intake'; plan: TrajectoryPlan }
  | { type: 'approve-costs' }
  | { type: 'decline-costs'; reason: string }
  /** all planned schooling is done, each with its certificate */
  | { type: 'complete-schooling' }
  /** a numbered, immutable draft version; optionally the sign-up for an assessment week (R-UMCU-ASM-3) */
  | { type: 'hand-in-draft'; signUpFor?: AssessmentWeek | null }
  /** the teacher takes back a draft the adviser has not answered yet */
  | { type: 'retract-draft' }
  | { type: 'give-feedback'; verdict: FeedbackVerdict }
  | { type: 'start-revising' }
  /** sign up for, or move to, an assessment week after the first draft */
  | { type: 'choose-assessment-week'; week: AssessmentWeek }
  /** the final version: the portfolio is locked */
  | { type: 'hand-in-final' }
  /** the adviser's check of the final version (R-UMCU-ASM-4) finds it short: the portfolio opens again */
  | { type: 'return-final'; reason: string }
  /** the adviser's check of the final version passes: on to the assessment (a later issue) */
  | { type: 'accept-final' }
  | { type: 'withdraw'; reason?: string }
  | { type: 'cancel'; reason: string };

/** What the machine needs to know beyond the state; the use case reads it from the trajectory. */
export interface TransitionContext {
  /** today in Europe/Amsterdam */
  today: string;
  /** the qualification of the recorded plan; null before the intake is recorded */
  qualification: QualificationCode | null;
  /** the institution's catalogue for the intake's year (record-intake) */
  catalogue: Catalogue | null;
  routeRules: Record<QualificationCode, RouteRule>;
  /** planned schooling not completed yet */
  openSchooling: number;
  /** drafts handed in so far, the one awaiting feedback included */
  drafts: number;
  /** the adviser's verdict on the latest draft; null before any feedback */
  lastVerdict: FeedbackVerdict | null;
  /** the assessment week the teacher is signed up for */
  week: AssessmentWeek | null;
  /** requirements of the portfolio's live checklist not met yet (hand-in-final) */
  unmetRequirements: number;
}

export type TransitionRefusalCode =
  | 'TRAJECTORY_EVENT_NOT_ALLOWED'
  | 'TRAJECTORY_CLOSED'
  | 'TRAJECTORY_REASON_REQUIRED'
  | 'TRAJECTORY_NO_CATALOGUE'
  | 'TRAJECTORY_ROUTE_INVALID'
  | 'TRAJECTORY_SCHOOLING_INCOMPLETE'
  | 'TRAJECTORY_WEEK_NOT_FOR_QUALIFICATION'
  | 'TRAJECTORY_DRAFT_DEADLINE_PASSED'
  | 'TRAJECTORY_FINAL_DEADLINE_PASSED'
  | 'TRAJECTORY_FEEDBACK_NOT_CONVINCING'
  | 'TRAJECTORY_NO_ASSESSMENT_WEEK'
  | 'TRAJECTORY_REQUIREMENTS_NOT_MET';

export interface TransitionRefusal {
  code: TransitionRefusalCode;
  params: Record<string, string | number>;
  details?: { issues: RouteIssue[] };
}

export type TransitionResult =
  | { ok: true; state: TrajectoryState }
  | { ok: false; refusal: TransitionRefusal };

export const initialState: TrajectoryState = 'intake-requested';

export const closedStates: readonly TrajectoryState[] = ['withdrawn', 'cancelled'];

/** A trajectory may be withdrawn or cancelled in every state that is not closed yet. */
const beforeTheEnd = trajectoryStates.filter((s) => !closedStates.includes(s));

/** In which states each event may happen at all; the guards below may still refuse it. */
export const eventStates: Record<TrajectoryEventType, readonly TrajectoryState[]> = {
  'plan-intake': ['intake-requested', 'intake-planned'],
  'record-intake': ['intake-requested', 'intake-planned', 'cost-approval-pending', 'cost-declined'],
  'approve-costs': ['cost-approval-pending'],
  'decline-costs': ['cost-approval-pending'],
  'complete-schooling': ['schooling'],
  'hand-in-draft': ['portfolio-in-progress', 'revising'],
  'retract-draft': ['draft-handed-in'],
  'give-feedback': ['draft-handed-in'],
  'start-revising': ['feedback-given'],
  'choose-assessment-week': ['draft-handed-in', 'feedback-given', 'revising'],
  'hand-in-final': ['feedback-given', 'revising'],
  'return-final': ['final-handed-in'],
  'accept-final': ['final-handed-in'],
  withdraw: beforeTheEnd,
  cancel: beforeTheEnd,
};

/** The events the state allows (before guards): what the interface offers. */
export function eventsIn(state: TrajectoryState): TrajectoryEventType[] {
  return (Object.keys(eventStates) as TrajectoryEventType[]).filter((e) => eventStates[e].includes(state));
}

/** The teacher edits the working copy of the portfolio only while no version of it is with the adviser. */
export const editableStates: readonly TrajectoryState[] = [
  'schooling',
  'portfolio-in-progress',
  'feedback-given',
  'revising',
];

/** Editing after feedback is revising: the use case moves the trajectory along with the first edit. */
export function stateAfterEdit(state: TrajectoryState): TrajectoryState {
  return state === 'feedback-given' ? 'revising' : state;
}

const ok = (state: TrajectoryState): TransitionResult => ({ ok: true, state });
const refuse = (
  code: TransitionRefusalCode,
  params: TransitionRefusal['params'] = {},
  details?: TransitionRefusal['details'],
): TransitionResult => ({ ok: false, refusal: details ? { code, params, details } : { code, params } });

function hasReason(reason: string | undefined): boolean {
  return Boolean(reason && reason.trim().length > 0);
}

/** Where the trajectory goes once the costs are settled: schooling, or straight to the portfolio. */
function afterCosts(openSchooling: number): TrajectoryState {
  return openSchooling > 0 ? 'schooling' : 'portfolio-in-progress';
}

/** The week must assess the qualification, and the deadline that still matters must not have passed. */
function weekProblem(
  week: AssessmentWeek,
  qualification: QualificationCode | null,
  today: string,
  deadline: 'draft' | 'final',
): TransitionResult | null {
  if (qualification && !week.qualifications.includes(qualification)) {
    return refuse('TRAJECTORY_WEEK_NOT_FOR_QUALIFICATION', { week: week.startsOn, qualification });
  }
  if (deadline === 'draft' && today > week.draftDeadline) {
    return refuse('TRAJECTORY_DRAFT_DEADLINE_PASSED', { week: week.startsOn, deadline: week.draftDeadline });
  }
  if (deadline === 'final' && today > week.finalDeadline) {
    return refuse('TRAJECTORY_FINAL_DEADLINE_PASSED', { week: week.startsOn, deadline: week.finalDeadline });
  }
  return null;
}

/**
 * The next state after `event`, or why not. Deadlines are days: a hand-in on the deadline itself is in
 * time (R-UMCU-ASM-3).
 */
export function transition(
  state: TrajectoryState,
  event: TrajectoryEvent,
  context: TransitionContext,
): TransitionResult {
  if (closedStates.includes(state)) return refuse('TRAJECTORY_CLOSED', { state });
  if (!eventStates[event.type].includes(state)) {
    return refuse('TRAJECTORY_EVENT_NOT_ALLOWED', { state, event: event.type });
  }
  const { today } = context;
  switch (event.type) {
    case 'plan-intake':
      return ok('intake-planned');
    case 'record-intake': {
      const { plan } = event;
      const catalogue = context.catalogue;
      if (!catalogue) return refuse('TRAJECTORY_NO_CATALOGUE', { year: today.slice(0, 4) });
      const issues = validateRoute(plan, catalogue, context.routeRules, today);
      if (issues.length > 0) {
        const { qualification, route } = plan;
        return refuse('TRAJECTORY_ROUTE_INVALID', { qualification, route, year: catalogue.year }, { issues });
      }
      if (planCosts(plan, catalogue, today).needsApproval) return ok('cost-approval-pending');
      return ok(afterCosts(plan.schooling.filter((s) => s.completedOn === null).length));
    }
    case 'approve-costs':
      return ok(afterCosts(context.openSchooling));
    case 'decline-costs':
      return hasReason(event.reason) ? ok('cost-declined') : refuse('TRAJECTORY_REASON_REQUIRED');
    case 'complete-schooling':
      return context.openSchooling === 0
        ? ok('portfolio-in-progress')
        : refuse('TRAJECTORY_SCHOOLING_INCOMPLETE', { open: context.openSchooling });
    case 'hand-in-draft': {
      const week = event.signUpFor ?? context.week;
      const problem = week && weekProblem(week, context.qualification, today, 'draft');
      return problem ?? ok('draft-handed-in');
    }
    case 'retract-draft':
      return ok(context.drafts > 1 ? 'revising' : 'portfolio-in-progress');
    case 'give-feedback':
      return ok('feedback-given');
    case 'start-revising':
      return ok('revising');
    case 'choose-assessment-week': {
      // after "needs work" another draft must still make the week's draft deadline
      const deadline = context.lastVerdict === 'convincing' ? 'final' : 'draft';
      return weekProblem(event.week, context.qualification, today, deadline) ?? ok(state);
    }
    case 'hand-in-final': {
      // R-UMCU-ASM-1: on to the assessment only when the adviser found it complete and convincing
      if (context.lastVerdict !== 'convincing') return refuse('TRAJECTORY_FEEDBACK_NOT_CONVINCING');
      if (!context.week) return refuse('TRAJECTORY_NO_ASSESSMENT_WEEK');
      const problem = weekProblem(context.week, context.qualification, today, 'final');
      if (problem) return problem;
      // R-UMCU-ASM-4: the quantitative requirements of the final version
      return context.unmetRequirements === 0
        ? ok('final-handed-in')
        : refuse('TRAJECTORY_REQUIREMENTS_NOT_MET', { count: context.unmetRequirements });
    }
    case 'return-final':
      return hasReason(event.reason) ? ok('revising') : refuse('TRAJECTORY_REASON_REQUIRED');
    case 'accept-final':
      return ok('awaiting-assessment');
    case 'withdraw':
      return ok('withdrawn');
    case 'cancel':
      return hasReason(event.reason) ? ok('cancelled') : refuse('TRAJECTORY_REASON_REQUIRED');
  }
}
