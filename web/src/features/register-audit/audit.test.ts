import { describe, expect, it } from 'vitest';
import { mayClose, mayDecide, mayRespond } from './auditSteps';
import { drawInputOf, missingDrawFields } from './draw';

describe('the steps an audit page offers (R-REG-AUDIT-1)', () => {
  const notified = { status: 'notified' as const, respondBy: '2026-12-15' };

  it('decides only while in review', () => {
    expect(mayDecide({ status: 'in-review', respondBy: null })).toBe(true);
    for (const status of ['drawn', 'notified', 'responded', 'closed'] as const)
      expect(mayDecide({ status, respondBy: null })).toBe(false);
  });

  it('lets the teacher respond up to and including the last day, and only once', () => {
    expect(mayRespond(notified, '2026-12-01')).toBe(true);
    expect(mayRespond(notified, '2026-12-15')).toBe(true);
    expect(mayRespond(notified, '2026-12-16')).toBe(false);
    expect(mayRespond({ status: 'responded', respondBy: '2026-12-15' }, '2026-12-01')).toBe(false);
    expect(mayRespond({ status: 'in-review', respondBy: null }, '2026-12-01')).toBe(false);
  });

  it('closes after the response, or once the response period has passed without one', () => {
    expect(mayClose({ status: 'responded', respondBy: '2026-12-15' }, '2026-12-02')).toBe(true);
    expect(mayClose(notified, '2026-12-15')).toBe(false);
    expect(mayClose(notified, '2026-12-16')).toBe(true);
    expect(mayClose({ status: 'closed', respondBy: '2026-12-15' }, '2027-01-01')).toBe(false);
    expect(mayClose({ status: 'in-review', respondBy: null }, '2027-01-01')).toBe(false);
  });
});

describe('the draw form', () => {
  const values = {
    unitId: null,
    periodEndFrom: '2026-01-01',
    periodEndTo: '2026-12-31',
    by: 'percentage' as const,
    size: 10 as number | '',
  };

  it('sends a percentage or a count, never both, and the unit only when one is chosen', () => {
    expect(drawInputOf(values)).toEqual({
      periodEndFrom: '2026-01-01',
      periodEndTo: '2026-12-31',
      percentage: 10,
    });
    expect(drawInputOf({ ...values, by: 'count', size: 3, unitId: 'u1' })).toEqual({
      unitId: 'u1',
      periodEndFrom: '2026-01-01',
      periodEndTo: '2026-12-31',
      count: 3,
    });
  });

  it('names the empty required fields', () => {
    expect(missingDrawFields({ ...values, periodEndFrom: '', periodEndTo: '', size: '' })).toEqual([
      'periodEndFrom',
      'periodEndTo',
      'size',
    ]);
    expect(missingDrawFields(values)).toEqual([]);
  });
});
