import { describe, expect, it } from 'vitest';
import { actor, DEPARTMENT, DIVISION, OTHER, role, SIBLING, UMC } from '../../../test/policy-actors.js';
import type { Actor } from '../../platform/http/auth.js';
import {
  canAdministerPolicy,
  canAskMyAdvice,
  canConfirmTeachingProfile,
  canKeepTeachingProfile,
  canManageEarnedQualifications,
  canReadTeachingProfile,
  canViewCompliance,
  complianceScopeOf,
  confirmingInstitutionsOf,
  policyInstitutionsOf,
  teacherInView,
} from './qualifications.policy.js';

/** A teacher in the department of the UMC. */
const teacher = { personId: 'teacher', institutionId: UMC, unitPaths: [DEPARTMENT] };
const teacherActor = actor('teacher', role('teacher', UMC, DEPARTMENT));

/** One actor per role, each at the UMC (unit-scoped where the role usually is), plus outsiders. */
const everyone: Record<string, Actor> = {
  'the teacher themselves': teacherActor,
  'a colleague teacher': actor('colleague', role('teacher', UMC, DEPARTMENT)),
  'a line manager of the division': actor('manager', role('line-manager', UMC, DIVISION)),
  'a line manager of another division': actor('manager2', role('line-manager', UMC, SIBLING)),
  'a line manager of another institution': actor('manager3', role('line-manager', OTHER)),
  'a coordinator of the institution': actor('coordinator', role('coordinator', UMC)),
  'a coordinator of another division': actor('coordinator2', role('coordinator', UMC, SIBLING)),
  'a coordinator of another institution': actor('coordinator3', role('coordinator', OTHER)),
  'an administrator of the institution': actor('admin', role('administrator', UMC)),
  'an administrator of another institution': actor('admin2', role('administrator', OTHER)),
  'the platform administrator': actor('platform', role('administrator', null)),
  'an educational adviser of the institution': actor('adviser', role('educational-adviser', UMC)),
  'an assessor of the institution': actor('assessor', role('assessor', UMC)),
  'a trainer of the department': actor('trainer', role('trainer', UMC, DEPARTMENT)),
  'a mentor of the institution': actor('mentor', role('mentor', UMC)),
  'a provider': actor('provider', role('provider', OTHER)),
  'someone without a role': actor('nobody'),
};

function decide(predicate: (a: Actor) => boolean) {
  return Object.fromEntries(Object.entries(everyone).map(([name, a]) => [name, predicate(a)]));
}

describe('teaching profiles', () => {
  it('a person keeps a profile, and asks advice on it, at an institution where they hold any role', () => {
    expect(canKeepTeachingProfile(teacherActor, UMC)).toBe(true);
    expect(canKeepTeachingProfile(teacherActor, OTHER)).toBe(false);
    expect(canKeepTeachingProfile(everyone['an assessor of the institution'] as Actor, UMC)).toBe(true);
    expect(canKeepTeachingProfile(everyone['the platform administrator'] as Actor, UMC)).toBe(false);
    expect(canAskMyAdvice(teacherActor, UMC)).toBe(true);
    expect(canAskMyAdvice(everyone['someone without a role'] as Actor, UMC)).toBe(false);
  });

  it("is read by the teacher, and by managers, coordinators, administrators and advisers whose scope covers the teacher's unit", () => {
    expect(decide((a) => canReadTeachingProfile(a, teacher))).toEqual({
      'the teacher themselves': true,
      'a colleague teacher': false,
      'a line manager of the division': true,
      'a line manager of another division': false,
      'a line manager of another institution': false,
      'a coordinator of the institution': true,
      'a coordinator of another division': false,
      'a coordinator of another institution': false,
      'an administrator of the institution': true,
      'an administrator of another institution': false,
      'the platform administrator': true,
      'an educational adviser of the institution': true,
      'an assessor of the institution': false,
      'a trainer of the department': false,
      'a mentor of the institution': false,
      'a provider': false,
      'someone without a role': false,
    });
  });

  it("is confirmed only by a line manager whose unit scope covers one of the teacher's units", () => {
    expect(decide((a) => canConfirmTeachingProfile(a, teacher))).toEqual({
      'the teacher themselves': false,
      'a colleague teacher': false,
      'a line manager of the division': true,
      'a line manager of another division': false,
      'a line manager of another institution': false,
      'a coordinator of the institution': false,
      'a coordinator of another division': false,
      'a coordinator of another institution': false,
      'an administrator of the institution': false,
      'an administrator of another institution': false,
      'the platform administrator': false,
      'an educational adviser of the institution': false,
      'an assessor of the institution': false,
      'a trainer of the department': false,
      'a mentor of the institution': false,
      'a provider': false,
      'someone without a role': false,
    });
  });

  it('a line manager who is also the teacher does not confirm their own profile', () => {
    const both = actor('teacher', role('teacher', UMC, DEPARTMENT), role('line-manager', UMC, DIVISION));
    expect(canConfirmTeachingProfile(both, teacher)).toBe(false);
  });

  it('a teacher in two units is covered by a line manager of either', () => {
    const twoUnits = { ...teacher, unitPaths: [DEPARTMENT, SIBLING] };
    expect(canConfirmTeachingProfile(everyone['a line manager of another division'] as Actor, twoUnits)).toBe(
      true,
    );
  });

  it('an institution-wide teacher is covered only by an institution-wide line manager', () => {
    const wide = { ...teacher, unitPaths: [null] };
    expect(canConfirmTeachingProfile(everyone['a line manager of the division'] as Actor, wide)).toBe(false);
    expect(canConfirmTeachingProfile(actor('m', role('line-manager', UMC)), wide)).toBe(true);
  });

  it('are looked for, to confirm, at the institutions of the line-manager roles only', () => {
    expect(decide((a) => confirmingInstitutionsOf(a).length > 0)).toEqual({
      'the teacher themselves': false,
      'a colleague teacher': false,
      'a line manager of the division': true,
      'a line manager of another division': true,
      'a line manager of another institution': true,
      'a coordinator of the institution': false,
      'a coordinator of another division': false,
      'a coordinator of another institution': false,
      'an administrator of the institution': false,
      'an administrator of another institution': false,
      'the platform administrator': false,
      'an educational adviser of the institution': false,
      'an assessor of the institution': false,
      'a trainer of the department': false,
      'a mentor of the institution': false,
      'a provider': false,
      'someone without a role': false,
    });
    const twice = actor('m', role('line-manager', UMC, DIVISION), role('line-manager', UMC, SIBLING));
    expect(confirmingInstitutionsOf(twice)).toEqual([UMC]);
    expect(confirmingInstitutionsOf(actor('m', role('line-manager', UMC), role('teacher', OTHER)))).toEqual([
      UMC,
    ]);
  });
});

describe('earned qualifications', () => {
  it('are recorded by the person, by an administrator or coordinator of an institution where they hold a role, and by the platform administrator', () => {
    const person = { id: 'teacher', roles: [role('teacher', UMC, DEPARTMENT)] };
    expect(decide((a) => canManageEarnedQualifications(a, person))).toEqual({
      'the teacher themselves': true,
      'a colleague teacher': false,
      'a line manager of the division': false,
      'a line manager of another division': false,
      'a line manager of another institution': false,
      'a coordinator of the institution': true,
      'a coordinator of another division': false,
      'a coordinator of another institution': false,
      'an administrator of the institution': true,
      'an administrator of another institution': false,
      'the platform administrator': true,
      'an educational adviser of the institution': false,
      'an assessor of the institution': false,
      'a trainer of the department': false,
      'a mentor of the institution': false,
      'a provider': false,
      'someone without a role': false,
    });
  });

  it('may be recorded by the coordinator of any institution where the person holds a role', () => {
    const twoPlaces = { id: 'teacher', roles: [role('teacher', UMC, DEPARTMENT), role('teacher', OTHER)] };
    expect(
      canManageEarnedQualifications(everyone['a coordinator of another institution'] as Actor, twoPlaces),
    ).toBe(true);
  });
});

describe('policies', () => {
  it("are administered by the institution's own institution-wide administrators and coordinators, and the platform administrator", () => {
    expect(decide((a) => canAdministerPolicy(a, { institutionId: UMC }))).toEqual({
      'the teacher themselves': false,
      'a colleague teacher': false,
      'a line manager of the division': false,
      'a line manager of another division': false,
      'a line manager of another institution': false,
      'a coordinator of the institution': true,
      'a coordinator of another division': false,
      'a coordinator of another institution': false,
      'an administrator of the institution': true,
      'an administrator of another institution': false,
      'the platform administrator': true,
      'an educational adviser of the institution': false,
      'an assessor of the institution': false,
      'a trainer of the department': false,
      'a mentor of the institution': false,
      'a provider': false,
      'someone without a role': false,
    });
  });

  it('of no known institution are administered by the platform administrator only', () => {
    expect(
      canAdministerPolicy(everyone['the platform administrator'] as Actor, { institutionId: null }),
    ).toBe(true);
    expect(
      canAdministerPolicy(everyone['a coordinator of the institution'] as Actor, { institutionId: null }),
    ).toBe(false);
  });

  it('lists the institutions whose policy an actor administers', () => {
    expect(policyInstitutionsOf(everyone['a coordinator of the institution'] as Actor)).toEqual([UMC]);
    expect(policyInstitutionsOf(everyone['a coordinator of another division'] as Actor)).toEqual([]);
    expect(policyInstitutionsOf(teacherActor)).toEqual([]);
  });
});

describe('compliance', () => {
  it('is seen for the whole institution by its administrators and coordinators, for their units by line managers', () => {
    expect(decide((a) => canViewCompliance(a, { institutionId: UMC }))).toEqual({
      'the teacher themselves': false,
      'a colleague teacher': false,
      'a line manager of the division': true,
      'a line manager of another division': true,
      'a line manager of another institution': false,
      'a coordinator of the institution': true,
      'a coordinator of another division': true,
      'a coordinator of another institution': false,
      'an administrator of the institution': true,
      'an administrator of another institution': false,
      'the platform administrator': true,
      'an educational adviser of the institution': false,
      'an assessor of the institution': false,
      'a trainer of the department': false,
      'a mentor of the institution': false,
      'a provider': false,
      'someone without a role': false,
    });
    expect(complianceScopeOf(everyone['a line manager of the division'] as Actor, UMC)).toEqual({
      kind: 'units',
      unitPaths: [DIVISION],
    });
    expect(complianceScopeOf(everyone['a coordinator of the institution'] as Actor, UMC)).toEqual({
      kind: 'institution',
    });
  });

  it("of a unit is seen by a line manager of that unit or above it, not of a sibling's", () => {
    const department = { institutionId: UMC, unitPath: DEPARTMENT };
    expect(canViewCompliance(everyone['a line manager of the division'] as Actor, department)).toBe(true);
    expect(canViewCompliance(everyone['a line manager of another division'] as Actor, department)).toBe(
      false,
    );
    expect(canViewCompliance(everyone['a coordinator of the institution'] as Actor, department)).toBe(true);
  });

  it("lists the teachers inside the viewer's scope and the unit asked for", () => {
    const units = { kind: 'units' as const, unitPaths: [DIVISION] };
    expect(teacherInView(units, null, DEPARTMENT)).toBe(true);
    expect(teacherInView(units, null, SIBLING)).toBe(false);
    expect(teacherInView(units, null, null)).toBe(false);
    expect(teacherInView({ kind: 'institution' }, null, null)).toBe(true);
    expect(teacherInView({ kind: 'institution' }, DEPARTMENT, DIVISION)).toBe(false);
    expect(teacherInView({ kind: 'institution' }, DIVISION, DEPARTMENT)).toBe(true);
  });
});
