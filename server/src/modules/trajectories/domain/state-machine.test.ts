import { describe, expect, it } from 'vitest';
import {
  type TrajectoryEventType,
  type TrajectoryState,
  trajectoryEventTypes,
  trajectoryStates,
} from '../../../../../contracts/trajectories.js';
import { umcuRouteRules } from './route.js';
import {
  editableStates,
  eventsIn,
  initialState,
  stateAfterEdit,
  type TrajectoryEvent,
  type TransitionContext,
  transition,
} from './state-machine.js';
import { catalogue2026, plan, week } from './test-data.js';

const TODAY = '2026-03-02';

function ctx(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return {
    today: TODAY,
    qualification: 'BKO',
    catalogue: catalogue2026,
    routeRules: umcuRouteRules,
    openSchooling: 0,
    drafts: 1,
    lastVerdict: 'convincing',
    week: week(),
    unmetRequirements: 0,
    ...overrides,
  };
}

/** A valid example of each event, for walking the whole table. */
const examples: Record<TrajectoryEventType, TrajectoryEvent> = {
  'plan-intake': { type: 'plan-intake', on: '2026-03-09' },
  'record-intake': { type: 'record-intake', plan: plan() },
  'approve-costs': { type: 'approve-costs' },
  'decline-costs': { type: 'decline-costs', reason: 'Geen budget dit jaar' },
  'complete-schooling': { type: 'complete-schooling' },
  'hand-in-draft': { type: 'hand-in-draft', signUpFor: null },
  'retract-draft': { type: 'retract-draft' },
  'give-feedback': { type: 'give-feedback', verdict: 'needs-work' },
  'start-revising': { type: 'start-revising' },
  'choose-assessment-week': { type: 'choose-assessment-week', week: week() },
  'hand-in-final': { type: 'hand-in-final' },
  'return-final': { type: 'return-final', reason: 'Twee observaties ontbreken' },
  'accept-final': { type: 'accept-final' },
  withdraw: { type: 'withdraw' },
  cancel: { type: 'cancel', reason: 'Uit dienst' },
};

const open = trajectoryStates.filter((s) => s !== 'withdrawn' && s !== 'cancelled');

/** Every legal step with the example event and default context: [from, event, to]. */
const legal: [TrajectoryState, TrajectoryEventType, TrajectoryState][] = [
  ['intake-requested', 'plan-intake', 'intake-planned'],
  ['intake-planned', 'plan-intake', 'intake-planned'],
  ['intake-requested', 'record-intake', 'schooling'],
  ['intake-planned', 'record-intake', 'schooling'],
  ['cost-approval-pending', 'record-intake', 'schooling'],
  ['cost-declined', 'record-intake', 'schooling'],
  ['cost-approval-pending', 'approve-costs', 'portfolio-in-progress'],
  ['cost-approval-pending', 'decline-costs', 'cost-declined'],
  ['schooling', 'complete-schooling', 'portfolio-in-progress'],
  ['portfolio-in-progress', 'hand-in-draft', 'draft-handed-in'],
  ['revising', 'hand-in-draft', 'draft-handed-in'],
  ['draft-handed-in', 'retract-draft', 'portfolio-in-progress'],
  ['draft-handed-in', 'give-feedback', 'feedback-given'],
  ['feedback-given', 'start-revising', 'revising'],
  ['draft-handed-in', 'choose-assessment-week', 'draft-handed-in'],
  ['feedback-given', 'choose-assessment-week', 'feedback-given'],
  ['revising', 'choose-assessment-week', 'revising'],
  ['feedback-given', 'hand-in-final', 'final-handed-in'],
  ['revising', 'hand-in-final', 'final-handed-in'],
  ['final-handed-in', 'return-final', 'revising'],
  ['final-handed-in', 'accept-final', 'awaiting-assessment'],
  ...open.map((s): [TrajectoryState, TrajectoryEventType, TrajectoryState] => [s, 'withdraw', 'withdrawn']),
  ...open.map((s): [TrajectoryState, TrajectoryEventType, TrajectoryState] => [s, 'cancel', 'cancelled']),
];

describe('the trajectory state machine', () => {
  it('starts with the intake request (R-UMCU-ROUTE-1)', () => {
    expect(initialState).toBe('intake-requested');
  });

  it.each(legal)('%s --%s--> %s', (from, event, to) => {
    expect(transition(from, examples[event], ctx())).toEqual({ ok: true, state: to });
  });

  const illegal = trajectoryStates.flatMap((state) =>
    trajectoryEventTypes
      .filter((event) => !legal.some(([f, e]) => f === state && e === event))
      .map((event): [TrajectoryState, TrajectoryEventType] => [state, event]),
  );

  it.each(illegal)('refuses %s --%s--> with a machine code', (state, event) => {
    const result = transition(state, examples[event], ctx());
    const closed = state === 'withdrawn' || state === 'cancelled';
    expect(result).toEqual({
      ok: false,
      refusal: closed
        ? { code: 'TRAJECTORY_CLOSED', params: { state } }
        : { code: 'TRAJECTORY_EVENT_NOT_ALLOWED', params: { state, event } },
    });
  });

  it('offers the events its table allows, and none once closed', () => {
    expect(eventsIn('feedback-given')).toEqual([
      'start-revising',
      'choose-assessment-week',
      'hand-in-final',
      'withdraw',
      'cancel',
    ]);
    expect(eventsIn('withdrawn')).toEqual([]);
    expect(eventsIn('cancelled')).toEqual([]);
  });
});

describe('recording the intake', () => {
  const record = (p = plan(), c = ctx()) =>
    transition('intake-planned', { type: 'record-intake', plan: p }, c);

  it('goes to schooling when the teacher pays and schooling is planned', () => {
    expect(record()).toEqual({ ok: true, state: 'schooling' });
  });

  it('waits for the line manager when the division pays (R-UMCU-COST-1)', () => {
    expect(record(plan({ payer: 'division' }))).toEqual({ ok: true, state: 'cost-approval-pending' });
  });

  it('needs no approval when the division pays nothing', () => {
    const free = { ...catalogue2026, assessmentPriceCents: { BKO: 0 } };
    const p = plan({
      payer: 'division',
      route: 'modules',
      schooling: [{ source: 'catalogue', itemId: 'feedback' }],
    });
    expect(record(p, ctx({ catalogue: free }))).toEqual({ ok: true, state: 'schooling' });
  });

  it('goes straight to the portfolio when all schooling was followed before', () => {
    const p = plan({
      qualification: 'UvO',
      route: 'modules',
      schooling: [{ source: 'catalogue', itemId: 'design', completedOn: '2025-05-01' }],
    });
    expect(record(p)).toEqual({ ok: true, state: 'portfolio-in-progress' });
  });

  it('refuses a route the qualification does not allow, naming the issues (R-UMCU-ROUTE-3)', () => {
    const p = plan({
      qualification: 'KKO',
      route: 'modules',
      schooling: [{ source: 'catalogue', itemId: 'design' }],
    });
    expect(record(p)).toEqual({
      ok: false,
      refusal: {
        code: 'TRAJECTORY_ROUTE_INVALID',
        params: { qualification: 'KKO', route: 'modules', year: 2026 },
        details: { issues: [{ code: 'route-not-allowed', rules: ['R-UMCU-ROUTE-3', 'R-UMCU-KKO-1'] }] },
      },
    });
  });

  it('refuses without a catalogue for the year', () => {
    expect(record(plan(), ctx({ catalogue: null }))).toEqual({
      ok: false,
      refusal: { code: 'TRAJECTORY_NO_CATALOGUE', params: { year: '2026' } },
    });
  });
});

describe('costs and schooling', () => {
  it('after approval goes to schooling while some is open, else to the portfolio', () => {
    const approve = { type: 'approve-costs' } as const;
    expect(transition('cost-approval-pending', approve, ctx({ openSchooling: 1 }))).toEqual({
      ok: true,
      state: 'schooling',
    });
    expect(transition('cost-approval-pending', approve, ctx({ openSchooling: 0 }))).toEqual({
      ok: true,
      state: 'portfolio-in-progress',
    });
  });

  it.each([
    ['decline-costs', 'cost-approval-pending'],
    ['return-final', 'final-handed-in'],
    ['cancel', 'schooling'],
  ] as const)('%s needs a reason that is not blank', (type, state) => {
    expect(transition(state, { type, reason: '  ' }, ctx())).toEqual({
      ok: false,
      refusal: { code: 'TRAJECTORY_REASON_REQUIRED', params: {} },
    });
  });

  it('withdrawing needs no reason', () => {
    expect(transition('schooling', { type: 'withdraw' }, ctx())).toEqual({ ok: true, state: 'withdrawn' });
  });

  it('completes the schooling only when nothing is open', () => {
    const complete = { type: 'complete-schooling' } as const;
    expect(transition('schooling', complete, ctx({ openSchooling: 1 }))).toEqual({
      ok: false,
      refusal: { code: 'TRAJECTORY_SCHOOLING_INCOMPLETE', params: { open: 1 } },
    });
    expect(transition('schooling', complete, ctx({ openSchooling: 0 }))).toEqual({
      ok: true,
      state: 'portfolio-in-progress',
    });
  });
});

describe('drafts, feedback and deadlines (R-UMCU-ASM-3)', () => {
  const w = week({ draftDeadline: '2026-04-20', finalDeadline: '2026-05-25' });
  const draft = (today: string, signUpFor = w, c: Partial<TransitionContext> = {}) =>
    transition(
      'portfolio-in-progress',
      { type: 'hand-in-draft', signUpFor },
      ctx({ today, week: null, ...c }),
    );

  it.each([
    ['2026-04-19', true],
    ['2026-04-20', true],
    ['2026-04-21', false],
  ])('a draft with a sign-up on %s is in time: %s', (today, inTime) => {
    expect(draft(today)).toEqual(
      inTime
        ? { ok: true, state: 'draft-handed-in' }
        : {
            ok: false,
            refusal: {
              code: 'TRAJECTORY_DRAFT_DEADLINE_PASSED',
              params: { week: '2026-06-15', deadline: '2026-04-20' },
            },
          },
    );
  });

  it('a draft without a sign-up has no deadline', () => {
    expect(
      transition(
        'portfolio-in-progress',
        { type: 'hand-in-draft' },
        ctx({ today: '2027-01-01', week: null }),
      ),
    ).toEqual({
      ok: true,
      state: 'draft-handed-in',
    });
  });

  it('a revised draft of a teacher signed up for a week must make its draft deadline too', () => {
    const revised = (today: string) =>
      transition('revising', { type: 'hand-in-draft' }, ctx({ today, week: w, lastVerdict: 'needs-work' }));
    expect(revised('2026-04-20')).toEqual({ ok: true, state: 'draft-handed-in' });
    expect(revised('2026-04-21')).toMatchObject({
      ok: false,
      refusal: { code: 'TRAJECTORY_DRAFT_DEADLINE_PASSED' },
    });
  });

  it('refuses a week that does not assess the qualification', () => {
    expect(draft(TODAY, week({ qualifications: ['UvO'] }))).toEqual({
      ok: false,
      refusal: {
        code: 'TRAJECTORY_WEEK_NOT_FOR_QUALIFICATION',
        params: { week: '2026-06-15', qualification: 'BKO' },
      },
    });
  });

  it('a retracted first draft goes back to the portfolio, a later one back to revising', () => {
    const retract = { type: 'retract-draft' } as const;
    expect(transition('draft-handed-in', retract, ctx({ drafts: 1 }))).toEqual({
      ok: true,
      state: 'portfolio-in-progress',
    });
    expect(transition('draft-handed-in', retract, ctx({ drafts: 2 }))).toEqual({
      ok: true,
      state: 'revising',
    });
  });

  it.each(['convincing', 'needs-work'] as const)(
    'feedback "%s" is given on a draft (R-UMCU-FB-1)',
    (verdict) => {
      expect(transition('draft-handed-in', { type: 'give-feedback', verdict }, ctx())).toEqual({
        ok: true,
        state: 'feedback-given',
      });
    },
  );

  describe('choosing a week after the first draft', () => {
    const choose = (today: string, lastVerdict: TransitionContext['lastVerdict']) =>
      transition('revising', { type: 'choose-assessment-week', week: w }, ctx({ today, lastVerdict }));

    it.each([
      ['needs-work', '2026-04-20', true],
      ['needs-work', '2026-04-21', false],
      [null, '2026-04-21', false],
      ['convincing', '2026-05-25', true],
      ['convincing', '2026-05-26', false],
    ] as const)('after %s, on %s: %s', (verdict, today, allowed) => {
      const result = choose(today, verdict);
      if (allowed) expect(result).toEqual({ ok: true, state: 'revising' });
      else {
        const code =
          verdict === 'convincing' ? 'TRAJECTORY_FINAL_DEADLINE_PASSED' : 'TRAJECTORY_DRAFT_DEADLINE_PASSED';
        expect(result).toMatchObject({ ok: false, refusal: { code } });
      }
    });
  });
});

describe('the final version', () => {
  const final = (c: Partial<TransitionContext>) => transition('revising', { type: 'hand-in-final' }, ctx(c));

  it('needs a "complete and convincing" verdict first (R-UMCU-ASM-1)', () => {
    for (const lastVerdict of ['needs-work', null] as const) {
      expect(final({ lastVerdict })).toEqual({
        ok: false,
        refusal: { code: 'TRAJECTORY_FEEDBACK_NOT_CONVINCING', params: {} },
      });
    }
  });

  it('needs an assessment week', () => {
    expect(final({ week: null })).toEqual({
      ok: false,
      refusal: { code: 'TRAJECTORY_NO_ASSESSMENT_WEEK', params: {} },
    });
  });

  it.each([
    ['2026-05-25', true],
    ['2026-05-26', false],
  ])('on %s is in time for the final deadline of 2026-05-25: %s', (today, inTime) => {
    const result = final({ today, week: week({ finalDeadline: '2026-05-25' }) });
    expect(result.ok).toBe(inTime);
    if (!inTime) {
      expect(result).toMatchObject({
        refusal: { code: 'TRAJECTORY_FINAL_DEADLINE_PASSED', params: { deadline: '2026-05-25' } },
      });
    }
  });

  it('needs every requirement of the checklist met (R-UMCU-ASM-4)', () => {
    expect(final({ unmetRequirements: 1 })).toEqual({
      ok: false,
      refusal: { code: 'TRAJECTORY_REQUIREMENTS_NOT_MET', params: { count: 1 } },
    });
    expect(final({ unmetRequirements: 0 })).toEqual({ ok: true, state: 'final-handed-in' });
  });
});

describe('editing the working copy', () => {
  it('is possible only while no version is with the adviser and before the final', () => {
    expect(trajectoryStates.filter((s) => editableStates.includes(s))).toEqual([
      'schooling',
      'portfolio-in-progress',
      'feedback-given',
      'revising',
    ]);
  });

  it('after feedback starts the revision', () => {
    expect(stateAfterEdit('feedback-given')).toBe('revising');
    expect(stateAfterEdit('portfolio-in-progress')).toBe('portfolio-in-progress');
  });
});
