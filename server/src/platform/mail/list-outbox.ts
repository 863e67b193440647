import { desc, eq } from 'drizzle-orm';
import type { OutboxMailList } from '../../../../contracts/mail.js';
import { isPlatformAdmin } from '../../modules/identity/index.js';
import type { AppContext } from '../context.js';
import type { Actor } from '../http/auth.js';
import { platformError } from '../http/errors.js';
import { type MailStatus, mailOutbox } from './mail.tables.js';

/** Newest first; enough to see whether mail goes out and why not. */
const LIST_LIMIT = 100;

/** The outbox, for a platform administrator only: addresses of everyone are in it. */
export async function listOutbox(
  ctx: AppContext,
  actor: Actor,
  status?: MailStatus,
): Promise<OutboxMailList> {
  if (!isPlatformAdmin(actor)) throw platformError('FORBIDDEN');
  const rows = await ctx.db
    .select()
    .from(mailOutbox)
    .where(status ? eq(mailOutbox.status, status) : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(LIST_LIMIT);
  return {
    items: rows.map((r) => ({
      id: r.id,
      toAddress: r.toAddress,
      subject: r.subject,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.nextAttemptAt.toISOString(),
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
    })),
  };
}
