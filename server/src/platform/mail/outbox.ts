import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/database.js';
import type { AfterFailure } from './delivery.js';
import { mailOutbox } from './mail.tables.js';

export type OutboxMail = typeof mailOutbox.$inferSelect;

/** How long a claimed mail is left to its sender before another may try it (the sender crashed). */
const CLAIM_MS = 10 * 60_000;

export interface MailInput {
  notificationId: string | null;
  toAddress: string;
  subject: string;
  body: string;
}

/** Queues mail inside the caller's transaction, due at once. */
export async function enqueueMail(tx: Executor, mails: MailInput[], now: Date): Promise<void> {
  if (mails.length === 0) return;
  await tx.insert(mailOutbox).values(mails.map((m) => ({ ...m, nextAttemptAt: now, createdAt: now })));
}

/**
 * Takes up to `limit` due mails for sending, counting the attempt and moving their next moment past the claim,
 * in one statement; SKIP LOCKED lets several app instances share the outbox without sending a mail twice.
 */
export async function claimDueMail(db: Db, now: Date, limit: number): Promise<OutboxMail[]> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) })
    .where(inArray(mailOutbox.id, due))
    .returning();
}

export async function markMailSent(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: 'sent', sentAt: now, lastError: null })
    .where(eq(mailOutbox.id, id));
}

export async function markMailFailed(
  db: Db,
  id: string,
  outcome: AfterFailure,
  error: string,
): Promise<void> {
  await db
    .update(mailOutbox)
    .set(
      outcome.status === 'pending'
        ? { nextAttemptAt: outcome.nextAttemptAt, lastError: error }
        : { status: 'failed', lastError: error },
    )
    .where(eq(mailOutbox.id, id));
}
