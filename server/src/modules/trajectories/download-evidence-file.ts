import type { AppContext } from '../../platform/context.js';
import { readStoredFile } from '../../platform/files/files.js';
import type { Actor } from '../../platform/http/auth.js';
import { loadTrajectory } from './access.js';
import { portfolioOf } from './portfolio-access.js';
import { trajectoriesError } from './trajectories.errors.js';
import { filesOfEvidence, findEvidenceItem } from './trajectories.repository.js';

/** A file of an evidence item, for the teacher and their adviser. */
export async function downloadEvidenceFile(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; evidenceId: string; fileId: string },
): Promise<{ content: Buffer; fileName: string; mediaType: string }> {
  const loaded = await loadTrajectory(ctx.db, actor, opts.trajectoryId);
  await portfolioOf(ctx.db, loaded);
  const item = await findEvidenceItem(ctx.db, opts.trajectoryId, opts.evidenceId);
  const linked = item ? await filesOfEvidence(ctx.db, item.id) : [];
  const file = linked.includes(opts.fileId) ? await readStoredFile(ctx.db, opts.fileId) : undefined;
  if (!file) throw trajectoriesError('EVIDENCE_NOT_FOUND');
  return { content: file.content, fileName: file.fileName, mediaType: file.mediaType };
}
