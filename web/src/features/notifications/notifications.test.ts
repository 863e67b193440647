import { describe, expect, it } from 'vitest';
import { badgeText, recordPage } from './notifications';

describe('recordPage', () => {
  it('links an attendance to the dossier and an audit to my audits', () => {
    expect(recordPage('attendance')).toBe('/register');
    expect(recordPage('audit-review')).toBe('/register/audits');
  });

  it('gives no link where the web app has no page, nor for inherited names', () => {
    expect(recordPage('trajectory')).toBeNull();
    expect(recordPage('toString')).toBeNull();
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
