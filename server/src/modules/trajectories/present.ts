import { type PlanCosts, trajectoryEventTypes } from '../../../../contracts/trajectories.js';
import type {
  IntakeOffer,
  IntakeRequest,
  SchoolingRecord,
  TrajectoryDetail,
  TrajectorySummary,
} from '../../../../contracts/trajectories-api.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { findPeopleNames, listInstitutions } from '../identity/index.js';
import type { LoadedTrajectory } from './access.js';
import { eventStates } from './domain/state-machine.js';
import { canTrigger } from './trajectories.policy.js';
import {
  type OfferRow,
  offersOf,
  type SchoolingRow,
  schoolingOf,
  type TrajectoryRow,
} from './trajectories.repository.js';

// Trajectories as the API shows them. What a viewer may not see is never read, let alone sent.

/** Summaries of trajectories, with the names of their people and institutions (two queries for all). */
export async function presentSummaries(
  db: Executor,
  rows: readonly TrajectoryRow[],
): Promise<TrajectorySummary[]> {
  const people = await findPeopleNames(
    db,
    rows.flatMap((r) => (r.adviserId ? [r.teacherId, r.adviserId] : [r.teacherId])),
  );
  const institutions = new Map(
    (await listInstitutions(db, [...new Set(rows.map((r) => r.institutionId))])).map((i) => [i.id, i.name]),
  );
  const person = (id: string) => ({ id, displayName: people.get(id)?.displayName ?? '' });
  return rows.map((row) => ({
    id: row.id,
    institution: { id: row.institutionId, name: institutions.get(row.institutionId) ?? '' },
    teacher: person(row.teacherId),
    adviser: row.adviserId ? person(row.adviserId) : null,
    state: row.state,
    qualification: row.qualification,
    requestedQualification: row.requestedQualification,
    expectedAssessmentWeek: row.expectedAssessmentWeek,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** What the teacher asked when requesting the intake: where from, and their message. */
export function presentRequest(row: TrajectoryRow): IntakeRequest {
  return { from: row.requestedFrom as IntakeRequest['from'], message: row.requestMessage };
}

export function presentOffer(row: OfferRow): IntakeOffer {
  return {
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    minutes: row.minutes,
    location: row.location,
    accepted: row.acceptedAt !== null,
  };
}

export function presentSchooling(row: SchoolingRow): SchoolingRecord {
  return {
    id: row.id,
    kind: row.kind as SchoolingRecord['kind'],
    catalogueItemId: row.catalogueItemId,
    title: { nl: row.titleNl, en: row.titleEn },
    provider: row.provider,
    priceCents: row.priceCents,
    completedOn: row.completedOn,
    certificateEvidenceId: row.certificateEvidenceId,
  };
}

/** A trajectory as the actor may see it (`loaded.view`). */
export async function presentDetail(
  db: Executor,
  actor: Actor,
  loaded: LoadedTrajectory,
): Promise<TrajectoryDetail> {
  const { row, view, parties } = loaded;
  const [summary] = await presentSummaries(db, [row]);
  if (!summary) throw new Error('presenting one trajectory gave none');
  const seesCosts = view === 'content' || view === 'status-and-costs';
  const decidedBy =
    seesCosts && row.costDecidedBy
      ? (await findPeopleNames(db, [row.costDecidedBy])).get(row.costDecidedBy)
      : null;
  const content = view === 'content';
  const offers = content ? await offersOf(db, row.id) : [];
  const schooling = content ? await schoolingOf(db, row.id) : [];
  return {
    ...summary,
    view,
    events: trajectoryEventTypes.filter(
      (e) => eventStates[e].includes(row.state) && canTrigger(actor, e, parties),
    ),
    costs: seesCosts ? ((row.costs as PlanCosts | null) ?? null) : null,
    costDecision:
      seesCosts && row.costDecision && row.costDecidedAt && row.costDecidedBy
        ? {
            decision: row.costDecision,
            reason: row.costDecisionReason,
            decidedBy: { id: row.costDecidedBy, displayName: decidedBy?.displayName ?? '' },
            decidedAt: row.costDecidedAt.toISOString(),
          }
        : null,
    request: content ? presentRequest(row) : null,
    offers: content ? offers.map(presentOffer) : null,
    plan:
      content && row.intakeOn && row.route && row.payer
        ? {
            intakeOn: row.intakeOn,
            route: row.route,
            payer: row.payer,
            notes: row.notes,
            schooling: schooling.map(presentSchooling),
          }
        : null,
    reason: content ? row.reason : null,
  };
}
