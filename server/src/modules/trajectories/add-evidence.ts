import { EvidenceInput, type PortfolioView } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { editPortfolio } from './portfolio-access.js';
import { insertEvidenceItem } from './trajectories.repository.js';

/** The teacher adds an evidence item (kind, title, description, date); its files are uploaded next. */
export async function addEvidence(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
  input: EvidenceInput,
): Promise<PortfolioView> {
  const evidence = EvidenceInput.parse(input);
  const now = ctx.now();
  return ctx.db.transaction((tx) =>
    editPortfolio(tx, actor, { trajectoryId, revision: undefined, now }, async () => {
      const row = await insertEvidenceItem(tx, {
        ...evidence,
        trajectoryId,
        createdBy: actor.personId,
        createdAt: now,
      });
      return {
        action: 'trajectory-evidence.add',
        entityType: 'trajectory-evidence',
        entityId: row.id,
        after: { trajectoryId, ...evidence },
      };
    }),
  );
}
