import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { notifications } from '../notifications/notifications.tables.js';

export const mailStatuses = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

/**
 * Mail waiting to be sent, written in the transaction of what it tells about (a notification), so no mail
 * goes out for a change that rolled back and none is lost for one that committed. Subject and body are
 * composed when written, in the recipient's language, to the address they had then. A sender delivers when
 * SMTP is configured; without it the mail stays pending here.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id').references(() => notifications.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: mailStatuses }).notNull().default('pending'),
    /** delivery attempts so far */
    attempts: integer('attempts').notNull().default(0),
    /** not before this moment; a claimed mail moves it on, so a crashed sender's claim lapses */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt)],
);
