import type { PortfolioView } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import { deleteStoredFiles } from '../../platform/files/files.js';
import type { Actor } from '../../platform/http/auth.js';
import type { PortfolioWorkingCopy } from './domain/templates.js';
import { editPortfolio } from './portfolio-access.js';
import { trajectoriesError } from './trajectories.errors.js';
import {
  deleteEvidenceItem,
  filesOfEvidence,
  filesStillLinked,
  findEvidenceItem,
  schoolingOf,
  snapshotsOf,
} from './trajectories.repository.js';

/**
 * The teacher removes an evidence item: its links from the sections go too. Its files are deleted unless a
 * handed-in version or another item (a carried-over copy) still holds them; a certificate of completed
 * schooling stays.
 */
export async function removeEvidence(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; evidenceId: string },
): Promise<PortfolioView> {
  const { trajectoryId, evidenceId } = opts;
  return ctx.db.transaction((tx) =>
    editPortfolio(
      tx,
      actor,
      { trajectoryId, revision: undefined, now: ctx.now() },
      async (_loaded, portfolio) => {
        const item = await findEvidenceItem(tx, trajectoryId, evidenceId);
        if (!item) throw trajectoriesError('EVIDENCE_NOT_FOUND');
        if ((await schoolingOf(tx, trajectoryId)).some((s) => s.certificateEvidenceId === evidenceId)) {
          throw trajectoriesError('EVIDENCE_IS_CERTIFICATE');
        }
        const fileIds = await filesOfEvidence(tx, evidenceId);
        await deleteEvidenceItem(tx, evidenceId);
        const kept = await filesStillLinked(tx, fileIds);
        const inVersions = JSON.stringify(await snapshotsOf(tx, trajectoryId));
        await deleteStoredFiles(
          tx,
          fileIds.filter((id) => !kept.has(id) && !inVersions.includes(id)),
        );
        const copy = portfolio.content as PortfolioWorkingCopy;
        const sections = Object.fromEntries(
          Object.entries(copy.sections).map(([id, s]) => [
            id,
            { ...s, evidenceIds: s.evidenceIds.filter((e) => e !== evidenceId) },
          ]),
        );
        return {
          copy: { ...copy, sections },
          action: 'trajectory-evidence.remove',
          entityType: 'trajectory-evidence',
          entityId: evidenceId,
          before: { trajectoryId, kind: item.kind, title: item.title, fileIds },
        };
      },
    ),
  );
}
