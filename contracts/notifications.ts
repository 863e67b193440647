import { z } from 'zod';
import { Uuid } from './common.js';

/** A message to me about something that concerns me, in the language of the request. */
export const Notification = z.object({
  id: Uuid,
  /** what happened, `module.event`: `register.audit-notified` */
  kind: z.string(),
  /** the record it is about: `audit-review` and its id */
  entityType: z.string(),
  entityId: z.string(),
  message: z.string(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({
  items: z.array(Notification),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationList>;

export const NotificationQuery = z.object({
  unread: z.enum(['true', 'false']).optional().describe('true: only those not read yet'),
});

export const NotificationIdParam = z.object({ id: Uuid });
