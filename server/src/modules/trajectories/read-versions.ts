import type { PortfolioContent } from '../../../../contracts/trajectories.js';
import type { VersionComparison, VersionDetail } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { loadTrajectory } from './access.js';
import { compareVersions } from './domain/compare.js';
import { portfolioOf, templateOf } from './portfolio-access.js';
import { trajectoriesError } from './trajectories.errors.js';
import { findVersion, versionsOf } from './trajectories.repository.js';
import { presentVersion } from './versions.js';

/** The versions handed in, oldest first, for the teacher and their adviser. */
export async function listVersions(ctx: AppContext, actor: Actor, trajectoryId: string) {
  const loaded = await loadTrajectory(ctx.db, actor, trajectoryId);
  await portfolioOf(ctx.db, loaded);
  return (await versionsOf(ctx.db, trajectoryId)).map((v) => ({
    number: v.number,
    kind: v.kind,
    handedInAt: v.handedInAt.toISOString(),
    verdict: v.verdict,
  }));
}

/** One version as handed in, with its checklist then and the feedback on it. */
export async function getVersion(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; number: number },
): Promise<VersionDetail> {
  const loaded = await loadTrajectory(ctx.db, actor, opts.trajectoryId);
  await portfolioOf(ctx.db, loaded);
  const found = await findVersion(ctx.db, opts.trajectoryId, opts.number);
  if (!found) throw trajectoriesError('VERSION_NOT_FOUND', { number: opts.number });
  return presentVersion(ctx.db, found.version, found.feedback);
}

/** Two versions side by side: per section and for CV and evidence, what changed. */
export async function compare(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; from: number; to: number },
): Promise<VersionComparison> {
  const loaded = await loadTrajectory(ctx.db, actor, opts.trajectoryId);
  const portfolio = await portfolioOf(ctx.db, loaded);
  const load = async (number: number) => {
    const found = await findVersion(ctx.db, opts.trajectoryId, number);
    if (!found) throw trajectoriesError('VERSION_NOT_FOUND', { number });
    return { number, content: found.version.snapshot as PortfolioContent };
  };
  const template = await templateOf(ctx.db, loaded.row.institutionId, portfolio);
  return compareVersions(
    await load(opts.from),
    await load(opts.to),
    template.sections.map((s) => s.id),
  );
}
