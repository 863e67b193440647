import { describe, expect, it } from 'vitest';
import type { AuditReviewStatus } from '../../../../../contracts/register.js';
import {
  type ActivityEvidenceFacts,
  type AuditAction,
  auditStep,
  evidenceChecks,
  evidenceRuleIds,
  evidenceRules,
  respondBy,
} from './audit.js';

const state = (status: AuditReviewStatus, notifiedOn: string | null = null, undecided = 0) => ({
  status,
  notifiedOn,
  undecided,
});
const TODAY = '2026-03-02';

describe('the audit of a sampled teacher (R-REG-AUDIT-1)', () => {
  it('goes drawn → in review → notified → responded → closed', () => {
    expect(auditStep(state('drawn'), 'start-review', TODAY)).toEqual({ ok: true, status: 'in-review' });
    expect(auditStep(state('in-review'), 'decide', TODAY)).toEqual({ ok: true, status: 'in-review' });
    expect(auditStep(state('in-review'), 'notify', TODAY)).toEqual({ ok: true, status: 'notified' });
    expect(auditStep(state('notified', TODAY), 'respond', TODAY)).toEqual({ ok: true, status: 'responded' });
    expect(auditStep(state('responded', TODAY), 'close', TODAY)).toEqual({ ok: true, status: 'closed' });
  });

  const allowed: Record<AuditAction, AuditReviewStatus[]> = {
    'start-review': ['drawn'],
    decide: ['in-review'],
    notify: ['in-review'],
    respond: ['notified'],
    close: ['notified', 'responded'],
  };
  const statuses: AuditReviewStatus[] = ['drawn', 'in-review', 'notified', 'responded', 'closed'];
  for (const [action, permitted] of Object.entries(allowed) as [AuditAction, AuditReviewStatus[]][]) {
    for (const status of statuses.filter((s) => !permitted.includes(s))) {
      it(`refuses ${action} when ${status}`, () => {
        // notified long ago, so only the state can refuse
        expect(auditStep(state(status, '2025-01-01'), action, TODAY)).toEqual({
          ok: false,
          refusal: 'wrong-state',
        });
      });
    }
  }

  it('lets the teacher respond once: a second response finds the audit responded', () => {
    expect(auditStep(state('responded', TODAY), 'respond', TODAY)).toEqual({
      ok: false,
      refusal: 'wrong-state',
    });
  });

  it('decisions change only in review: after the notification they are what the teacher answers to', () => {
    expect(auditStep(state('notified', TODAY), 'decide', TODAY).ok).toBe(false);
    expect(auditStep(state('responded', TODAY), 'decide', TODAY).ok).toBe(false);
  });

  it('notifies only when every activity has a decision', () => {
    expect(auditStep(state('in-review', null, 1), 'notify', TODAY)).toEqual({
      ok: false,
      refusal: 'undecided-activities',
    });
    expect(auditStep(state('in-review', null, 0), 'notify', TODAY).ok).toBe(true);
  });

  it(`takes a response up to and including the 14th day after the notification`, () => {
    expect(respondBy('2026-03-02')).toBe('2026-03-16');
    expect(auditStep(state('notified', '2026-03-02'), 'respond', '2026-03-16').ok).toBe(true);
    expect(auditStep(state('notified', '2026-03-02'), 'respond', '2026-03-17')).toEqual({
      ok: false,
      refusal: 'response-window-closed',
    });
  });

  it('closes without a response only once the window has passed; with one at once', () => {
    expect(auditStep(state('notified', '2026-03-02'), 'close', '2026-03-16')).toEqual({
      ok: false,
      refusal: 'response-window-open',
    });
    expect(auditStep(state('notified', '2026-03-02'), 'close', '2026-03-17')).toEqual({
      ok: true,
      status: 'closed',
    });
    expect(auditStep(state('responded', '2026-03-02'), 'close', '2026-03-02').ok).toBe(true);
  });

  it.each([
    ['2026-02-20', '2026-03-06'], // across the end of February
    ['2028-02-20', '2028-03-05'], // a leap year
    ['2026-03-25', '2026-04-08'], // across the change to summer time
    ['2026-12-25', '2027-01-08'],
  ])('a teacher notified on %s may respond until %s', (notifiedOn, until) => {
    expect(respondBy(notifiedOn)).toBe(until);
  });
});

const activity = (overrides: Partial<ActivityEvidenceFacts> = {}): ActivityEvidenceFacts => ({
  kind: '2',
  level: 'bachelor-or-higher',
  delivery: 'contact',
  testPassed: false,
  relevance: 'Voor mijn onderwijs in de bachelor',
  description: null,
  application: null,
  evidenceFiles: 1,
  ...overrides,
});

describe('the evidence rules an activity is judged against (R-REG-EVID-2…4, R-REG-LEVEL-1)', () => {
  it('judges every activity against R-REG-EVID-2: a relevance statement and evidence', () => {
    expect(evidenceChecks(activity())).toEqual([{ rule: 'R-REG-EVID-2', missing: [] }]);
    expect(evidenceChecks(activity({ relevance: '  ', evidenceFiles: 0 }))).toEqual([
      { rule: 'R-REG-EVID-2', missing: ['relevance', 'evidence-file'] },
    ]);
  });

  it.each(['online', 'mostly-self-study'] as const)(
    'asks a passed test of %s learning (R-REG-EVID-3)',
    (delivery) => {
      expect(evidenceChecks(activity({ delivery }))[1]).toEqual({
        rule: 'R-REG-EVID-3',
        missing: ['test-passed'],
      });
      expect(evidenceChecks(activity({ delivery, testPassed: true }))[1]).toEqual({
        rule: 'R-REG-EVID-3',
        missing: [],
      });
    },
  );

  it('asks professional self-study (type 7) for a description, its use in teaching and documentation (R-REG-EVID-4)', () => {
    expect(evidenceChecks(activity({ kind: '7.1a', evidenceFiles: 0 }))).toEqual([
      { rule: 'R-REG-EVID-2', missing: ['evidence-file'] },
      { rule: 'R-REG-EVID-4', missing: ['description', 'application', 'evidence-file'] },
    ]);
    expect(
      evidenceChecks(
        activity({ kind: '7.6b', description: 'Boek gelezen', application: 'In mijn lessen' }),
      )[1],
    ).toEqual({ rule: 'R-REG-EVID-4', missing: [] });
    expect(evidenceChecks(activity({ kind: '6.2e' })).map((c) => c.rule)).toEqual(['R-REG-EVID-2']);
  });

  it('asks an activity below bachelor level for its relevance (R-REG-LEVEL-1)', () => {
    expect(evidenceChecks(activity({ level: 'below-bachelor', relevance: null }))).toEqual([
      { rule: 'R-REG-EVID-2', missing: ['relevance'] },
      { rule: 'R-REG-LEVEL-1', missing: ['relevance'] },
    ]);
  });

  it('words every rule in Dutch and English', () => {
    for (const id of evidenceRuleIds) {
      expect(evidenceRules[id].nl.length).toBeGreaterThan(20);
      expect(evidenceRules[id].en.length).toBeGreaterThan(20);
    }
  });
});
