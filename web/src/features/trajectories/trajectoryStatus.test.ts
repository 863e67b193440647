import { describe, expect, it } from 'vitest';
import { trajectoryStates } from '../../../../contracts/trajectories.js';
import nl from '../../i18n/nl.json';
import { stateTone, stepIndex, trajectorySteps } from './trajectoryStatus';

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
  it('labels every state and every step', () => {
    for (const state of trajectoryStates) expect(nl.trajectories.state[state]).toBeTruthy();
    for (const step of trajectorySteps) expect(nl.trajectories.step[step]).toBeTruthy();
  });
});
