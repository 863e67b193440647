import { CatalogueInput, type CatalogueRecord } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution } from '../identity/index.js';
import { presentCatalogue } from './read-catalogues.js';
import { trajectoriesError } from './trajectories.errors.js';
import { canAdministerTrajectories } from './trajectories.policy.js';
import { findCatalogues, saveCatalogue } from './trajectories.repository.js';

/**
 * A coordinator or administrator writes a year's catalogue whole (R-UMCU-COST-1): courses, modules and the
 * assessment prices, in cents. Plans recorded earlier keep the titles and prices they were recorded with.
 */
export async function writeCatalogue(
  ctx: AppContext,
  actor: Actor,
  opts: { institutionId: string; year: number },
  input: CatalogueInput,
): Promise<CatalogueRecord> {
  const body = CatalogueInput.parse(input);
  const seen = new Set<string>();
  for (const item of body.items) {
    if (seen.has(item.id)) throw trajectoriesError('CATALOGUE_ITEM_TWICE', { item: item.id });
    seen.add(item.id);
  }
  return ctx.db.transaction(async (tx) => {
    if (!(await findInstitution(tx, opts.institutionId))) throw trajectoriesError('INSTITUTION_NOT_FOUND');
    if (!canAdministerTrajectories(actor, opts.institutionId)) throw platformError('FORBIDDEN');
    const [before] = await findCatalogues(tx, opts.institutionId, opts.year);
    await saveCatalogue(tx, {
      institutionId: opts.institutionId,
      catalogue: { year: opts.year, ...body },
      updatedBy: actor.personId,
      now: ctx.now(),
    });
    const [after] = await findCatalogues(tx, opts.institutionId, opts.year);
    if (!after) throw new Error('a saved catalogue is missing');
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'trajectory-catalogue.save',
      entityType: 'trajectory-catalogue',
      entityId: after.id,
      before: before ? presentCatalogue(before) : null,
      after: presentCatalogue(after),
    });
    return presentCatalogue(after);
  });
}
