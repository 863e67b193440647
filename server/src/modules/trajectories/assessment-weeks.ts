import type { QualificationCode } from '../../../../contracts/qualifications.js';
import { AssessmentWeekInput, type AssessmentWeekRecord } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution } from '../identity/index.js';
import { trajectoriesError } from './trajectories.errors.js';
import { canAdministerTrajectories, canReadCatalogue } from './trajectories.policy.js';
import { findWeek, insertWeek, listWeeks, updateWeek, type WeekRow } from './trajectories.repository.js';

// The assessment weeks of an institution (R-UMCU-ASM-3), a minimal list defined by its coordinators:
// name, dates, and the deadlines for draft and final. Panels and judgement come with the assessment issue.

export function presentWeek(row: WeekRow): AssessmentWeekRecord {
  return {
    id: row.id,
    institutionId: row.institutionId,
    name: row.name,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    draftDeadline: row.draftDeadline,
    finalDeadline: row.finalDeadline,
    qualifications: row.qualifications as QualificationCode[],
  };
}

/** The weeks, earliest first: for whoever reads the catalogue (teachers sign up for them). */
export async function listAssessmentWeeks(
  ctx: AppContext,
  actor: Actor,
  institutionId: string,
): Promise<AssessmentWeekRecord[]> {
  if (!(await findInstitution(ctx.db, institutionId))) throw trajectoriesError('INSTITUTION_NOT_FOUND');
  if (!canReadCatalogue(actor, institutionId)) throw platformError('FORBIDDEN');
  return (await listWeeks(ctx.db, institutionId)).map(presentWeek);
}

/** A coordinator or administrator adds a week. */
export async function addAssessmentWeek(
  ctx: AppContext,
  actor: Actor,
  institutionId: string,
  input: AssessmentWeekInput,
): Promise<AssessmentWeekRecord> {
  const week = AssessmentWeekInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    if (!(await findInstitution(tx, institutionId))) throw trajectoriesError('INSTITUTION_NOT_FOUND');
    if (!canAdministerTrajectories(actor, institutionId)) throw platformError('FORBIDDEN');
    const now = ctx.now();
    const row = await insertWeek(tx, {
      ...week,
      institutionId,
      updatedBy: actor.personId,
      createdAt: now,
      updatedAt: now,
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'assessment-week.add',
      entityType: 'assessment-week',
      entityId: row.id,
      after: presentWeek(row),
    });
    return presentWeek(row);
  });
}

/** A coordinator or administrator changes a week; the deadlines then hold for everyone signed up. */
export async function changeAssessmentWeek(
  ctx: AppContext,
  actor: Actor,
  weekId: string,
  input: AssessmentWeekInput,
): Promise<AssessmentWeekRecord> {
  const week = AssessmentWeekInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const before = await findWeek(tx, weekId);
    if (!before) throw trajectoriesError('ASSESSMENT_WEEK_NOT_FOUND');
    if (!canAdministerTrajectories(actor, before.institutionId)) throw platformError('FORBIDDEN');
    const row = await updateWeek(tx, weekId, { ...week, updatedBy: actor.personId, updatedAt: ctx.now() });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'assessment-week.change',
      entityType: 'assessment-week',
      entityId: row.id,
      before: presentWeek(before),
      after: presentWeek(row),
    });
    return presentWeek(row);
  });
}
