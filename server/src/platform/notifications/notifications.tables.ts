import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Messages to one person about something that concerns them (an audit's decisions, an attendance registered),
 * written by the module inside the transaction of the change, read in the app. The text is stored in Dutch and
 * English, as the module worded it, so a later change of wording does not rewrite what someone was told.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    /** what happened, `module.event`: `register.audit-notified` */
    kind: text('kind').notNull(),
    /** the record it is about, as in the audit log */
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** `{ nl, en }` */
    message: jsonb('message').$type<{ nl: string; en: string }>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_person_idx').on(t.personId, t.createdAt)],
);
