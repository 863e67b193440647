import { describe, expect, it } from 'vitest';
import { trajectoryStates } from '../../../../contracts/trajectories.js';
import nl from '../../i18n/nl.json';
import {
  type ActionFacts,
  adviceQualification,
  formatEuros,
  stateTone,
  stepIndex,
  trajectorySteps,
  viewerActions,
} from './trajectoryStatus';

describe('stepIndex', () => {
  it('follows the trajectory from the intake to the assessment', () => {
    expect(stepIndex('intake-requested')).toBe(0);
    expect(stepIndex('intake-planned')).toBe(0);
    expect(stepIndex('cost-approval-pending')).toBe(1);
    expect(stepIndex('cost-declined')).toBe(1);
    expect(stepIndex('schooling')).toBe(2);
    expect(stepIndex('portfolio-in-progress')).toBe(3);
    expect(stepIndex('draft-handed-in')).toBe(4);
    expect(stepIndex('feedback-given')).toBe(4);
    expect(stepIndex('revising')).toBe(4);
    expect(stepIndex('final-handed-in')).toBe(5);
    expect(stepIndex('awaiting-assessment')).toBe(trajectorySteps.length - 1);
  });

  it('has no step for a trajectory that ended early', () => {
    expect(stepIndex('withdrawn')).toBeNull();
    expect(stepIndex('cancelled')).toBeNull();
  });
});

describe('stateTone', () => {
  it('tells waiting on someone else from a problem and an end', () => {
    expect(stateTone('cost-approval-pending')).toBe('waiting');
    expect(stateTone('cost-declined')).toBe('attention');
    expect(stateTone('revising')).toBe('open');
    expect(stateTone('awaiting-assessment')).toBe('done');
    expect(stateTone('withdrawn')).toBe('closed');
  });
});

describe('catalogue', () => {
  it('labels every state and every step, and says what comes next in each state', () => {
    for (const state of trajectoryStates) expect(nl.trajectories.state[state]).toBeTruthy();
    for (const step of trajectorySteps) expect(nl.trajectories.step[step]).toBeTruthy();
    for (const state of trajectoryStates) expect(nl.trajectories.next[state]).toBeTruthy();
  });
});

describe('formatEuros', () => {
  // Intl puts a no-break space between the sign and the amount in Dutch
  const plain = (text: string) => text.replace(/\s/g, ' ');
  it('writes cents as euros in the interface language', () => {
    expect(plain(formatEuros(350_000, 'nl'))).toBe('€ 3.500,00');
    expect(formatEuros(45_050, 'en')).toBe('€450.50');
    expect(plain(formatEuros(0, 'nl'))).toBe('€ 0,00');
  });
});

describe('viewerActions', () => {
  const plan: ActionFacts['plan'] = {
    intakeOn: '2026-11-02',
    route: 'course',
    payer: 'division',
    notes: '',
    schooling: [
      {
        id: 'a',
        kind: 'course',
        catalogueItemId: 'bko-leergang',
        title: { nl: 'BKO-leergang', en: 'BKO course' },
        provider: null,
        priceCents: 350_000,
        completedOn: null,
        certificateEvidenceId: null,
      },
    ],
  };
  const facts = (over: Partial<ActionFacts>): ActionFacts => ({
    view: 'content',
    state: 'intake-requested',
    events: [],
    offers: [],
    plan: null,
    teacherId: 'teacher',
    ...over,
  });
  const offer = { id: 'o', startsAt: '2026-12-10T09:00:00Z', minutes: 60, location: 'A', accepted: false };

  it('lets the teacher accept an offered time while the intake is planned, and withdraw', () => {
    const planned = facts({ state: 'intake-planned', offers: [offer], events: ['withdraw'] });
    expect(viewerActions(planned, 'teacher')).toMatchObject({ acceptOffer: true, withdraw: true });
    expect(viewerActions({ ...planned, offers: [] }, 'teacher').acceptOffer).toBe(false);
    expect(viewerActions(planned, 'adviser').acceptOffer).toBe(false);
  });

  it('sends the adviser to the intake page when they may plan or record it', () => {
    const waiting = facts({ events: ['plan-intake', 'record-intake', 'cancel'] });
    expect(viewerActions(waiting, 'adviser').handleIntake).toBe(true);
    expect(viewerActions(facts({ events: ['cancel'] }), 'adviser').handleIntake).toBe(false);
  });

  it('offers the cost decision to whom the server allows it, without the portfolio for a status view', () => {
    const pending = facts({
      view: 'status-and-costs',
      state: 'cost-approval-pending',
      events: ['approve-costs', 'decline-costs'],
    });
    expect(viewerActions(pending, 'manager')).toMatchObject({
      decideCosts: true,
      portfolio: false,
      withdraw: false,
    });
    const later = facts({ view: 'status-and-costs', state: 'revising' });
    expect(viewerActions(later, 'manager')).toMatchObject({ portfolio: false, versions: false });
  });

  it('records schooling only while some is open, and links the portfolio from the schooling on', () => {
    const schooling = facts({ state: 'schooling', plan, events: ['complete-schooling', 'withdraw'] });
    expect(viewerActions(schooling, 'teacher')).toMatchObject({
      completeSchooling: true,
      portfolio: true,
      versions: false,
    });
    const done = { ...plan, schooling: plan.schooling.map((s) => ({ ...s, completedOn: '2026-11-20' })) };
    expect(viewerActions({ ...schooling, plan: done }, 'teacher').completeSchooling).toBe(false);
    const feedback = facts({ state: 'feedback-given', events: ['choose-assessment-week'] });
    expect(viewerActions(feedback, 'teacher')).toMatchObject({ chooseWeek: true, versions: true });
  });
});

describe('adviceQualification', () => {
  it('presets the first obligatory qualification the teacher does not hold yet', () => {
    expect(
      adviceQualification([
        { code: 'BKO', status: 'obligatory', held: true },
        { code: 'KKO', status: 'eligible' },
        { code: 'SKO', status: 'obligatory' },
      ]),
    ).toBe('SKO');
    expect(adviceQualification([{ code: 'KKO', status: 'eligible' }])).toBeNull();
  });
});
