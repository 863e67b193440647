import { z } from 'zod';
import { Uuid } from './common.js';

/** A mail in the outbox, as an administrator sees it (the body is left out: it is the person's message). */
export const OutboxMail = z.object({
  id: Uuid,
  toAddress: z.string(),
  subject: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.iso.datetime(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export type OutboxMail = z.infer<typeof OutboxMail>;

export const OutboxMailList = z.object({ items: z.array(OutboxMail) });
export type OutboxMailList = z.infer<typeof OutboxMailList>;

export const OutboxQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed']).optional().describe('only mail in this state'),
});
