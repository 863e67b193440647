import { describe, expect, it } from 'vitest';
import { actor, DEPARTMENT, DIVISION, OTHER, role, SIBLING, UMC } from '../../../test/policy-actors.js';
import type { Actor } from '../../platform/http/auth.js';
import { canAudit, canDrawSample, canRespond, canViewDraw, canViewReview } from './audit.policy.js';
import { canGetCertificate, canManageProviderActivities, providersOf } from './providers.policy.js';

const PROVIDER = 'inst-provider';

/** A teacher in the department of the UMC. */
const teacher = { personId: 'teacher', institutionId: UMC, unitPaths: [DEPARTMENT] };

const everyone: Record<string, Actor> = {
  'the teacher themselves': actor('teacher', role('teacher', UMC, DEPARTMENT)),
  'a colleague teacher': actor('colleague', role('teacher', UMC, DEPARTMENT)),
  'a coordinator of the institution': actor('coordinator', role('coordinator', UMC)),
  'a coordinator of the division': actor('coordinator1', role('coordinator', UMC, DIVISION)),
  'a coordinator of another division': actor('coordinator2', role('coordinator', UMC, SIBLING)),
  'a coordinator of another institution': actor('coordinator3', role('coordinator', OTHER)),
  'an assessor of the institution': actor('assessor', role('assessor', UMC)),
  'an assessor of the division': actor('assessor1', role('assessor', UMC, DIVISION)),
  'an assessor of another division': actor('assessor2', role('assessor', UMC, SIBLING)),
  'an assessor of another institution': actor('assessor3', role('assessor', OTHER)),
  'an administrator of the institution': actor('admin', role('administrator', UMC)),
  'the platform administrator': actor('platform', role('administrator', null)),
  'a line manager of the division': actor('manager', role('line-manager', UMC, DIVISION)),
  'an educational adviser of the institution': actor('adviser', role('educational-adviser', UMC)),
  'the provider': actor('provider', role('provider', PROVIDER)),
  'another provider': actor('provider2', role('provider', OTHER)),
  'someone without a role': actor('nobody'),
};

function allowed(predicate: (a: Actor) => boolean): string[] {
  return Object.entries(everyone)
    .filter(([, a]) => predicate(a))
    .map(([name]) => name);
}

describe('drawing a sample (R-REG-AUDIT-1)', () => {
  it('is for a coordinator whose role covers the part of the institution drawn from', () => {
    expect(allowed((a) => canDrawSample(a, { institutionId: UMC, unitPath: null }))).toEqual([
      'a coordinator of the institution',
    ]);
    expect(allowed((a) => canDrawSample(a, { institutionId: UMC, unitPath: DEPARTMENT }))).toEqual([
      'a coordinator of the institution',
      'a coordinator of the division',
    ]);
  });

  it('is seen by those coordinators and by the assessors of that part', () => {
    expect(allowed((a) => canViewDraw(a, { institutionId: UMC, unitPath: DIVISION }))).toEqual([
      'a coordinator of the institution',
      'a coordinator of the division',
      'an assessor of the institution',
      'an assessor of the division',
    ]);
  });
});

describe('auditing a sampled teacher', () => {
  it("is for an assessor whose role covers the teacher's unit", () => {
    expect(allowed((a) => canAudit(a, teacher))).toEqual([
      'an assessor of the institution',
      'an assessor of the division',
    ]);
  });

  it('is never for the teacher themselves, assessor or not', () => {
    const assessingTeacher = actor('teacher', role('teacher', UMC, DEPARTMENT), role('assessor', UMC));
    expect(canAudit(assessingTeacher, teacher)).toBe(false);
  });

  it('is followed by the teacher, the assessors who may audit, and the coordinators of the draw', () => {
    expect(allowed((a) => canViewReview(a, teacher, { institutionId: UMC, unitPath: DIVISION }))).toEqual([
      'the teacher themselves',
      'a coordinator of the institution',
      'a coordinator of the division',
      'an assessor of the institution',
      'an assessor of the division',
    ]);
  });

  it('is answered by the teacher only', () => {
    expect(allowed((a) => canRespond(a, teacher))).toEqual(['the teacher themselves']);
  });
});

describe("a provider's validated activities (R-REG-EVID-1)", () => {
  it('are kept by the people with the provider role there', () => {
    expect(allowed((a) => canManageProviderActivities(a, PROVIDER))).toEqual(['the provider']);
    expect(providersOf(everyone['the provider'] as Actor)).toEqual([PROVIDER]);
    expect(providersOf(everyone['a coordinator of the institution'] as Actor)).toEqual([]);
  });

  it('give a certificate to the attendee and to the provider, nobody else', () => {
    expect(
      allowed((a) => canGetCertificate(a, { personId: 'teacher', providerInstitutionId: PROVIDER })),
    ).toEqual(['the teacher themselves', 'the provider']);
  });
});
