import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Language } from '../../../../contracts/common.js';
import type { Notification, NotificationList } from '../../../../contracts/notifications.js';
import { findMailRecipients } from '../../modules/identity/index.js';
import { writeAudit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/database.js';
import type { Actor } from '../http/auth.js';
import { defineErrors, errorFactory } from '../http/errors.js';
import type { Messages } from '../i18n/language.js';
import { composeNotificationMail } from '../mail/compose.js';
import { enqueueMail } from '../mail/outbox.js';
import { notifications } from './notifications.tables.js';

// Telling a person something that concerns them. A module calls `notify` inside the transaction of the
// change, so the message exists exactly when the change does; the person reads it in the app, and gets it
// by mail through the outbox (platform/mail), queued in the same transaction.

/** Newest first; older messages stay readable, so the list is capped rather than paged. */
const LIST_LIMIT = 100;

export const notificationErrors = defineErrors({
  NOTIFICATION_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Bericht niet gevonden.', en: 'Message not found.' },
  },
});
const notificationError = errorFactory(notificationErrors);

export interface NotificationInput {
  personId: string;
  kind: string;
  entityType: string;
  entityId: string;
  message: Messages;
}

export async function notify(tx: Executor, entries: NotificationInput[], now: Date): Promise<void> {
  if (entries.length === 0) return;
  const rows = await tx
    .insert(notifications)
    .values(entries.map((e) => ({ ...e, createdAt: now })))
    .returning();
  const recipients = await findMailRecipients(tx, [...new Set(rows.map((r) => r.personId))]);
  const mails = rows.flatMap((row) => {
    const person = recipients.get(row.personId);
    if (!person) return [];
    const mail = composeNotificationMail({
      message: row.message[person.language],
      language: person.language,
      recipientName: person.displayName,
    });
    return [{ notificationId: row.id, toAddress: person.email, ...mail }];
  });
  await enqueueMail(tx, mails, now);
}

type Row = typeof notifications.$inferSelect;

function present(row: Row, language: Language): Notification {
  return {
    id: row.id,
    kind: row.kind,
    entityType: row.entityType,
    entityId: row.entityId,
    message: row.message[language],
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** My messages: only my own, by construction. */
export async function listMyNotifications(
  ctx: AppContext,
  actor: Actor,
  opts: { unreadOnly: boolean; language: Language },
): Promise<NotificationList> {
  const mine = eq(notifications.personId, actor.personId);
  const unread = and(mine, isNull(notifications.readAt));
  const [rows, [counted]] = await Promise.all([
    ctx.db
      .select()
      .from(notifications)
      .where(opts.unreadOnly ? unread : mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(LIST_LIMIT),
    ctx.db.select({ n: count() }).from(notifications).where(unread),
  ]);
  return { items: rows.map((r) => present(r, opts.language)), unread: counted?.n ?? 0 };
}

/** Marks one of my messages read (again: a no-op); someone else's is a 404, as if it did not exist. */
export async function markNotificationRead(
  ctx: AppContext,
  actor: Actor,
  opts: { id: string; language: Language },
): Promise<Notification> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(notifications)
      .where(and(eq(notifications.id, opts.id), eq(notifications.personId, actor.personId)));
    if (!row) throw notificationError('NOTIFICATION_NOT_FOUND');
    if (row.readAt) return present(row, opts.language);
    const [after] = await tx
      .update(notifications)
      .set({ readAt: ctx.now() })
      .where(eq(notifications.id, row.id))
      .returning();
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'notification.read',
      entityType: 'notification',
      entityId: row.id,
      before: row,
      after,
    });
    return present(after as Row, opts.language);
  });
}
