import { describe, expect, it } from 'vitest';
import { safeReturnTo, ssoError } from './returnTo';

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

describe('ssoError', () => {
  it('keeps a code the login page has a text for, and reads any other as a failed login', () => {
    expect(ssoError('OIDC_UNKNOWN_PERSON')).toBe('OIDC_UNKNOWN_PERSON');
    expect(ssoError('SOMETHING_NEW')).toBe('OIDC_FAILED');
  });
});
