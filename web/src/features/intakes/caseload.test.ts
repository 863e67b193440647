import { describe, expect, it } from 'vitest';
import type { TrajectoryState } from '../../../../contracts/trajectories.js';
import type { TrajectorySummary } from '../../../../contracts/trajectories-api.js';
import { groupCaseload } from './caseload';

const me = '11111111-1111-4111-8111-111111111111';
const colleague = '22222222-2222-4222-8222-222222222222';

let n = 0;
const summary = (
  state: TrajectoryState,
  updatedAt: string,
  adviser: string | null = me,
): TrajectorySummary => {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    institution: { id: '6f1c1c2e-4a57-4c1b-9a53-3f1f0d7c1a01', name: 'UMC Utrecht' },
    teacher: { id: '33333333-3333-4333-8333-333333333333', displayName: `Docent ${n}` },
    adviser: adviser ? { id: adviser, displayName: 'Adviseur' } : null,
    state,
    qualification: 'BKO',
    requestedQualification: null,
    expectedAssessmentWeek: null,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt,
  };
};

describe('the caseload', () => {
  it('groups my trajectories by what waits for me, the longest waiting first', () => {
    const later = summary('draft-handed-in', '2026-03-02T09:00:00.000Z');
    const earlier = summary('draft-handed-in', '2026-03-01T09:00:00.000Z');
    const final = summary('final-handed-in', '2026-03-03T09:00:00.000Z');
    const revising = summary('revising', '2026-02-01T09:00:00.000Z');
    const pending = summary('cost-approval-pending', '2026-02-02T09:00:00.000Z');
    const groups = groupCaseload([later, earlier, final, revising, pending], me);
    expect(groups['draft-handed-in']).toEqual([earlier, later]);
    expect(groups['final-handed-in']).toEqual([final]);
    expect(groups['in-progress']).toEqual([revising, pending]);
  });

  it("leaves out another adviser's trajectories, ended ones and those still in the intake queue", () => {
    const groups = groupCaseload(
      [
        summary('draft-handed-in', '2026-03-01T09:00:00.000Z', colleague),
        summary('cancelled', '2026-03-01T09:00:00.000Z'),
        summary('withdrawn', '2026-03-01T09:00:00.000Z'),
        summary('intake-planned', '2026-03-01T09:00:00.000Z'),
        summary('schooling', '2026-03-01T09:00:00.000Z', null),
      ],
      me,
    );
    expect(Object.values(groups).flat()).toEqual([]);
  });
});
