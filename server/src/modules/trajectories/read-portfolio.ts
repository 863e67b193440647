import type { PortfolioView } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { loadTrajectory } from './access.js';
import { portfolioOf, presentPortfolio } from './portfolio-access.js';

/** The portfolio with its live checklist, for the teacher and their adviser. */
export async function getPortfolio(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
): Promise<PortfolioView> {
  const loaded = await loadTrajectory(ctx.db, actor, trajectoryId);
  return presentPortfolio(ctx.db, loaded, await portfolioOf(ctx.db, loaded));
}
