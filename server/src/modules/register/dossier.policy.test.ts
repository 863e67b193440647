import { describe, expect, it } from 'vitest';
import { actor, DEPARTMENT, DIVISION, OTHER, role, SIBLING, UMC } from '../../../test/policy-actors.js';
import type { Actor } from '../../platform/http/auth.js';
import { canKeepDossier, canReadDossier } from './dossier.policy.js';

/** A teacher in the department of the UMC. */
const teacher = { id: 'teacher', roles: [role('teacher', UMC, DEPARTMENT)] };

const everyone: Record<string, Actor> = {
  'the teacher themselves': actor('teacher', role('teacher', UMC, DEPARTMENT)),
  'a colleague teacher': actor('colleague', role('teacher', UMC, DEPARTMENT)),
  'a line manager of the division': actor('manager', role('line-manager', UMC, DIVISION)),
  'a coordinator of the institution': actor('coordinator', role('coordinator', UMC)),
  'a coordinator of the division': actor('coordinator1', role('coordinator', UMC, DIVISION)),
  'a coordinator of another division': actor('coordinator2', role('coordinator', UMC, SIBLING)),
  'a coordinator of another institution': actor('coordinator3', role('coordinator', OTHER)),
  'an assessor of the institution': actor('assessor', role('assessor', UMC)),
  'an assessor of another division': actor('assessor2', role('assessor', UMC, SIBLING)),
  'an assessor of another institution': actor('assessor3', role('assessor', OTHER)),
  'an administrator of the institution': actor('admin', role('administrator', UMC)),
  'the platform administrator': actor('platform', role('administrator', null)),
  'an educational adviser of the institution': actor('adviser', role('educational-adviser', UMC)),
  'a trainer of the department': actor('trainer', role('trainer', UMC, DEPARTMENT)),
  'a mentor of the institution': actor('mentor', role('mentor', UMC)),
  'a provider': actor('provider', role('provider', OTHER)),
  'someone without a role': actor('nobody'),
};

function decide(predicate: (a: Actor) => boolean) {
  return Object.fromEntries(Object.entries(everyone).map(([name, a]) => [name, predicate(a)]));
}

describe('the register dossier', () => {
  it('is kept by the teacher alone', () => {
    expect(decide((a) => canKeepDossier(a, teacher.id))).toEqual({
      'the teacher themselves': true,
      'a colleague teacher': false,
      'a line manager of the division': false,
      'a coordinator of the institution': false,
      'a coordinator of the division': false,
      'a coordinator of another division': false,
      'a coordinator of another institution': false,
      'an assessor of the institution': false,
      'an assessor of another division': false,
      'an assessor of another institution': false,
      'an administrator of the institution': false,
      'the platform administrator': false,
      'an educational adviser of the institution': false,
      'a trainer of the department': false,
      'a mentor of the institution': false,
      'a provider': false,
      'someone without a role': false,
    });
  });

  it("is read by the teacher, and by coordinators and assessors whose scope covers one of the teacher's units", () => {
    expect(decide((a) => canReadDossier(a, teacher))).toEqual({
      'the teacher themselves': true,
      'a colleague teacher': false,
      'a line manager of the division': false,
      'a coordinator of the institution': true,
      'a coordinator of the division': true,
      'a coordinator of another division': false,
      'a coordinator of another institution': false,
      'an assessor of the institution': true,
      'an assessor of another division': false,
      'an assessor of another institution': false,
      'an administrator of the institution': false,
      'the platform administrator': false,
      'an educational adviser of the institution': false,
      'a trainer of the department': false,
      'a mentor of the institution': false,
      'a provider': false,
      'someone without a role': false,
    });
  });

  it('follows the teacher to every institution where they hold a role, and no further', () => {
    const teachesAtBoth = {
      id: 'teacher',
      roles: [role('teacher', UMC, DEPARTMENT), role('teacher', OTHER)],
    };
    expect(canReadDossier(everyone['a coordinator of another institution'] as Actor, teachesAtBoth)).toBe(
      true,
    );
    const noRoles = { id: 'teacher', roles: [] };
    expect(canReadDossier(everyone['a coordinator of the institution'] as Actor, noRoles)).toBe(false);
    expect(canReadDossier(everyone['the teacher themselves'] as Actor, noRoles)).toBe(true);
  });
});
