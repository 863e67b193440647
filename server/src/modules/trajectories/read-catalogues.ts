import type { CatalogueRecord } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution } from '../identity/index.js';
import { trajectoriesError } from './trajectories.errors.js';
import { canReadCatalogue } from './trajectories.policy.js';
import { type CatalogueRow, findCatalogues } from './trajectories.repository.js';

export function presentCatalogue(row: CatalogueRow): CatalogueRecord {
  return {
    institutionId: row.institutionId,
    year: row.year,
    items: row.items,
    assessmentPriceCents: row.assessmentPriceCents,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function authorize(ctx: AppContext, actor: Actor, institutionId: string) {
  if (!(await findInstitution(ctx.db, institutionId))) throw trajectoriesError('INSTITUTION_NOT_FOUND');
  if (!canReadCatalogue(actor, institutionId)) throw platformError('FORBIDDEN');
}

/** An institution's catalogues, by year. */
export async function listCatalogues(
  ctx: AppContext,
  actor: Actor,
  institutionId: string,
): Promise<CatalogueRecord[]> {
  await authorize(ctx, actor, institutionId);
  return (await findCatalogues(ctx.db, institutionId)).map(presentCatalogue);
}

/** One year's catalogue; 404 when there is none. */
export async function getCatalogue(
  ctx: AppContext,
  actor: Actor,
  opts: { institutionId: string; year: number },
): Promise<CatalogueRecord> {
  await authorize(ctx, actor, opts.institutionId);
  const [row] = await findCatalogues(ctx.db, opts.institutionId, opts.year);
  if (!row) throw trajectoriesError('CATALOGUE_NOT_FOUND', { year: opts.year });
  return presentCatalogue(row);
}
