import type { RoleAssignment } from '../../../../contracts/identity.js';
import type { QualificationAdvice, QualificationCode } from '../../../../contracts/qualifications.js';
import type { TrajectoryEventType, TrajectoryState } from '../../../../contracts/trajectories.js';
import type { TrajectoryDetail } from '../../../../contracts/trajectories-api.js';

// What a trajectory's state means on screen: which step it is at, and how its badge looks. Pure, so the
// pages of the teacher, the adviser, the line manager and the coordinator show the same thing.

/** The steps of a trajectory, in order (seed 000: intake → plan and costs → schooling → portfolio → …). */
export const trajectorySteps = [
  'intake',
  'costs',
  'schooling',
  'portfolio',
  'feedback',
  'final',
  'assessment',
] as const;
export type TrajectoryStep = (typeof trajectorySteps)[number];

const stepOfState: Record<TrajectoryState, TrajectoryStep | null> = {
  'intake-requested': 'intake',
  'intake-planned': 'intake',
  'cost-approval-pending': 'costs',
  'cost-declined': 'costs',
  schooling: 'schooling',
  'portfolio-in-progress': 'portfolio',
  'draft-handed-in': 'feedback',
  'feedback-given': 'feedback',
  revising: 'feedback',
  'final-handed-in': 'final',
  'awaiting-assessment': 'assessment',
  withdrawn: null,
  cancelled: null,
};

/** The index in `trajectorySteps` of the step the trajectory is at; null once it is withdrawn or cancelled. */
export function stepIndex(state: TrajectoryState): number | null {
  const step = stepOfState[state];
  return step === null ? null : trajectorySteps.indexOf(step);
}

export type StateTone = 'open' | 'waiting' | 'attention' | 'done' | 'closed';

/** How a state reads at a glance: someone else's turn, the teacher's turn, a problem, finished or ended. */
export function stateTone(state: TrajectoryState): StateTone {
  switch (state) {
    case 'intake-requested':
    case 'intake-planned':
    case 'cost-approval-pending':
    case 'draft-handed-in':
    case 'final-handed-in':
      return 'waiting';
    case 'cost-declined':
      return 'attention';
    case 'awaiting-assessment':
      return 'done';
    case 'withdrawn':
    case 'cancelled':
      return 'closed';
    default:
      return 'open';
  }
}

/** An amount in euros in the interface language: "€ 3.500,00" in Dutch, "€3,500.00" in English. */
export function formatEuros(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** What the trajectory page needs to know of a trajectory to decide what the viewer may do. */
export interface ActionFacts {
  view: TrajectoryDetail['view'];
  state: TrajectoryState;
  events: readonly TrajectoryEventType[];
  offers: TrajectoryDetail['offers'];
  plan: TrajectoryDetail['plan'];
  teacherId: string;
}

export interface ViewerActions {
  acceptOffer: boolean;
  withdraw: boolean;
  completeSchooling: boolean;
  chooseWeek: boolean;
  decideCosts: boolean;
  /** the adviser's intake work, on its own page */
  handleIntake: boolean;
  portfolio: boolean;
  versions: boolean;
}

/**
 * Which actions the page offers the viewer: the server's `events` say what they may send now; the rest
 * (accepting an intake time, the portfolio's links) follows from the view and the state.
 */
export function viewerActions(facts: ActionFacts, viewerId: string): ViewerActions {
  const isTeacher = viewerId === facts.teacherId;
  const may = (event: TrajectoryEventType) => facts.events.includes(event);
  const step = stepIndex(facts.state);
  const content = facts.view === 'content';
  return {
    acceptOffer:
      isTeacher && facts.state === 'intake-planned' && (facts.offers ?? []).some((o) => !o.accepted),
    withdraw: isTeacher && may('withdraw'),
    completeSchooling:
      isTeacher &&
      may('complete-schooling') &&
      (facts.plan?.schooling ?? []).some((s) => s.completedOn === null),
    chooseWeek: isTeacher && may('choose-assessment-week'),
    decideCosts: may('approve-costs'),
    handleIntake: !isTeacher && (may('plan-intake') || may('record-intake')),
    portfolio: content && step !== null && step >= trajectorySteps.indexOf('schooling'),
    versions: content && step !== null && step >= trajectorySteps.indexOf('feedback'),
  };
}

/** The institutions where the person is a teacher, each once: where they may request an intake. */
export function teacherInstitutions(roles: readonly RoleAssignment[]): { id: string; name: string }[] {
  const found = new Map<string, string>();
  for (const r of roles)
    if (r.role === 'teacher' && r.institution) found.set(r.institution.id, r.institution.name);
  return [...found].map(([id, name]) => ({ id, name }));
}

/** The qualification an intake asked from the advice starts from: the first obligatory one not held, else none. */
export function adviceQualification(
  advice: readonly Pick<QualificationAdvice, 'code' | 'status' | 'held'>[],
): QualificationCode | null {
  return advice.find((q) => q.status === 'obligatory' && !q.held)?.code ?? null;
}
