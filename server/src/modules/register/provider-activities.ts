import type {
  ProviderActivity,
  ProviderActivityList,
  PublishProviderActivity,
} from '../../../../contracts/register-providers.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution, listInstitutions } from '../identity/index.js';
import { fromTenths, toTenths } from './domain/tenths.js';
import { providersError } from './providers.errors.js';
import { canManageProviderActivities } from './providers.policy.js';
import {
  countAttendances,
  findProviderActivity,
  insertProviderActivity,
  listProviderActivities,
  type ProviderActivityRow,
  withdrawProviderActivity,
} from './providers.repository.js';

// A provider publishes validated activities (R-REG-EVID-1): a number unique over all providers and the
// recognised RU. Publishing is one step: the register has validated the activity before the provider enters
// it here, so there is no draft to review. A published activity is not edited (attendees' dossiers hold
// what was published); one entered by mistake is withdrawn, which stops new attendance.

export async function presentProviderActivities(
  db: Executor,
  rows: ProviderActivityRow[],
): Promise<ProviderActivity[]> {
  const [providers, counts] = await Promise.all([
    listInstitutions(db, [...new Set(rows.map((r) => r.institutionId))]),
    countAttendances(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const names = new Map(providers.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    provider: { id: r.institutionId, name: names.get(r.institutionId) ?? '' },
    number: r.number,
    title: r.title,
    description: r.description,
    kind: r.kind,
    content: r.content,
    startDate: r.startDate,
    date: r.date,
    recognisedRU: fromTenths(r.recognisedTenths),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    attendances: counts.get(r.id) ?? 0,
  }));
}

async function presentOne(db: Executor, row: ProviderActivityRow): Promise<ProviderActivity> {
  const [presented] = await presentProviderActivities(db, [row]);
  return presented as ProviderActivity;
}

/** The provider's activity, when the actor keeps the provider's activities; 404 before 403 (random ids). */
export async function loadManagedActivity(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<ProviderActivityRow> {
  const row = await findProviderActivity(db, id);
  if (!row) throw providersError('PROVIDER_ACTIVITY_NOT_FOUND');
  if (!canManageProviderActivities(actor, row.institutionId)) throw platformError('FORBIDDEN');
  return row;
}

async function authorizeProvider(db: Executor, actor: Actor, providerId: string): Promise<void> {
  if (!(await findInstitution(db, providerId))) throw providersError('PROVIDER_NOT_FOUND');
  if (!canManageProviderActivities(actor, providerId)) throw platformError('FORBIDDEN');
}

export async function listActivitiesOfProvider(
  ctx: AppContext,
  actor: Actor,
  providerId: string,
): Promise<ProviderActivityList> {
  await authorizeProvider(ctx.db, actor, providerId);
  return { items: await presentProviderActivities(ctx.db, await listProviderActivities(ctx.db, providerId)) };
}

export async function getProviderActivity(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<ProviderActivity> {
  return presentOne(ctx.db, await loadManagedActivity(ctx.db, actor, id));
}

export async function publishProviderActivity(
  ctx: AppContext,
  actor: Actor,
  opts: PublishProviderActivity & { providerId: string },
): Promise<ProviderActivity> {
  const { providerId, recognisedRU, ...fields } = opts;
  if (fields.startDate && fields.startDate > fields.date) {
    const params = { startDate: fields.startDate, date: fields.date };
    throw providersError('PROVIDER_ACTIVITY_DATES', params, {
      issues: [{ field: 'body.startDate', message: `${fields.startDate} > ${fields.date}` }],
    });
  }
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await authorizeProvider(tx, actor, providerId);
    const row = await insertProviderActivity(tx, {
      institutionId: providerId,
      number: fields.number,
      title: fields.title,
      description: fields.description ?? null,
      kind: fields.kind,
      content: fields.content,
      startDate: fields.startDate ?? null,
      date: fields.date,
      recognisedTenths: toTenths(recognisedRU),
      publishedAt: now,
      createdBy: actor.personId,
      createdAt: now,
      updatedBy: actor.personId,
      updatedAt: now,
    });
    if (!row) {
      throw providersError(
        'PROVIDER_ACTIVITY_NUMBER_TAKEN',
        { number: fields.number },
        { issues: [{ field: 'body.number', message: fields.number }] },
      );
    }
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'provider-activity.publish',
      entityType: 'provider-activity',
      entityId: row.id,
      after: row,
    });
    return presentOne(tx, row);
  });
}

/** Stops new attendance; attendances already registered, and the dossier activities they made, stay. */
export async function withdrawActivity(ctx: AppContext, actor: Actor, id: string): Promise<ProviderActivity> {
  return ctx.db.transaction(async (tx) => {
    const before = await loadManagedActivity(tx, actor, id);
    if (before.withdrawnAt) return presentOne(tx, before);
    const after = await withdrawProviderActivity(tx, id, actor.personId, ctx.now());
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'provider-activity.withdraw',
      entityType: 'provider-activity',
      entityId: id,
      before,
      after,
    });
    return presentOne(tx, after);
  });
}
