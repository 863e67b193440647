import { describe, expect, it } from 'vitest';
import { DEPARTMENT, DIVISION, OTHER, role, SIBLING } from '../../../test/policy-actors.js';
import type { Actor, ActorRole } from '../../platform/http/auth.js';
import { canViewRegisterCompliance } from './register-compliance.policy.js';

const SCHOOL = 'inst-school';

function actor(...held: ActorRole[]): Actor {
  return { personId: 'p', sessionId: 's', displayName: 'p', email: 'p@x.test', language: 'nl', roles: held };
}

/** Who sees the whole school, the division, the department. */
const cases: [string, Actor, { school: boolean; division: boolean; department: boolean }][] = [
  [
    'a coordinator of the school',
    actor(role('coordinator', SCHOOL)),
    { school: true, division: true, department: true },
  ],
  [
    'a coordinator of the division',
    actor(role('coordinator', SCHOOL, DIVISION)),
    { school: false, division: true, department: true },
  ],
  [
    'a coordinator of the department',
    actor(role('coordinator', SCHOOL, DEPARTMENT)),
    { school: false, division: false, department: true },
  ],
  [
    'a coordinator of another division',
    actor(role('coordinator', SCHOOL, SIBLING)),
    { school: false, division: false, department: false },
  ],
  [
    'a coordinator of another institution',
    actor(role('coordinator', OTHER)),
    { school: false, division: false, department: false },
  ],
  [
    'an administrator of the school',
    actor(role('administrator', SCHOOL)),
    { school: false, division: false, department: false },
  ],
  [
    'the platform administrator',
    actor(role('administrator', null)),
    { school: false, division: false, department: false },
  ],
  [
    'a line manager of the school',
    actor(role('line-manager', SCHOOL)),
    { school: false, division: false, department: false },
  ],
  [
    'an assessor of the school',
    actor(role('assessor', SCHOOL)),
    { school: false, division: false, department: false },
  ],
  [
    'a teacher of the department',
    actor(role('teacher', SCHOOL, DEPARTMENT)),
    { school: false, division: false, department: false },
  ],
  ['someone without roles', actor(), { school: false, division: false, department: false }],
];

describe('who sees register compliance', () => {
  it.each(cases)('%s', (_, who, sees) => {
    expect({
      school: canViewRegisterCompliance(who, { institutionId: SCHOOL, unitPath: null }),
      division: canViewRegisterCompliance(who, { institutionId: SCHOOL, unitPath: DIVISION }),
      department: canViewRegisterCompliance(who, { institutionId: SCHOOL, unitPath: DEPARTMENT }),
    }).toEqual(sees);
  });
});
