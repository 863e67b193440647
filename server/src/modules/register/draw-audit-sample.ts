import { randomBytes } from 'node:crypto';
import type {
  AuditDraw,
  AuditDrawList,
  AuditDrawRepeat,
  DrawAuditSample,
} from '../../../../contracts/register-audit.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import {
  findInstitution,
  findPeopleNames,
  findUnit,
  type InstitutionRow,
  listRoleHolders,
  listUnits,
  type UnitRow,
} from '../identity/index.js';
import { auditError } from './audit.errors.js';
import { canDrawSample, canViewDraw, type DrawScope } from './audit.policy.js';
import {
  type DrawRow,
  findDraw,
  findPeriodEnds,
  insertDraw,
  insertReviews,
  listDraws,
  listReviewsOfDraw,
} from './audit.repository.js';
import {
  drawSample,
  SAMPLE_ALGORITHM,
  type SampleCandidate,
  type SampleSize,
  type SampleWindow,
  sampleKey,
} from './domain/sample.js';

// A coordinator draws a random sample of the teachers whose four-year period ends in a window
// (R-REG-AUDIT-1). The seed is made here, 128 random bits, and recorded with the draw; the draw itself is
// the pure, repeatable `drawSample` (SHA-256 of seed and person id as sort key). The audit row of a draw
// keeps the whole population it was drawn from, so it can be checked later even after people came or went.

/** The teachers of the institution in the scope whose period ends in the window. */
async function candidatesIn(
  db: Executor,
  scope: DrawScope,
  window: SampleWindow,
): Promise<SampleCandidate[]> {
  const teachers = await listRoleHolders(db, { institutionId: scope.institutionId, role: 'teacher' });
  const inScope = teachers.filter(
    (t) => scope.unitPath === null || Boolean(t.unitPath?.startsWith(scope.unitPath)),
  );
  return findPeriodEnds(db, [...new Set(inScope.map((t) => t.personId))], window);
}

function sizeOf(draw: Pick<DrawRow, 'samplePercentage' | 'sampleCount'>): SampleSize {
  return draw.samplePercentage !== null
    ? { percentage: draw.samplePercentage }
    : { count: draw.sampleCount ?? 0 };
}

async function loadInstitution(db: Executor, institutionId: string): Promise<InstitutionRow> {
  const institution = await findInstitution(db, institutionId);
  if (!institution) throw auditError('AUDIT_INSTITUTION_NOT_FOUND');
  return institution;
}

/** The draw and what its policies decide on; 404 before 403, as ids are random. */
export async function loadDraw(db: Executor, actor: Actor, drawId: string) {
  const draw = await findDraw(db, drawId);
  if (!draw) throw auditError('AUDIT_DRAW_NOT_FOUND');
  const unit = draw.unitId ? await findUnit(db, draw.unitId) : null;
  const scope: DrawScope = { institutionId: draw.institutionId, unitPath: unit?.path ?? null };
  if (!canViewDraw(actor, scope)) throw platformError('FORBIDDEN');
  return { draw, unit, scope };
}

function presentDrawHead(
  draw: DrawRow,
  institution: InstitutionRow | null,
  unit: UnitRow | null,
  names: Map<string, { displayName: string }>,
): Omit<AuditDraw, 'reviews'> {
  return {
    id: draw.id,
    institution: { id: draw.institutionId, name: institution?.name ?? '' },
    unit: unit ? { id: unit.id, name: unit.name } : null,
    periodEndFrom: draw.periodEndFrom,
    periodEndTo: draw.periodEndTo,
    percentage: draw.samplePercentage,
    count: draw.sampleCount,
    seed: draw.seed,
    algorithm: SAMPLE_ALGORITHM,
    populationSize: draw.populationSize,
    drawnBy: { id: draw.drawnBy, displayName: names.get(draw.drawnBy)?.displayName ?? '' },
    drawnAt: draw.drawnAt.toISOString(),
  };
}

async function presentDraw(db: Executor, draw: DrawRow, unit: UnitRow | null): Promise<AuditDraw> {
  const reviews = await listReviewsOfDraw(db, draw.id);
  const [institution, names] = await Promise.all([
    findInstitution(db, draw.institutionId),
    findPeopleNames(db, [draw.drawnBy, ...reviews.map((r) => r.personId)]),
  ]);
  return {
    ...presentDrawHead(draw, institution, unit, names),
    reviews: reviews.map((r) => ({
      reviewId: r.id,
      position: r.position,
      person: { id: r.personId, displayName: names.get(r.personId)?.displayName ?? '' },
      periodEnd: r.periodEnd,
      key: sampleKey(draw.seed, r.personId),
      status: r.status,
      outcome: r.outcome,
    })),
  };
}

export async function drawAuditSample(
  ctx: AppContext,
  actor: Actor,
  opts: DrawAuditSample & { institutionId: string },
): Promise<AuditDraw> {
  if ((opts.percentage === undefined) === (opts.count === undefined)) {
    throw auditError('AUDIT_SIZE', undefined, {
      issues: [{ field: 'body.percentage', message: 'percentage | count' }],
    });
  }
  const window = { from: opts.periodEndFrom, to: opts.periodEndTo };
  if (window.from > window.to) {
    throw auditError('AUDIT_WINDOW', window, {
      issues: [{ field: 'body.periodEndFrom', message: `${window.from} > ${window.to}` }],
    });
  }
  const size: SampleSize =
    opts.percentage !== undefined ? { percentage: opts.percentage } : { count: opts.count ?? 0 };
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await loadInstitution(tx, opts.institutionId);
    const unit = opts.unitId ? await findUnit(tx, opts.unitId) : null;
    if (opts.unitId && unit?.institutionId !== opts.institutionId) {
      throw auditError('AUDIT_UNIT_NOT_FOUND', { unitId: opts.unitId });
    }
    const scope: DrawScope = { institutionId: opts.institutionId, unitPath: unit?.path ?? null };
    if (!canDrawSample(actor, scope)) throw platformError('FORBIDDEN');

    const candidates = await candidatesIn(tx, scope, window);
    if (candidates.length === 0) throw auditError('AUDIT_NOBODY_IN_WINDOW', window);
    const sample = drawSample({ candidates, window, size, seed: randomBytes(16).toString('hex') });
    const draw = await insertDraw(tx, {
      institutionId: opts.institutionId,
      unitId: unit?.id ?? null,
      periodEndFrom: window.from,
      periodEndTo: window.to,
      samplePercentage: opts.percentage ?? null,
      sampleCount: opts.count ?? null,
      seed: sample.seed,
      populationSize: sample.population.length,
      drawnBy: actor.personId,
      drawnAt: now,
    });
    await insertReviews(
      tx,
      sample.drawn.map((d, i) => ({
        drawId: draw.id,
        personId: d.personId,
        position: i + 1,
        periodEnd: d.periodEnd,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'audit-draw.draw',
      entityType: 'audit-draw',
      entityId: draw.id,
      after: { draw, algorithm: sample.algorithm, population: sample.population, drawn: sample.drawn },
    });
    return presentDraw(tx, draw, unit);
  });
}

export async function getAuditDraw(ctx: AppContext, actor: Actor, drawId: string): Promise<AuditDraw> {
  const { draw, unit } = await loadDraw(ctx.db, actor, drawId);
  return presentDraw(ctx.db, draw, unit);
}

/** The draws of an institution the actor may see (as a coordinator or assessor of their part). */
export async function listAuditDraws(
  ctx: AppContext,
  actor: Actor,
  institutionId: string,
): Promise<AuditDrawList> {
  const institution = await loadInstitution(ctx.db, institutionId);
  const involved = actor.roles.some(
    (r) => r.institutionId === institutionId && (r.role === 'coordinator' || r.role === 'assessor'),
  );
  if (!involved) throw platformError('FORBIDDEN');
  const [draws, units] = await Promise.all([
    listDraws(ctx.db, institutionId),
    listUnits(ctx.db, [institutionId]),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const visible = draws.filter((d) => {
    const unit = d.unitId ? (unitById.get(d.unitId) ?? null) : null;
    return canViewDraw(actor, { institutionId, unitPath: unit?.path ?? null });
  });
  const names = await findPeopleNames(
    ctx.db,
    visible.map((d) => d.drawnBy),
  );
  return {
    items: visible.map((d) =>
      presentDrawHead(d, institution, d.unitId ? (unitById.get(d.unitId) ?? null) : null, names),
    ),
  };
}

/**
 * Repeats a draw with its recorded seed and size over the teachers whose period ends in its window now.
 * It gives the recorded draw while that population is the same; the draw's audit row holds the population
 * of the day itself.
 */
export async function repeatAuditDraw(
  ctx: AppContext,
  actor: Actor,
  drawId: string,
): Promise<AuditDrawRepeat> {
  const { draw, scope } = await loadDraw(ctx.db, actor, drawId);
  const window = { from: draw.periodEndFrom, to: draw.periodEndTo };
  const [candidates, recorded] = await Promise.all([
    candidatesIn(ctx.db, scope, window),
    listReviewsOfDraw(ctx.db, draw.id),
  ]);
  const sample = drawSample({ candidates, window, size: sizeOf(draw), seed: draw.seed });
  const names = await findPeopleNames(
    ctx.db,
    sample.drawn.map((d) => d.personId),
  );
  const drawnIds = sample.drawn.map((d) => d.personId);
  return {
    seed: draw.seed,
    algorithm: sample.algorithm,
    populationSize: sample.population.length,
    drawn: sample.drawn.map((d, i) => ({
      position: i + 1,
      person: { id: d.personId, displayName: names.get(d.personId)?.displayName ?? '' },
      periodEnd: d.periodEnd,
      key: d.key,
    })),
    sameAsRecorded:
      drawnIds.length === recorded.length && recorded.every((r, i) => r.personId === drawnIds[i]),
  };
}
