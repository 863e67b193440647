import { z } from 'zod';

/** Search parameters of the login page; the server adds `error` when single sign-on failed. */
export const LoginSearch = z.object({ returnTo: z.string().optional(), error: z.string().optional() });

/** Single sign-on failures the server reports by code (see identity.errors.ts), each with its own text. */
export const ssoErrors = ['OIDC_DISABLED', 'OIDC_UNAVAILABLE', 'OIDC_FAILED', 'OIDC_UNKNOWN_PERSON'] as const;
export type SsoError = (typeof ssoErrors)[number];

/** The code as a known failure; an unknown code reads as a failed login. */
export const ssoError = (code: string): SsoError =>
  ssoErrors.find((known) => known === code) ?? 'OIDC_FAILED';

/** Where to go after login: only a path inside this app, never another site (`//evil.example`) or login itself. */
export function safeReturnTo(returnTo: string | undefined): string {
  const insideApp = returnTo?.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith('/\\');
  if (!returnTo || !insideApp || returnTo === '/login' || returnTo.startsWith('/login?')) return '/';
  return returnTo;
}
