import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './returnTo';

describe('safeReturnTo', () => {
  it('returns to a path inside the app, with its search', () => {
    expect(safeReturnTo('/admin?tab=people')).toBe('/admin?tab=people');
  });

  it('goes home without a return path, or when it leads to another site or back to login', () => {
    for (const returnTo of [
      undefined,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/login',
    ]) {
      expect(safeReturnTo(returnTo)).toBe('/');
    }
  });
});
