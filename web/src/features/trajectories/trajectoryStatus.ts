import type { TrajectoryState } from '../../../../contracts/trajectories.js';

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
