import { HandInInput, type VersionDetail } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { notify } from '../../platform/notifications/notifications.js';
import { findPeopleNames } from '../identity/index.js';
import { decide, loadTrajectory, todayOf, transitionContext } from './access.js';
import { checkPortfolio } from './domain/checklist.js';
import type { TrajectoryEvent } from './domain/state-machine.js';
import { storeVersionPdfs } from './hand-in-pdfs.js';
import { contentOf, portfolioOf, templateOf } from './portfolio-access.js';
import { trajectoriesError } from './trajectories.errors.js';
import {
  findWeek,
  insertVersion,
  signUpForWeek,
  updateTrajectoryRow,
  versionsOf,
} from './trajectories.repository.js';
import { presentVersion, weekOf } from './versions.js';

/**
 * The teacher hands in the portfolio: an immutable, numbered snapshot of it with its checklist. A draft goes
 * to the adviser for feedback (R-UMCU-FB-1), optionally with the sign-up for an assessment week whose draft
 * deadline it must make (R-UMCU-ASM-3); the final version, after "complete and convincing", with every
 * requirement met and before the week's final deadline, locks the portfolio (R-UMCU-ASM-1, -4). The
 * adviser is told.
 */
export async function handIn(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
  input: HandInInput,
): Promise<VersionDetail> {
  const body = HandInInput.parse(input);
  const handedIn = await ctx.db.transaction(async (tx) => {
    const loaded = await loadTrajectory(tx, actor, trajectoryId, { forUpdate: true });
    const portfolio = await portfolioOf(tx, loaded);
    const template = await templateOf(tx, loaded.row.institutionId, portfolio);
    const content = await contentOf(tx, portfolio);
    const checklist = checkPortfolio(template, content);
    const weekId = body.kind === 'draft' ? body.assessmentWeekId : null;
    const week = weekId ? await findWeek(tx, weekId) : undefined;
    if (weekId && week?.institutionId !== loaded.row.institutionId) {
      throw trajectoriesError('ASSESSMENT_WEEK_NOT_FOUND');
    }
    const now = ctx.now();
    const event: TrajectoryEvent =
      body.kind === 'draft'
        ? { type: 'hand-in-draft', signUpFor: week ? weekOf(week) : null }
        : { type: 'hand-in-final' };
    const context = await transitionContext(tx, loaded.row, todayOf(now), {
      unmetRequirements: checklist.total - checklist.met,
    });
    const state = decide(actor, loaded, event, context);
    const number = (await versionsOf(tx, trajectoryId)).length + 1;
    const version = await insertVersion(tx, {
      trajectoryId,
      number,
      kind: body.kind,
      templateValidFrom: portfolio.templateValidFrom,
      snapshot: content,
      checklist,
      handedInBy: actor.personId,
      handedInAt: now,
    });
    if (week) await signUpForWeek(tx, { trajectoryId, weekId: week.id, signedUpBy: actor.personId, now });
    const row = await updateTrajectoryRow(tx, trajectoryId, { state, updatedAt: now });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: `trajectory.${event.type}`,
      entityType: 'trajectory',
      entityId: trajectoryId,
      before: { state: loaded.row.state },
      after: { state: row.state, version: number, versionId: version.id, assessmentWeekId: week?.id ?? null },
    });
    if (row.adviserId) {
      const teacher = (await findPeopleNames(tx, [row.teacherId])).get(row.teacherId)?.displayName ?? '';
      const what =
        body.kind === 'draft'
          ? { nl: `concept ${number}`, en: `draft ${number}` }
          : { nl: 'de definitieve versie', en: 'the final version' };
      await notify(
        tx,
        [
          {
            personId: row.adviserId,
            kind: `trajectory.${event.type}`,
            entityType: 'trajectory',
            entityId: trajectoryId,
            message: {
              nl: `${teacher} heeft ${what.nl} van het ${row.qualification}-portfolio ingeleverd.`,
              en: `${teacher} handed in ${what.en} of the ${row.qualification} portfolio.`,
            },
          },
        ],
        now,
      );
    }
    return { detail: await presentVersion(tx, version, null), row, version };
  });
  // the PDFs after the commit: building them takes a second or more, and no lock need wait for it; when it
  // fails, the hand-in stands and the first download builds them (versionPdf)
  await storeVersionPdfs(ctx, handedIn.row, handedIn.version).catch((error: unknown) => {
    console.error(`hand-in PDFs of version ${handedIn.version.id} not stored:`, error);
  });
  return handedIn.detail;
}
