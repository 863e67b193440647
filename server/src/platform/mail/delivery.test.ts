import { describe, expect, it } from 'vitest';
import { afterFailure, isPermanentSmtpError, MAX_ATTEMPTS } from './delivery.js';

const now = new Date('2026-12-01T10:00:00Z');
const minutesLater = (r: ReturnType<typeof afterFailure>) =>
  r.status === 'pending' ? (r.nextAttemptAt.getTime() - now.getTime()) / 60_000 : r.status;

describe('afterFailure', () => {
  it('waits 1, 4, 16, 64, 256 minutes, then gives up', () => {
    const waits = Array.from({ length: MAX_ATTEMPTS }, (_, i) =>
      minutesLater(afterFailure(i + 1, false, now)),
    );
    expect(waits).toEqual([1, 4, 16, 64, 256, 'failed']);
  });

  it('gives up at once on a permanent refusal', () => {
    expect(afterFailure(1, true, now)).toEqual({ status: 'failed' });
  });
});

describe('isPermanentSmtpError', () => {
  it('is a 5xx reply only', () => {
    expect(isPermanentSmtpError({ responseCode: 550 })).toBe(true);
    expect(isPermanentSmtpError({ responseCode: 451 })).toBe(false);
    expect(isPermanentSmtpError(new Error('connect ECONNREFUSED'))).toBe(false);
    expect(isPermanentSmtpError(null)).toBe(false);
  });
});
