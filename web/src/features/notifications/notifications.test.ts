import { describe, expect, it } from 'vitest';
import { badgeText, recordPage } from './notifications';

describe('recordPage', () => {
  const id = '0b6f2c3e-5d4a-4f1b-8c2d-9e7a6b5c4d3e';

  it('links an attendance to the dossier and an audit to my audits', () => {
    expect(recordPage('attendance', id)).toEqual({ to: '/register' });
    expect(recordPage('audit-review', id)).toEqual({ to: '/register/audits' });
  });

  it('links a trajectory to its own page', () => {
    expect(recordPage('trajectory', id)).toEqual({
      to: '/trajectories/$trajectoryId',
      params: { trajectoryId: id },
    });
  });

  it('gives no link where the web app has no page, nor for inherited names', () => {
    expect(recordPage('evidence', id)).toBeNull();
    expect(recordPage('toString', id)).toBeNull();
  });
});

describe('badgeText', () => {
  it('shows nothing without unread messages and caps at 99+', () => {
    expect(badgeText(0)).toBeNull();
    expect(badgeText(3)).toBe('3');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});
