import { describe, expect, it } from 'vitest';
import type { TrajectoryState } from '../../../../contracts/trajectories.js';
import {
  routeIssueCodes,
  trajectoryEventTypes,
  trajectoryStates,
} from '../../../../contracts/trajectories.js';
import { umcuRouteRules } from './domain/route.js';
import {
  type TrajectoryEvent,
  type TransitionContext,
  type TransitionRefusalCode,
  transition,
} from './domain/state-machine.js';
import { catalogue2026, plan, week } from './domain/test-data.js';
import {
  describeRouteIssue,
  eventNames,
  refusalCodes,
  refusalError,
  stateNames,
  trajectoriesErrors,
} from './trajectories.errors.js';

const ctx: TransitionContext = {
  today: '2026-03-02',
  qualification: 'BKO',
  catalogue: catalogue2026,
  routeRules: umcuRouteRules,
  openSchooling: 1,
  drafts: 1,
  lastVerdict: 'needs-work',
  week: null,
  unmetRequirements: 2,
};

/** One real refusal of the machine per code. */
const refusals: [TransitionRefusalCode, TrajectoryState, TrajectoryEvent, Partial<TransitionContext>][] = [
  ['TRAJECTORY_EVENT_NOT_ALLOWED', 'intake-requested', { type: 'hand-in-final' }, {}],
  ['TRAJECTORY_CLOSED', 'withdrawn', { type: 'cancel', reason: 'x' }, {}],
  ['TRAJECTORY_REASON_REQUIRED', 'cost-approval-pending', { type: 'decline-costs', reason: '' }, {}],
  ['TRAJECTORY_NO_CATALOGUE', 'intake-planned', { type: 'record-intake', plan: plan() }, { catalogue: null }],
  [
    'TRAJECTORY_ROUTE_INVALID',
    'intake-planned',
    {
      type: 'record-intake',
      plan: plan({
        qualification: 'KKO',
        route: 'course',
        schooling: [{ source: 'catalogue', itemId: 'design' }],
      }),
    },
    {},
  ],
  ['TRAJECTORY_SCHOOLING_INCOMPLETE', 'schooling', { type: 'complete-schooling' }, {}],
  [
    'TRAJECTORY_WEEK_NOT_FOR_QUALIFICATION',
    'portfolio-in-progress',
    { type: 'hand-in-draft', signUpFor: week({ qualifications: ['KKO'] }) },
    {},
  ],
  [
    'TRAJECTORY_DRAFT_DEADLINE_PASSED',
    'portfolio-in-progress',
    { type: 'hand-in-draft', signUpFor: week() },
    { today: '2026-05-01' },
  ],
  [
    'TRAJECTORY_FINAL_DEADLINE_PASSED',
    'revising',
    { type: 'hand-in-final' },
    { lastVerdict: 'convincing', week: week(), today: '2026-06-01' },
  ],
  ['TRAJECTORY_FEEDBACK_NOT_CONVINCING', 'revising', { type: 'hand-in-final' }, {}],
  ['TRAJECTORY_NO_ASSESSMENT_WEEK', 'revising', { type: 'hand-in-final' }, { lastVerdict: 'convincing' }],
  [
    'TRAJECTORY_REQUIREMENTS_NOT_MET',
    'revising',
    { type: 'hand-in-final' },
    { lastVerdict: 'convincing', week: week() },
  ],
];

/** Bad input is 400; everything that conflicts with where the trajectory stands is 409. */
const badInput = new Set<TransitionRefusalCode>([
  'TRAJECTORY_REASON_REQUIRED',
  'TRAJECTORY_ROUTE_INVALID',
  'TRAJECTORY_WEEK_NOT_FOR_QUALIFICATION',
]);

function refusalOf(state: TrajectoryState, event: TrajectoryEvent, overrides: Partial<TransitionContext>) {
  const result = transition(state, event, { ...ctx, ...overrides });
  if (result.ok) throw new Error(`${state} ${event.type} was allowed`);
  return result.refusal;
}

describe('refusals as errors', () => {
  it('cover every refusal code of the machine', () => {
    expect(refusals.map(([code]) => code).sort()).toEqual([...refusalCodes].sort());
    for (const code of refusalCodes) expect(trajectoriesErrors).toHaveProperty(code);
  });

  it.each(refusals)('%s has a complete message in Dutch and English', (code, state, event, overrides) => {
    const refusal = refusalOf(state, event, overrides);
    expect(refusal.code).toBe(code);
    const error = refusalError(refusal);
    for (const language of ['nl', 'en'] as const) {
      expect(error.messageIn(language)).not.toMatch(/[{}]/);
    }
    expect(error.status).toBe(badInput.has(code) ? 400 : 409);
  });

  it('names the state and the event in the language of the request', () => {
    const error = refusalError(refusalOf('intake-requested', { type: 'hand-in-final' }, {}));
    expect(error.messageIn('nl')).toBe(
      'De definitieve versie inleveren kan nu niet: het traject staat op ‘intake aangevraagd’.',
    );
    expect(error.messageIn('en')).toBe(
      'Handing in the final version is not possible now: the trajectory is at ‘intake requested’.',
    );
  });

  it('spells out the problems of a route and keeps them as details', () => {
    const refusal = refusalOf(
      'intake-planned',
      {
        type: 'record-intake',
        plan: plan({
          qualification: 'KKO',
          route: 'modules',
          schooling: [{ source: 'catalogue', itemId: 'design' }],
        }),
      },
      {},
    );
    const error = refusalError(refusal);
    expect(error.messageIn('nl')).toBe('De route klopt niet: de KKO kan niet via losse modules.');
    expect(error.messageIn('en')).toBe(
      'The route is not valid: the KKO cannot be earned through separate modules.',
    );
    expect(error.details).toEqual(refusal.details);
  });

  it('has a name for every state and event, in both languages', () => {
    for (const s of trajectoryStates) expect(stateNames[s].nl && stateNames[s].en).toBeTruthy();
    for (const e of trajectoryEventTypes) expect(eventNames[e].nl && eventNames[e].en).toBeTruthy();
  });

  it.each(routeIssueCodes)('describes the route issue %s in both languages', (code) => {
    const words = describeRouteIssue(
      { code, item: 0, rules: [] },
      { qualification: 'UvO', route: 'modules' },
      '2026',
    );
    expect(words.nl).toMatch(/\.$/);
    expect(words.en).toMatch(/\.$/);
    expect(words.nl).not.toBe(words.en);
  });
});
