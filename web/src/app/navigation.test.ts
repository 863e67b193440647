import { describe, expect, it } from 'vitest';
import type { Role, RoleAssignment } from '../../../contracts/identity.js';
import { mayOpen, visibleNavigation } from './navigation';

const institution = { id: '6f1c1c2e-4a57-4c1b-9a53-3f1f0d7c1a01', name: 'UMC Utrecht' };
const assignment = (role: Role, scoped = true): RoleAssignment => ({
  id: crypto.randomUUID(),
  role,
  institution: scoped ? institution : null,
  unit: null,
});
const labels = (assignments: RoleAssignment[]) => visibleNavigation(assignments).map((item) => item.label);

describe('navigation by role', () => {
  it('shows Start, My profile, the qualification advice, the teaching profile and qualifications, and the register dossier and hours to a teacher, but not Administration', () => {
    const teacher = labels([assignment('teacher')]);
    expect(teacher.slice(0, 3)).toEqual(['start', 'profile', 'advice']);
    expect(teacher).toEqual(
      expect.arrayContaining(['teachingProfile', 'qualifications', 'register', 'registerProgress']),
    );
    expect(teacher).not.toContain('admin');
    expect(teacher).not.toContain('confirmProfiles');
    expect(mayOpen('/register/progress', [assignment('teacher')])).toBe(true);
    expect(mayOpen('/register', [assignment('administrator')])).toBe(false);
    expect(mayOpen('/admin', [assignment('teacher')])).toBe(false);
    expect(mayOpen('/teaching-profiles', [assignment('teacher')])).toBe(false);
  });

  it('lets a line manager confirm profiles, and keep a teaching profile only when also teaching', () => {
    expect(labels([assignment('line-manager')])).toContain('confirmProfiles');
    expect(mayOpen('/teaching-profiles', [assignment('line-manager')])).toBe(true);
    expect(mayOpen('/teaching-profile', [assignment('line-manager')])).toBe(false);
    expect(labels([assignment('line-manager'), assignment('teacher')])).toEqual(
      expect.arrayContaining(['teachingProfile', 'qualifications', 'confirmProfiles']),
    );
    expect(mayOpen('/teaching-profiles', [assignment('coordinator')])).toBe(false);
  });

  it('shows Administration to an administrator, platform-wide or of one institution', () => {
    expect(labels([assignment('administrator', false)])).toEqual([
      'start',
      'profile',
      'advice',
      'policies',
      'compliance',
      'admin',
    ]);
    expect(labels([assignment('teacher'), assignment('administrator')])).toContain('admin');
  });

  it('shows the qualification policy to administrators and coordinators, the overview also to line managers', () => {
    expect(labels([assignment('coordinator')])).toEqual(expect.arrayContaining(['policies', 'compliance']));
    expect(labels([assignment('administrator')])).toEqual(expect.arrayContaining(['policies', 'compliance']));
    expect(labels([assignment('line-manager')])).toContain('compliance');
    expect(labels([assignment('line-manager')])).not.toContain('policies');
    expect(mayOpen('/policies', [assignment('line-manager')])).toBe(false);
    expect(mayOpen('/compliance', [assignment('teacher')])).toBe(false);
    expect(mayOpen('/policies', [assignment('educational-adviser')])).toBe(false);
  });

  it('shows the register audit by sample to its roles: the draw to coordinators, the audits to assessors, my audits to teachers (R-REG-AUDIT-1)', () => {
    expect(labels([assignment('coordinator')])).toEqual(
      expect.arrayContaining(['auditDraws', 'registerCompliance']),
    );
    expect(labels([assignment('assessor')])).toEqual(['start', 'profile', 'advice', 'auditReviews']);
    expect(labels([assignment('teacher')])).toContain('myAudits');
    expect(mayOpen('/audit/draws', [assignment('assessor')])).toBe(false);
    expect(mayOpen('/audit/reviews', [assignment('coordinator')])).toBe(false);
    expect(mayOpen('/register/audits', [assignment('assessor')])).toBe(false);
    expect(mayOpen('/register-compliance', [assignment('line-manager')])).toBe(false);
  });

  it("shows the trajectories' overview, assessment weeks and catalogue to coordinators only (R-UMCU-ASM-3, R-UMCU-COST-1)", () => {
    expect(labels([assignment('coordinator')])).toEqual(
      expect.arrayContaining(['trajectoriesOverview', 'assessmentWeeks', 'trajectoryCatalogue']),
    );
    for (const path of ['/trajectories-overview', '/assessment-weeks', '/trajectory-catalogue']) {
      expect(mayOpen(path, [assignment('coordinator')])).toBe(true);
      expect(mayOpen(path, [assignment('teacher')])).toBe(false);
      expect(mayOpen(path, [assignment('line-manager')])).toBe(false);
    }
  });

  it("shows a provider's validated activities only to providers (R-REG-EVID-1)", () => {
    expect(labels([assignment('provider')])).toEqual(['start', 'profile', 'advice', 'providerActivities']);
    expect(mayOpen('/provider', [assignment('teacher')])).toBe(false);
    expect(mayOpen('/provider', [assignment('coordinator')])).toBe(false);
  });

  it('shows a teacher their trajectories and a line manager the costs to approve (issue 5, R-UMCU-COST-1)', () => {
    expect(labels([assignment('teacher')])).toContain('trajectories');
    expect(labels([assignment('line-manager')])).toContain('costApprovals');
    expect(labels([assignment('line-manager')])).not.toContain('trajectories');
    expect(mayOpen('/trajectories', [assignment('educational-adviser')])).toBe(false);
    expect(mayOpen('/cost-approvals', [assignment('teacher')])).toBe(false);
  });

  it('shows an educational adviser the intake queue and their caseload, and nobody else (R-UMCU-ROUTE-1)', () => {
    expect(labels([assignment('educational-adviser')])).toEqual([
      'start',
      'profile',
      'advice',
      'intakes',
      'caseload',
    ]);
    expect(mayOpen('/intakes', [assignment('educational-adviser')])).toBe(true);
    expect(mayOpen('/caseload', [assignment('educational-adviser')])).toBe(true);
    expect(mayOpen('/intakes', [assignment('teacher')])).toBe(false);
    expect(mayOpen('/caseload', [assignment('coordinator')])).toBe(false);
  });

  it('shows the pages for everyone to a person without roles', () => {
    expect(labels([])).toEqual(['start', 'profile', 'advice']);
    expect(mayOpen('/profile', [])).toBe(true);
  });
});
