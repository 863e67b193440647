import { CvInput, type PortfolioView } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import type { PortfolioWorkingCopy } from './domain/templates.js';
import { editPortfolio } from './portfolio-access.js';

/** The teacher writes the teaching CV whole: each task with content, form, target group, period and hours. */
export async function saveCv(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
  input: CvInput,
): Promise<PortfolioView> {
  const { revision, cv } = CvInput.parse(input);
  return ctx.db.transaction((tx) =>
    editPortfolio(tx, actor, { trajectoryId, revision, now: ctx.now() }, async (_loaded, portfolio) => {
      const copy = portfolio.content as PortfolioWorkingCopy;
      return {
        copy: { ...copy, cv },
        action: 'trajectory-portfolio.save-cv',
        entityType: 'trajectory',
        entityId: trajectoryId,
        before: { cv: copy.cv },
        after: { cv },
      };
    }),
  );
}
