import type { TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { RecordIntakeInput } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { decide, loadTrajectory, todayOf, transitionContext } from './access.js';
import { planCosts } from './domain/costs.js';
import { yearOf } from './domain/days.js';
import { findCatalogueItem } from './domain/route.js';
import { umcuTemplates } from './domain/templates/umcu.js';
import { templateInForce } from './domain/templates.js';
import { presentDetail } from './present.js';
import { startPortfolio } from './start-portfolio.js';
import { trajectoriesError } from './trajectories.errors.js';
import { findCatalogues, replaceSchooling, updateTrajectoryRow } from './trajectories.repository.js';

/**
 * The adviser records the intake (R-UMCU-ROUTE-1): qualification, route (validated against R-UMCU-ROUTE-3
 * and the catalogue of the intake's year), planned schooling, payer, expected assessment week and notes.
 * The costs are calculated and kept with the trajectory (R-UMCU-COST-1); when the division pays, its line
 * manager decides next. Also revises a plan awaiting or refused approval (the decision starts again). The
 * portfolio starts after the template in force today: empty, or from the teacher's UvO portfolio (R-UMCU-UVO-4).
 */
export async function recordIntake(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
  input: RecordIntakeInput,
): Promise<TrajectoryDetail> {
  const { plan, carryOverFrom } = RecordIntakeInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadTrajectory(tx, actor, trajectoryId, { forUpdate: true });
    const now = ctx.now();
    const today = todayOf(now);
    const [catalogue] = await findCatalogues(tx, loaded.row.institutionId, yearOf(today));
    const state = decide(
      actor,
      loaded,
      { type: 'record-intake', plan },
      await transitionContext(tx, loaded.row, today, { catalogue: catalogue ?? null }),
    );
    // the machine refused a missing catalogue already
    if (!catalogue) throw new Error('record-intake allowed without a catalogue');
    const template = templateInForce(umcuTemplates, plan.qualification, today);
    if (!template) {
      throw trajectoriesError('TEMPLATE_NOT_IN_FORCE', { qualification: plan.qualification, on: today });
    }
    const costs = planCosts(plan, catalogue, today);
    await replaceSchooling(
      tx,
      trajectoryId,
      plan.schooling.map((entry) => {
        if (entry.source === 'elsewhere') {
          return {
            kind: 'elsewhere',
            catalogueItemId: null,
            titleNl: entry.title,
            titleEn: entry.title,
            provider: entry.provider,
            priceCents: entry.priceCents,
            completedOn: entry.completedOn,
          };
        }
        const item = findCatalogueItem(catalogue, entry.itemId);
        if (!item) throw new Error(`validated plan names unknown item ${entry.itemId}`);
        return {
          kind: item.kind,
          catalogueItemId: item.id,
          titleNl: item.title.nl,
          titleEn: item.title.en,
          provider: null,
          priceCents: item.priceCents,
          completedOn: entry.completedOn,
        };
      }),
    );
    await startPortfolio(tx, { row: loaded.row, template, carryOverFrom, by: actor.personId, now });
    const row = await updateTrajectoryRow(tx, trajectoryId, {
      state,
      adviserId: actor.personId,
      qualification: plan.qualification,
      intakeOn: today,
      route: plan.route,
      payer: plan.payer,
      expectedAssessmentWeek: plan.expectedAssessmentWeek,
      notes: plan.notes,
      costs,
      costDecision: null,
      costDecisionReason: null,
      costDecidedBy: null,
      costDecidedAt: null,
      updatedAt: now,
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'trajectory.record-intake',
      entityType: 'trajectory',
      entityId: trajectoryId,
      before: { state: loaded.row.state, qualification: loaded.row.qualification, costs: loaded.row.costs },
      after: { state, plan, costs, template: template.validFrom, carryOverFrom },
    });
    return presentDetail(tx, actor, {
      ...loaded,
      row,
      parties: { ...loaded.parties, adviserId: actor.personId },
    });
  });
}
