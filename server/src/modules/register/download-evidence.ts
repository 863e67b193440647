import type { AppContext } from '../../platform/context.js';
import { readStoredFile } from '../../platform/files/files.js';
import type { Actor } from '../../platform/http/auth.js';
import { dossierError } from './dossier.errors.js';
import { findEvidence } from './dossier.repository.js';
import { activityOf, authorizeDossierRead } from './dossier-access.js';

/** A file of evidence, for its teacher or a reader of their dossier. */
export async function downloadEvidence(
  ctx: AppContext,
  actor: Actor,
  opts: { personId: string; activityId: string; evidenceId: string },
): Promise<{ content: Buffer; fileName: string; mediaType: string }> {
  await authorizeDossierRead(ctx.db, actor, opts.personId);
  const activity = await activityOf(ctx.db, opts.personId, opts.activityId);
  const evidence = await findEvidence(ctx.db, activity.id, opts.evidenceId);
  const file = evidence ? await readStoredFile(ctx.db, evidence.fileId) : undefined;
  if (!file) throw dossierError('REGISTER_EVIDENCE_NOT_FOUND');
  return { content: file.content, fileName: file.fileName, mediaType: file.mediaType };
}
