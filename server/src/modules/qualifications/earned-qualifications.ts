import type {
  EarnedQualification,
  EarnedQualificationList,
  RecordQualification,
} from '../../../../contracts/qualifications.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import {
  findInstitution,
  findPeopleNames,
  findPerson,
  findRolesOfPeople,
  listInstitutions,
} from '../identity/index.js';
import { dayInAmsterdam } from './domain/versions.js';
import { presentEarned } from './present.js';
import { qualificationsError } from './qualifications.errors.js';
import { canManageEarnedQualifications } from './qualifications.policy.js';
import {
  deleteEarnedQualification,
  type EarnedQualificationRow,
  findEarnedQualification,
  insertEarnedQualification,
  listEarnedQualifications,
} from './qualifications.repository.js';

// Earned qualifications belong to the person and hold at every institution (the BKO is recognised by every
// Dutch university and UMC): they are kept on the person, not on an institution.

async function authorize(db: Executor, actor: Actor, personId: string): Promise<void> {
  if (personId === actor.personId) return;
  if (!(await findPerson(db, personId))) throw qualificationsError('PERSON_NOT_FOUND');
  const roles = (await findRolesOfPeople(db, [personId])).get(personId) ?? [];
  if (!canManageEarnedQualifications(actor, { id: personId, roles })) throw platformError('FORBIDDEN');
}

async function present(db: Executor, rows: EarnedQualificationRow[]): Promise<EarnedQualification[]> {
  const institutionIds = [...new Set(rows.flatMap((r) => (r.institutionId ? [r.institutionId] : [])))];
  const [institutions, names] = await Promise.all([
    listInstitutions(db, institutionIds),
    findPeopleNames(
      db,
      rows.map((r) => r.recordedBy),
    ),
  ]);
  const byId = new Map(institutions.map((i) => [i.id, i]));
  return rows.map((r) => presentEarned(r, byId, names));
}

export async function listEarnedQualificationsOf(
  ctx: AppContext,
  actor: Actor,
  personId: string,
): Promise<EarnedQualificationList> {
  await authorize(ctx.db, actor, personId);
  return { items: await present(ctx.db, await listEarnedQualifications(ctx.db, personId)) };
}

export interface RecordQualificationOptions extends RecordQualification {
  personId: string;
}

/** Records a qualification the person earned: by the person, or by an administrator or coordinator of theirs. */
export async function recordQualification(
  ctx: AppContext,
  actor: Actor,
  opts: RecordQualificationOptions,
): Promise<EarnedQualification> {
  const today = dayInAmsterdam(ctx.now());
  return ctx.db.transaction(async (tx) => {
    await authorize(tx, actor, opts.personId);
    if (opts.earnedOn > today) {
      throw qualificationsError(
        'QUALIFICATION_DATE_IN_FUTURE',
        { earnedOn: opts.earnedOn },
        { issues: [{ field: 'body.earnedOn', message: `${opts.earnedOn} > ${today}` }] },
      );
    }
    if (opts.institutionId && !(await findInstitution(tx, opts.institutionId))) {
      throw qualificationsError('INSTITUTION_NOT_FOUND');
    }
    const row = await insertEarnedQualification(tx, {
      personId: opts.personId,
      code: opts.code,
      earnedOn: opts.earnedOn,
      issuer: opts.issuer,
      institutionId: opts.institutionId,
      recordedBy: actor.personId,
      now: ctx.now(),
    });
    if (!row) throw qualificationsError('QUALIFICATION_ALREADY_RECORDED', { code: opts.code });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'earned-qualification.record',
      entityType: 'earned-qualification',
      entityId: row.id,
      after: row,
    });
    const [presented] = await present(tx, [row]);
    return presented as EarnedQualification;
  });
}

export interface RemoveQualificationOptions {
  personId: string;
  qualificationId: string;
}

/** Takes a qualification off the person's record (entered by mistake); the audit row keeps what it was. */
export async function removeQualification(
  ctx: AppContext,
  actor: Actor,
  opts: RemoveQualificationOptions,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await authorize(tx, actor, opts.personId);
    const row = await findEarnedQualification(tx, opts.qualificationId);
    if (!row || row.personId !== opts.personId) throw qualificationsError('EARNED_QUALIFICATION_NOT_FOUND');
    await deleteEarnedQualification(tx, row.id);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'earned-qualification.remove',
      entityType: 'earned-qualification',
      entityId: row.id,
      before: row,
    });
  });
}
