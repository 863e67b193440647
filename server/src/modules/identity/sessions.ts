import type { AppContext } from '../../platform/context.js';
import { type Actor, hashToken, newToken } from '../../platform/http/auth.js';
import { deleteSession, extendSession, findSessionActor, insertSession } from './identity.repository.js';

// Touching the session on every request would turn every read into a write; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;

function expiryOf(ctx: AppContext, createdAt: Date, now: Date): Date {
  const idle = now.getTime() + ctx.config.session.idleMinutes * 60_000;
  const absolute = createdAt.getTime() + ctx.config.session.maxHours * 3_600_000;
  return new Date(Math.min(idle, absolute));
}

/** Starts a session; the returned token goes into the cookie, only its hash is stored. */
export async function startSession(ctx: AppContext, personId: string, via: 'password' | 'oidc') {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = expiryOf(ctx, now, now);
  await insertSession(ctx.db, { id: hashToken(token), personId, now, expiresAt, via });
  return { token, maxAgeSeconds: ctx.config.session.maxHours * 3600 };
}

/** The actor of a live session, sliding its idle expiry forward. */
export async function resolveSessionActor(ctx: AppContext, sessionId: string): Promise<Actor | null> {
  const now = ctx.now();
  const found = await findSessionActor(ctx.db, sessionId, now);
  if (!found) return null;
  if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await extendSession(ctx.db, sessionId, now, expiryOf(ctx, found.createdAt, now));
  }
  return found.actor;
}

export async function endSession(ctx: AppContext, sessionId: string) {
  await deleteSession(ctx.db, sessionId);
}
