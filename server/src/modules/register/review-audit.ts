import type { Language } from '../../../../contracts/common.js';
import type { AuditReviewStatus } from '../../../../contracts/register.js';
import type {
  AuditedActivity,
  AuditReview,
  AuditReviewList,
  CloseAudit,
  DecideActivity,
  RespondToAudit,
} from '../../../../contracts/register-audit.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { notify } from '../../platform/notifications/notifications.js';
import { findPeopleNames, findRolesOfPeople, findUnit, listInstitutions } from '../identity/index.js';
import { dayInAmsterdam } from '../qualifications/index.js';
import { auditError } from './audit.errors.js';
import { canAudit, canRespond, canViewReview, type TeacherAtInstitution } from './audit.policy.js';
import {
  type ActivityRow,
  type DecisionRow,
  type DrawRow,
  findActivitiesOfReview,
  findAuditableActivities,
  findDecisions,
  findDraw,
  findDraws,
  findEvidenceOf,
  findReview,
  listReviewsAt,
  listReviewsOfPerson,
  lockActivities,
  type ReviewRow,
  saveDecision,
  updateReview,
} from './audit.repository.js';
import { type AuditAction, auditStep, evidenceChecks, evidenceRules, respondBy } from './domain/audit.js';
import { kindEntry } from './domain/catalogue.js';
import { periodEnding } from './domain/period.js';
import { fromTenths } from './domain/tenths.js';

// The audit of one sampled teacher (R-REG-AUDIT-1): an assessor takes the teacher's self-entered activities
// of the period in review (which locks them), decides on each against the evidence rules, and notifies the
// teacher; the teacher responds once; the assessor closes the audit with a decision. The steps and their
// order are the pure state machine in domain/audit.ts; every step is one transaction with its audit row.

const statusLabels: Record<AuditReviewStatus, Record<Language, string>> = {
  drawn: { nl: 'getrokken', en: 'drawn' },
  'in-review': { nl: 'in behandeling', en: 'in review' },
  notified: { nl: 'gemeld aan de docent', en: 'notified to the teacher' },
  responded: { nl: 'beantwoord door de docent', en: 'answered by the teacher' },
  closed: { nl: 'gesloten', en: 'closed' },
};

interface LoadedReview {
  review: ReviewRow;
  draw: DrawRow;
  teacher: TeacherAtInstitution;
}

/** The review, its draw and where the teacher stands at the draw's institution; 404 when absent. */
async function loadReview(db: Executor, reviewId: string): Promise<LoadedReview> {
  const review = await findReview(db, reviewId);
  const draw = review && (await findDraw(db, review.drawId));
  if (!review || !draw) throw auditError('AUDIT_REVIEW_NOT_FOUND');
  const roles = (await findRolesOfPeople(db, [review.personId])).get(review.personId) ?? [];
  const teacher = {
    personId: review.personId,
    institutionId: draw.institutionId,
    unitPaths: roles.filter((r) => r.institutionId === draw.institutionId).map((r) => r.unitPath),
  };
  return { review, draw, teacher };
}

async function drawScopeOf(db: Executor, draw: DrawRow) {
  const unit = draw.unitId ? await findUnit(db, draw.unitId) : null;
  return { institutionId: draw.institutionId, unitPath: unit?.path ?? null };
}

/** A step of the state machine on `today`, or the error that says why not, in the caller's language later. */
function step(loaded: LoadedReview, action: AuditAction, today: string, undecided = 0): AuditReviewStatus {
  const { review } = loaded;
  const notifiedOn = review.notifiedAt ? dayInAmsterdam(review.notifiedAt) : null;
  const result = auditStep({ status: review.status, notifiedOn, undecided }, action, today);
  if (result.ok) return result.status;
  const until = notifiedOn ? respondBy(notifiedOn) : '';
  switch (result.refusal) {
    case 'undecided-activities':
      throw auditError('AUDIT_UNDECIDED_ACTIVITIES', { count: undecided });
    case 'response-window-closed':
      throw auditError('AUDIT_RESPONSE_WINDOW_CLOSED', { respondBy: until });
    case 'response-window-open':
      throw auditError('AUDIT_RESPONSE_WINDOW_OPEN', { respondBy: until });
    default:
      throw wrongState(review.status);
  }
}

function wrongState(status: AuditReviewStatus) {
  return auditError('AUDIT_WRONG_STATE', {
    statusNl: statusLabels[status].nl,
    statusEn: statusLabels[status].en,
  });
}

/** Moves the review on, or 409 when a concurrent request moved it first. */
async function moveReview(
  tx: Executor,
  review: ReviewRow,
  values: Parameters<typeof updateReview>[3],
): Promise<ReviewRow> {
  const after = await updateReview(tx, review.id, review.status, values);
  if (!after) throw wrongState(review.status);
  return after;
}

/** What the audit reviews of the teacher: the activities it took, or before the start those it would take. */
async function activitiesOf(db: Executor, review: ReviewRow): Promise<ActivityRow[]> {
  if (review.status !== 'drawn') return findActivitiesOfReview(db, review.id);
  return findAuditableActivities(db, review.personId, periodEnding(review.periodEnd));
}

function presentActivities(
  personId: string,
  rows: ActivityRow[],
  evidence: Awaited<ReturnType<typeof findEvidenceOf>>,
  decisions: DecisionRow[],
  names: Map<string, { displayName: string }>,
  language: Language,
): AuditedActivity[] {
  return rows.map((a) => {
    const files = evidence.filter((e) => e.activityId === a.id);
    const decision = decisions.find((d) => d.activityId === a.id);
    const checks = evidenceChecks({ ...a, evidenceFiles: files.length });
    const rule = decision?.rule as keyof typeof evidenceRules | null | undefined;
    return {
      id: a.id,
      kind: a.kind,
      kindLabel: kindEntry(a.kind).label[language],
      title: a.title,
      otherDescription: a.otherDescription,
      startDate: a.startDate,
      date: a.date,
      hours: fromTenths(a.hoursTenths),
      content: a.content,
      level: a.level,
      delivery: a.delivery,
      testPassed: a.testPassed,
      relevance: a.relevance,
      description: a.description,
      application: a.application,
      evidence: files.map((f) => ({
        id: f.id,
        fileName: f.fileName,
        mediaType: f.mediaType,
        size: f.size,
        // the dossier's own download, which coordinators and assessors may read
        url: `/api/v1/people/${personId}/register/activities/${a.id}/evidence/${f.id}`,
      })),
      checks: checks.map((c) => ({
        rule: c.rule,
        text: evidenceRules[c.rule][language],
        missing: c.missing,
      })),
      decision: decision
        ? {
            decision: decision.decision,
            reason: decision.reason,
            rule: rule ?? null,
            ruleText: rule ? evidenceRules[rule][language] : null,
            decidedBy: {
              id: decision.decidedBy,
              displayName: names.get(decision.decidedBy)?.displayName ?? '',
            },
            decidedAt: decision.decidedAt.toISOString(),
          }
        : null,
    };
  });
}

/** Reviews with their people and institutions, with or without their activities. */
async function presentReviews(
  db: Executor,
  reviews: ReviewRow[],
  language: Language,
  withActivities: boolean,
): Promise<AuditReview[]> {
  const draws = new Map(
    (await findDraws(db, [...new Set(reviews.map((r) => r.drawId))])).map((d) => [d.id, d]),
  );
  const perReview = await Promise.all(
    reviews.map(async (review) => {
      if (!withActivities) return { rows: [], evidence: [], decisions: [] };
      const rows = await activitiesOf(db, review);
      const [evidence, decisions] = await Promise.all([
        findEvidenceOf(
          db,
          rows.map((a) => a.id),
        ),
        findDecisions(db, review.id),
      ]);
      return { rows, evidence, decisions };
    }),
  );
  const people = reviews.flatMap((r) =>
    [r.personId, r.auditorId, r.closedBy].filter((p): p is string => !!p),
  );
  const deciders = perReview.flatMap((p) => p.decisions.map((d) => d.decidedBy));
  const [names, institutions] = await Promise.all([
    findPeopleNames(db, [...people, ...deciders]),
    listInstitutions(db, [...new Set([...draws.values()].map((d) => d.institutionId))]),
  ]);
  const institutionNames = new Map(institutions.map((i) => [i.id, i.name]));
  const ref = (id: string | null) => (id ? { id, displayName: names.get(id)?.displayName ?? '' } : null);
  return reviews.map((review, i) => {
    const draw = draws.get(review.drawId) as DrawRow;
    const { rows, evidence, decisions } = perReview[i] as (typeof perReview)[number];
    const notifiedOn = review.notifiedAt ? dayInAmsterdam(review.notifiedAt) : null;
    return {
      id: review.id,
      drawId: review.drawId,
      institution: { id: draw.institutionId, name: institutionNames.get(draw.institutionId) ?? '' },
      position: review.position,
      teacher: ref(review.personId) as { id: string; displayName: string },
      period: periodEnding(review.periodEnd),
      status: review.status,
      auditor: ref(review.auditorId),
      notifiedAt: review.notifiedAt?.toISOString() ?? null,
      respondBy: notifiedOn ? respondBy(notifiedOn) : null,
      response: review.response,
      respondedAt: review.respondedAt?.toISOString() ?? null,
      outcome: review.outcome,
      outcomeReason: review.outcomeReason,
      closedBy: ref(review.closedBy),
      closedAt: review.closedAt?.toISOString() ?? null,
      activities: presentActivities(review.personId, rows, evidence, decisions, names, language),
    };
  });
}

async function presentOne(db: Executor, review: ReviewRow, language: Language): Promise<AuditReview> {
  const [presented] = await presentReviews(db, [review], language, true);
  return presented as AuditReview;
}

const summary = ({ activities: _activities, ...rest }: AuditReview) => rest;

export async function getAuditReview(
  ctx: AppContext,
  actor: Actor,
  opts: { reviewId: string; language: Language },
): Promise<AuditReview> {
  const loaded = await loadReview(ctx.db, opts.reviewId);
  if (!canViewReview(actor, loaded.teacher, await drawScopeOf(ctx.db, loaded.draw))) {
    throw platformError('FORBIDDEN');
  }
  return presentOne(ctx.db, loaded.review, opts.language);
}

/** The audits the actor may carry out as an assessor, newest draw first. */
export async function listReviewsToAudit(
  ctx: AppContext,
  actor: Actor,
  opts: { status?: AuditReviewStatus; language: Language },
): Promise<AuditReviewList> {
  const institutionIds = [
    ...new Set(
      actor.roles.flatMap((r) => (r.role === 'assessor' && r.institutionId ? [r.institutionId] : [])),
    ),
  ];
  if (institutionIds.length === 0) throw platformError('FORBIDDEN');
  const reviews = (await listReviewsAt(ctx.db, institutionIds)).filter(
    (r) => !opts.status || r.status === opts.status,
  );
  const [roles, draws] = await Promise.all([
    findRolesOfPeople(
      ctx.db,
      reviews.map((r) => r.personId),
    ),
    findDraws(ctx.db, [...new Set(reviews.map((r) => r.drawId))]),
  ]);
  const institutionOf = new Map(draws.map((d) => [d.id, d.institutionId]));
  const mine = reviews.filter((r) => {
    const institutionId = institutionOf.get(r.drawId) as string;
    const unitPaths = (roles.get(r.personId) ?? [])
      .filter((role) => role.institutionId === institutionId)
      .map((role) => role.unitPath);
    return canAudit(actor, { personId: r.personId, institutionId, unitPaths });
  });
  return { items: (await presentReviews(ctx.db, mine, opts.language, false)).map(summary) };
}

/** The audits of my own dossier. */
export async function listMyReviews(
  ctx: AppContext,
  actor: Actor,
  language: Language,
): Promise<AuditReviewList> {
  const reviews = await listReviewsOfPerson(ctx.db, actor.personId);
  return { items: (await presentReviews(ctx.db, reviews, language, false)).map(summary) };
}

interface StepOptions {
  reviewId: string;
  language: Language;
}

/** Loads the review for an assessor who may audit it; the teacher themselves never. */
async function loadForAuditor(tx: Executor, actor: Actor, reviewId: string): Promise<LoadedReview> {
  const loaded = await loadReview(tx, reviewId);
  if (!canAudit(actor, loaded.teacher)) throw platformError('FORBIDDEN');
  return loaded;
}

async function audited(
  tx: Executor,
  actor: Actor,
  action: string,
  before: ReviewRow,
  after: ReviewRow,
  extra: Record<string, unknown> = {},
) {
  await writeAudit(tx, {
    actorId: actor.personId,
    action,
    entityType: 'audit-review',
    entityId: after.id,
    before,
    after: { ...after, ...extra },
  });
}

/** Takes the teacher's self-entered activities of the period in review and locks them for good. */
export async function startAuditReview(
  ctx: AppContext,
  actor: Actor,
  opts: StepOptions,
): Promise<AuditReview> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadForAuditor(tx, actor, opts.reviewId);
    const status = step(loaded, 'start-review', dayInAmsterdam(now));
    const activities = await findAuditableActivities(
      tx,
      loaded.review.personId,
      periodEnding(loaded.review.periodEnd),
    );
    const ids = await lockActivities(
      tx,
      activities.map((a) => a.id),
      loaded.review.id,
      now,
    );
    const after = await moveReview(tx, loaded.review, {
      status,
      auditorId: actor.personId,
      updatedAt: now,
    });
    await audited(tx, actor, 'audit-review.start', loaded.review, after, { lockedActivityIds: ids });
    return presentOne(tx, after, opts.language);
  });
}

/** Accepts or rejects one activity of the review; a rejection names its reason and the rule it rests on. */
export async function decideOnActivity(
  ctx: AppContext,
  actor: Actor,
  opts: StepOptions & DecideActivity & { activityId: string },
): Promise<AuditReview> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadForAuditor(tx, actor, opts.reviewId);
    step(loaded, 'decide', dayInAmsterdam(now));
    const activity = (await findActivitiesOfReview(tx, loaded.review.id)).find(
      (a) => a.id === opts.activityId,
    );
    if (!activity) throw auditError('AUDIT_ACTIVITY_NOT_IN_REVIEW');
    if (opts.decision === 'rejected' && (!opts.reason || !opts.rule)) {
      const fields = [!opts.reason && 'body.reason', !opts.rule && 'body.rule'].filter(
        (f): f is string => !!f,
      );
      throw auditError(
        'AUDIT_REJECTION_INCOMPLETE',
        { fields: fields.join(', ') },
        { issues: fields.map((field) => ({ field, message: field })) },
      );
    }
    const evidence = await findEvidenceOf(tx, [activity.id]);
    const applicable = evidenceChecks({ ...activity, evidenceFiles: evidence.length }).map((c) => c.rule);
    if (opts.rule && !applicable.includes(opts.rule)) {
      throw auditError(
        'AUDIT_RULE_NOT_APPLICABLE',
        { rule: opts.rule, rules: applicable.join(', ') },
        { issues: [{ field: 'body.rule', message: opts.rule }] },
      );
    }
    const before =
      (await findDecisions(tx, loaded.review.id)).find((d) => d.activityId === activity.id) ?? null;
    const decision = await saveDecision(tx, {
      reviewId: loaded.review.id,
      activityId: activity.id,
      decision: opts.decision,
      reason: opts.reason ?? null,
      rule: opts.rule ?? null,
      decidedBy: actor.personId,
      decidedAt: now,
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'audit-decision.decide',
      entityType: 'audit-decision',
      entityId: decision.id,
      before,
      after: decision,
    });
    return presentOne(tx, loaded.review, opts.language);
  });
}

/**
 * Tells the teacher the decisions, by a notification: from now on they stand, and the teacher has
 * RESPONSE_DAYS to respond.
 */
export async function notifyTeacher(ctx: AppContext, actor: Actor, opts: StepOptions): Promise<AuditReview> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadForAuditor(tx, actor, opts.reviewId);
    const [activities, decisions] = await Promise.all([
      findActivitiesOfReview(tx, loaded.review.id),
      findDecisions(tx, loaded.review.id),
    ]);
    const status = step(loaded, 'notify', dayInAmsterdam(now), activities.length - decisions.length);
    const after = await moveReview(tx, loaded.review, {
      status,
      notifiedAt: now,
      updatedAt: now,
    });
    const until = respondBy(dayInAmsterdam(now));
    await notify(
      tx,
      [
        {
          personId: after.personId,
          kind: 'register.audit-notified',
          entityType: 'audit-review',
          entityId: after.id,
          message: {
            nl: `De controle van je registerdossier (steekproef) is beoordeeld. Bekijk de besluiten; je kunt één keer reageren, uiterlijk ${until}.`,
            en: `The audit of your register dossier (sample) has been reviewed. See the decisions; you may respond once, by ${until}.`,
          },
        },
      ],
      now,
    );
    await audited(tx, actor, 'audit-review.notify', loaded.review, after);
    return presentOne(tx, after, opts.language);
  });
}

/** The teacher's one response to the decisions. */
export async function respondToAudit(
  ctx: AppContext,
  actor: Actor,
  opts: StepOptions & RespondToAudit,
): Promise<AuditReview> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadReview(tx, opts.reviewId);
    if (!canRespond(actor, loaded.teacher)) throw platformError('FORBIDDEN');
    const status = step(loaded, 'respond', dayInAmsterdam(now));
    const after = await moveReview(tx, loaded.review, {
      status,
      response: opts.response,
      respondedAt: now,
      updatedAt: now,
    });
    await audited(tx, actor, 'audit-review.respond', loaded.review, after);
    return presentOne(tx, after, opts.language);
  });
}

/** Closes the audit with its decision, after the teacher's response or once they can no longer respond. */
export async function closeAudit(
  ctx: AppContext,
  actor: Actor,
  opts: StepOptions & CloseAudit,
): Promise<AuditReview> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadForAuditor(tx, actor, opts.reviewId);
    const status = step(loaded, 'close', dayInAmsterdam(now));
    const after = await moveReview(tx, loaded.review, {
      status,
      outcome: opts.outcome,
      outcomeReason: opts.reason,
      closedBy: actor.personId,
      closedAt: now,
      updatedAt: now,
    });
    const approved = opts.outcome === 'approved';
    await notify(
      tx,
      [
        {
          personId: after.personId,
          kind: 'register.audit-closed',
          entityType: 'audit-review',
          entityId: after.id,
          message: {
            nl: `De controle van je registerdossier is afgesloten: ${approved ? 'goedgekeurd' : 'niet goedgekeurd'}.`,
            en: `The audit of your register dossier is closed: ${approved ? 'approved' : 'not approved'}.`,
          },
        },
      ],
      now,
    );
    await audited(tx, actor, 'audit-review.close', loaded.review, after);
    return presentOne(tx, after, opts.language);
  });
}
