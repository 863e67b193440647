import type { PortfolioView } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import { type FileRules, officeMediaTypes, storeFile } from '../../platform/files/files.js';
import type { Actor } from '../../platform/http/auth.js';
import { editPortfolio } from './portfolio-access.js';
import { trajectoriesError } from './trajectories.errors.js';
import { filesOfEvidence, findEvidenceItem, linkEvidenceFile } from './trajectories.repository.js';

/**
 * Portfolio evidence: PDF, images and Office files, stored as given (converted to PDF for the hand-in where
 * a converter is available, otherwise listed). Recognised by content, never by name.
 */
export const portfolioEvidenceRules = (maxBytes: number): FileRules => ({
  purpose: 'trajectory-evidence',
  accept: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', ...officeMediaTypes],
  maxBytes,
});

/** As the contract's `Evidence.files`: enough for a set of evaluations, bounded so one item cannot fill it. */
export const MAX_FILES_PER_EVIDENCE = 20;

/** The teacher uploads a file to an evidence item of their portfolio. */
export async function uploadEvidenceFile(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; evidenceId: string; content: Buffer; fileName: string },
): Promise<PortfolioView> {
  const { trajectoryId, evidenceId } = opts;
  return ctx.db.transaction((tx) =>
    editPortfolio(tx, actor, { trajectoryId, revision: undefined, now: ctx.now() }, async () => {
      if (!(await findEvidenceItem(tx, trajectoryId, evidenceId)))
        throw trajectoriesError('EVIDENCE_NOT_FOUND');
      if ((await filesOfEvidence(tx, evidenceId)).length >= MAX_FILES_PER_EVIDENCE) {
        throw trajectoriesError('EVIDENCE_FILE_LIMIT', { max: MAX_FILES_PER_EVIDENCE });
      }
      const file = await storeFile(tx, {
        content: opts.content,
        fileName: opts.fileName,
        rules: portfolioEvidenceRules(ctx.config.uploadMaxBytes),
        uploadedBy: actor.personId,
      });
      await linkEvidenceFile(tx, evidenceId, file.id);
      return {
        action: 'trajectory-evidence.add-file',
        entityType: 'trajectory-evidence',
        entityId: evidenceId,
        after: {
          fileId: file.id,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: file.size,
          sha256: file.sha256,
        },
      };
    }),
  );
}
