import type { AppContext } from '../../platform/context.js';
import { deleteExpiredSessions, deleteLoginAttemptsBefore } from './identity.repository.js';

// Login attempts only matter for throttling; a day is plenty to look back on.
const ATTEMPT_RETENTION_MS = 24 * 3_600_000;

/** Removes expired sessions and old login attempts; run now and then. */
export async function purgeExpired(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  await deleteExpiredSessions(ctx.db, now);
  await deleteLoginAttemptsBefore(ctx.db, new Date(now.getTime() - ATTEMPT_RETENTION_MS));
}
