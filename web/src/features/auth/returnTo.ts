import { z } from 'zod';

/** Search parameters of the login page. */
export const LoginSearch = z.object({ returnTo: z.string().optional() });

/** Where to go after login: only a path inside this app, never another site (`//evil.example`) or login itself. */
export function safeReturnTo(returnTo: string | undefined): string {
  const insideApp = returnTo?.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith('/\\');
  if (!returnTo || !insideApp || returnTo === '/login' || returnTo.startsWith('/login?')) return '/';
  return returnTo;
}
