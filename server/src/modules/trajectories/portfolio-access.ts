import type { PortfolioContent, PortfolioTemplate } from '../../../../contracts/trajectories.js';
import type { PortfolioView } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { type LoadedTrajectory, loadTrajectory, stateParams } from './access.js';
import { applySettings, checkPortfolio } from './domain/checklist.js';
import { editableStates, stateAfterEdit } from './domain/state-machine.js';
import { umcuTemplates } from './domain/templates/umcu.js';
import type { PortfolioWorkingCopy } from './domain/templates.js';
import { trajectoriesError } from './trajectories.errors.js';
import { canEditPortfolio } from './trajectories.policy.js';
import {
  evidenceOf,
  findPortfolio,
  type PortfolioRow,
  requirementSettingsOf,
  savePortfolioContent,
  updateTrajectoryRow,
} from './trajectories.repository.js';

// The portfolio as the API shows and changes it: the stored working copy (CV and sections) with the
// evidence from its own table, after the template the intake chose, with the institution's own numbers.

/** The portfolio of a trajectory the actor sees in full (the teacher and their adviser); 403 for the others. */
export async function portfolioOf(
  db: Executor,
  loaded: LoadedTrajectory,
  options: { forUpdate?: boolean } = {},
): Promise<PortfolioRow> {
  if (loaded.view !== 'content') throw platformError('FORBIDDEN');
  const portfolio = await findPortfolio(db, loaded.row.id, options);
  if (!portfolio) throw trajectoriesError('PORTFOLIO_NOT_STARTED');
  return portfolio;
}

/** The template version the portfolio follows, with the institution's numbers. */
export async function templateOf(db: Executor, institutionId: string, portfolio: PortfolioRow) {
  const template = umcuTemplates.find(
    (t) => t.qualification === portfolio.qualification && t.validFrom === portfolio.templateValidFrom,
  );
  if (!template) throw new Error(`no template ${portfolio.qualification} ${portfolio.templateValidFrom}`);
  return applySettings(template, await requirementSettingsOf(db, institutionId, portfolio.qualification));
}

export async function contentOf(db: Executor, portfolio: PortfolioRow): Promise<PortfolioContent> {
  const copy = portfolio.content as PortfolioWorkingCopy;
  return { cv: copy.cv, sections: copy.sections, evidence: await evidenceOf(db, portfolio.trajectoryId) };
}

export async function presentPortfolio(
  db: Executor,
  loaded: LoadedTrajectory,
  portfolio: PortfolioRow,
): Promise<PortfolioView> {
  const template: PortfolioTemplate = await templateOf(db, loaded.row.institutionId, portfolio);
  const content = await contentOf(db, portfolio);
  return {
    trajectoryId: loaded.row.id,
    qualification: portfolio.qualification,
    template,
    content,
    revision: portfolio.revision,
    editable: editableStates.includes(loaded.row.state),
    checklist: checkPortfolio(template, content),
    updatedAt: portfolio.updatedAt.toISOString(),
  };
}

export interface Edit {
  /** the new working copy; unchanged when the edit is to the evidence */
  copy?: PortfolioWorkingCopy;
  /** `trajectory-portfolio.save-cv`, … */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * One change by the teacher to their portfolio, in the caller's transaction: only the teacher, only while the
 * portfolio is editable (`editableStates`: not while a version is with the adviser, nor after the final),
 * only from the revision they read. The first edit after feedback moves the trajectory to revising. Bumps
 * the revision and writes the audit row.
 */
export async function editPortfolio(
  tx: Executor,
  actor: Actor,
  opts: { trajectoryId: string; revision: number | undefined; now: Date },
  change: (loaded: LoadedTrajectory, portfolio: PortfolioRow) => Promise<Edit>,
): Promise<PortfolioView> {
  const loaded = await loadTrajectory(tx, actor, opts.trajectoryId, { forUpdate: true });
  const portfolio = await portfolioOf(tx, loaded, { forUpdate: true });
  if (!canEditPortfolio(actor, loaded.parties)) throw platformError('FORBIDDEN');
  if (!editableStates.includes(loaded.row.state)) {
    throw trajectoriesError('PORTFOLIO_LOCKED', stateParams(loaded.row.state));
  }
  if (opts.revision !== undefined && opts.revision !== portfolio.revision) {
    throw trajectoriesError('PORTFOLIO_CHANGED', { revision: portfolio.revision });
  }
  const edit = await change(loaded, portfolio);
  const saved = await savePortfolioContent(tx, {
    trajectoryId: opts.trajectoryId,
    content: edit.copy,
    updatedBy: actor.personId,
    now: opts.now,
  });
  const state = stateAfterEdit(loaded.row.state);
  const row =
    state === loaded.row.state
      ? loaded.row
      : await updateTrajectoryRow(tx, opts.trajectoryId, { state, updatedAt: opts.now });
  await writeAudit(tx, {
    actorId: actor.personId,
    action: edit.action,
    entityType: edit.entityType,
    entityId: edit.entityId,
    before: edit.before,
    after: {
      ...(edit.after as object),
      revision: saved.revision,
      ...(state === loaded.row.state ? {} : { state }),
    },
  });
  return presentPortfolio(tx, { ...loaded, row }, saved);
}
