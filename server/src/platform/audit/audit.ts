import type { Executor } from '../db/database.js';
import { auditLog } from './audit.tables.js';

export interface AuditEntry {
  actorId: string | null;
  /** verb.noun, e.g. `person.create` */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Call inside the transaction of the mutation, so the row exists exactly when the change does. */
export async function writeAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
