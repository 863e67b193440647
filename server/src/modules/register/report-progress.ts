import type { RegisterProgress } from '../../../../contracts/register.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { dayInAmsterdam } from '../qualifications/index.js';
import { endOfSchoolYear, progressOf } from './domain/progress.js';
import { dossierError } from './dossier.errors.js';
import { findSettings, listActivityRows, pointsOf, rejectionsOf } from './dossier.repository.js';
import { authorizeDossierRead } from './dossier-access.js';
import { presentProgress } from './present-dossier.js';

/**
 * A teacher's progress toward the norm over the four-year period ending on `periodEnd` (default: the one in
 * their settings, else 31 July of this school year): the hours engine over every activity of the dossier,
 * those an audit rejected (decisions out) counting 0.
 */
export async function reportProgress(
  ctx: AppContext,
  actor: Actor,
  opts: { personId: string; periodEnd?: string },
): Promise<RegisterProgress> {
  await authorizeDossierRead(ctx.db, actor, opts.personId);
  const settings = await findSettings(ctx.db, opts.personId);
  if (!settings) throw dossierError('REGISTER_SETTINGS_MISSING');
  const periodEnd = opts.periodEnd ?? settings.periodEnd ?? endOfSchoolYear(dayInAmsterdam(ctx.now()));
  const rows = await listActivityRows(ctx.db, opts.personId);
  const points = await pointsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const rejections = await rejectionsOf(ctx.db, opts.personId);
  // Oldest recorded first, so on one day the first recorded gets a shared cap first.
  const dossier = [...rows].reverse().map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    date: r.date,
    hoursTenths: r.hoursTenths,
    content: r.content,
    halfDays: r.halfDays,
    words: r.words,
    group: r.committee,
    points: points.get(r.id) ?? [],
    rejection: rejections.get(r.id) ?? null,
  }));
  return presentProgress(settings, progressOf(settings, periodEnd, dossier));
}
