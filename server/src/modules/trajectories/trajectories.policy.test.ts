import { describe, expect, it } from 'vitest';
import { type TrajectoryEventType, trajectoryEventTypes } from '../../../../contracts/trajectories.js';
import { actor, DEPARTMENT, DIVISION, OTHER, role, SIBLING, UMC } from '../../../test/policy-actors.js';
import type { Actor } from '../../platform/http/auth.js';
import {
  actsAsAdviser,
  canAdministerTrajectories,
  canDecideCosts,
  canEditPortfolio,
  canReadCatalogue,
  canRequestIntake,
  canSeeCostApprovals,
  canSeeIntakeQueue,
  canSeeTrajectoryOverview,
  canTrigger,
  type TrajectoryParties,
  trajectoryViewOf,
} from './trajectories.policy.js';

/** The trajectory of a teacher in the department, taken up by the adviser. */
const taken: TrajectoryParties = {
  institutionId: UMC,
  teacherId: 'teacher',
  teacherUnitPaths: [DEPARTMENT],
  adviserId: 'adviser',
};
const waiting: TrajectoryParties = { ...taken, adviserId: null };

const everyone: Record<string, Actor> = {
  'the teacher': actor('teacher', role('teacher', UMC, DEPARTMENT)),
  'a colleague teacher': actor('colleague', role('teacher', UMC, DEPARTMENT)),
  'the adviser who took it up': actor('adviser', role('educational-adviser', UMC)),
  'another adviser of the institution': actor('adviser2', role('educational-adviser', UMC)),
  'an adviser of another institution': actor('adviser3', role('educational-adviser', OTHER)),
  'a line manager of the division': actor('manager', role('line-manager', UMC, DIVISION)),
  'a line manager of another division': actor('manager2', role('line-manager', UMC, SIBLING)),
  'a coordinator of the institution': actor('coordinator', role('coordinator', UMC)),
  'a coordinator of another division': actor('coordinator2', role('coordinator', UMC, SIBLING)),
  'a coordinator of another institution': actor('coordinator3', role('coordinator', OTHER)),
  'an administrator of the institution': actor('admin', role('administrator', UMC)),
  'the platform administrator': actor('platform', role('administrator', null)),
  'an assessor of the institution': actor('assessor', role('assessor', UMC)),
  'a mentor of the institution': actor('mentor', role('mentor', UMC)),
  'someone without a role': actor('nobody'),
};

function decide(predicate: (a: Actor) => unknown) {
  return Object.fromEntries(Object.entries(everyone).map(([name, a]) => [name, predicate(a)]));
}

/** The names of those for whom the predicate holds. */
function who(predicate: (a: Actor) => boolean): string[] {
  return Object.entries(everyone)
    .filter(([, a]) => predicate(a))
    .map(([name]) => name);
}

describe('intakes', () => {
  it('are requested by a teacher of the institution (R-UMCU-ROUTE-1)', () => {
    expect(who((a) => canRequestIntake(a, UMC))).toEqual(['the teacher', 'a colleague teacher']);
  });

  it("wait in the queue of the institution's advisers", () => {
    expect(who((a) => canSeeIntakeQueue(a, UMC))).toEqual([
      'the adviser who took it up',
      'another adviser of the institution',
    ]);
  });

  it('are taken up by any adviser of the institution while waiting, and then belong to that adviser', () => {
    expect(who((a) => actsAsAdviser(a, waiting))).toEqual([
      'the adviser who took it up',
      'another adviser of the institution',
    ]);
    expect(who((a) => actsAsAdviser(a, taken))).toEqual(['the adviser who took it up']);
  });

  it('an adviser who is the teacher is not their own adviser', () => {
    const both = actor('teacher', role('teacher', UMC, DEPARTMENT), role('educational-adviser', UMC));
    expect(actsAsAdviser(both, waiting)).toBe(false);
  });

  it('an adviser who lost the role is no longer the adviser', () => {
    expect(actsAsAdviser(actor('adviser', role('teacher', UMC)), taken)).toBe(false);
  });
});

describe('who sees what', () => {
  it('the teacher and their adviser see the content; a line manager status and costs; coordinators and other advisers the status', () => {
    expect(decide((a) => trajectoryViewOf(a, taken))).toEqual({
      'the teacher': 'content',
      'a colleague teacher': null,
      'the adviser who took it up': 'content',
      'another adviser of the institution': 'status',
      'an adviser of another institution': null,
      'a line manager of the division': 'status-and-costs',
      'a line manager of another division': null,
      'a coordinator of the institution': 'status',
      'a coordinator of another division': null,
      'a coordinator of another institution': null,
      'an administrator of the institution': null,
      'the platform administrator': null,
      'an assessor of the institution': null,
      'a mentor of the institution': null,
      'someone without a role': null,
    });
  });

  it('a line manager who is the teacher sees their own trajectory as its teacher', () => {
    const both = actor('teacher', role('teacher', UMC, DEPARTMENT), role('line-manager', UMC, DIVISION));
    expect(trajectoryViewOf(both, taken)).toBe('content');
    expect(canDecideCosts(both, taken)).toBe(false);
  });

  it('a teacher in two units is covered by a line manager of either', () => {
    const twoUnits = { ...taken, teacherUnitPaths: [DEPARTMENT, SIBLING] };
    expect(trajectoryViewOf(everyone['a line manager of another division'] as Actor, twoUnits)).toBe(
      'status-and-costs',
    );
  });
});

describe('who does what', () => {
  it('only the teacher edits the portfolio', () => {
    expect(who((a) => canEditPortfolio(a, taken))).toEqual(['the teacher']);
  });

  it("the line manager of the teacher's division decides on the costs (R-UMCU-COST-1)", () => {
    expect(who((a) => canDecideCosts(a, taken))).toEqual(['a line manager of the division']);
  });

  it('only line managers have a list of costs to approve; whose costs is canDecideCosts again', () => {
    expect(who(canSeeCostApprovals)).toEqual([
      'a line manager of the division',
      'a line manager of another division',
    ]);
  });

  const expected: Record<TrajectoryEventType, string[]> = {
    'plan-intake': ['the adviser who took it up'],
    'record-intake': ['the adviser who took it up'],
    'approve-costs': ['a line manager of the division'],
    'decline-costs': ['a line manager of the division'],
    'complete-schooling': ['the teacher', 'the adviser who took it up'],
    'hand-in-draft': ['the teacher'],
    'retract-draft': ['the teacher'],
    'give-feedback': ['the adviser who took it up'],
    'start-revising': ['the teacher'],
    'choose-assessment-week': ['the teacher', 'the adviser who took it up'],
    'hand-in-final': ['the teacher'],
    'return-final': ['the adviser who took it up'],
    'accept-final': ['the adviser who took it up'],
    withdraw: ['the teacher'],
    cancel: ['the adviser who took it up', 'a coordinator of the institution'],
  };

  it.each(trajectoryEventTypes)('%s', (event) => {
    expect(who((a) => canTrigger(a, event, taken))).toEqual(expected[event]);
  });
});

describe('administration', () => {
  it("catalogue, weeks and numbers belong to the institution's own coordinators and administrators", () => {
    expect(who((a) => canAdministerTrajectories(a, UMC))).toEqual([
      'a coordinator of the institution',
      'an administrator of the institution',
      'the platform administrator',
    ]);
  });
});

describe('reading the catalogue and the overview', () => {
  it('the catalogue: those who plan with it at the institution, and its administrators', () => {
    expect(who((a) => canReadCatalogue(a, UMC))).toEqual([
      'the teacher',
      'a colleague teacher',
      'the adviser who took it up',
      'another adviser of the institution',
      'a line manager of the division',
      'a line manager of another division',
      'a coordinator of the institution',
      'an administrator of the institution',
      'the platform administrator',
    ]);
  });

  it("the status overview: the institution's coordinators and advisers (each sees the rows in scope)", () => {
    expect(who((a) => canSeeTrajectoryOverview(a, UMC))).toEqual([
      'the adviser who took it up',
      'another adviser of the institution',
      'a coordinator of the institution',
      'a coordinator of another division',
    ]);
  });
});
