// When to try a mail again. Pure, so the schedule is tested without a clock or a server.

/** After this many attempts a mail is given up on (about 5½ hours after the first). */
export const MAX_ATTEMPTS = 6;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;

export type AfterFailure = { status: 'failed' } | { status: 'pending'; nextAttemptAt: Date };

/**
 * After failed attempt number `attempts` (1-based): wait 1, 4, 16, 64, 256 minutes, then give up. A
 * permanent refusal (an SMTP 5xx reply, such as an unknown mailbox) is given up on at once: retrying cannot help.
 */
export function afterFailure(attempts: number, permanent: boolean, now: Date): AfterFailure {
  if (permanent || attempts >= MAX_ATTEMPTS) return { status: 'failed' };
  const delay = Math.min(FIRST_RETRY_MS * 4 ** (attempts - 1), MAX_RETRY_MS);
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + delay) };
}

/** SMTP reply codes 500–599 say the server will not accept this mail, now or later. */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
