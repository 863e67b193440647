import type { QualificationCode } from '../../../../contracts/qualifications.js';
import type { PortfolioTemplate } from '../../../../contracts/trajectories.js';
import {
  RequirementSettingsInput,
  type RequirementSettingsView,
} from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution } from '../identity/index.js';
import { todayOf } from './access.js';
import { unknownSettings } from './domain/checklist.js';
import { umcuTemplates } from './domain/templates/umcu.js';
import { templateInForce } from './domain/templates.js';
import { trajectoriesError } from './trajectories.errors.js';
import { canAdministerTrajectories, canReadCatalogue } from './trajectories.policy.js';
import { requirementSettingsOf, saveRequirementSettings } from './trajectories.repository.js';

// The institution's own numbers for a template's quantitative requirements (R-UMCU-PF-1: "numbers
// configurable per institution, sensible defaults"). They apply to every portfolio of the qualification at
// once, also those already being written: the checklist is live.

interface Opts {
  institutionId: string;
  qualification: QualificationCode;
}

/** The template's requirements that have a number: a minimum of items, or of words (R-UMCU-PF-1). */
function numbered(template: PortfolioTemplate): RequirementSettingsView['requirements'] {
  return template.requirements.flatMap((r): RequirementSettingsView['requirements'] => {
    const base = { id: r.id, label: r.label, rules: r.rules };
    if (r.kind === 'text') return [{ ...base, counts: 'words', default: r.minWords }];
    if (r.kind === 'cv-areas') return [];
    return [{ ...base, counts: 'items', default: r.min }];
  });
}

async function view(db: Executor, opts: Opts, today: string): Promise<RequirementSettingsView> {
  const template = templateInForce(umcuTemplates, opts.qualification, today);
  if (!template)
    throw trajectoriesError('TEMPLATE_NOT_IN_FORCE', { qualification: opts.qualification, on: today });
  const requirements = numbered(template);
  return {
    qualification: opts.qualification,
    templateValidFrom: template.validFrom,
    defaults: Object.fromEntries(requirements.map((r) => [r.id, r.default])),
    requirements,
    settings: await requirementSettingsOf(db, opts.institutionId, opts.qualification),
  };
}

/** The numbers in force at an institution: for whoever reads its catalogue. */
export async function getRequirementSettings(ctx: AppContext, actor: Actor, opts: Opts) {
  if (!(await findInstitution(ctx.db, opts.institutionId))) throw trajectoriesError('INSTITUTION_NOT_FOUND');
  if (!canReadCatalogue(actor, opts.institutionId)) throw platformError('FORBIDDEN');
  return view(ctx.db, opts, todayOf(ctx.now()));
}

/** A coordinator or administrator sets the numbers whole; an id the template does not number is 400. */
export async function setRequirementSettings(
  ctx: AppContext,
  actor: Actor,
  opts: Opts,
  input: RequirementSettingsInput,
): Promise<RequirementSettingsView> {
  const { settings } = RequirementSettingsInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    if (!(await findInstitution(tx, opts.institutionId))) throw trajectoriesError('INSTITUTION_NOT_FOUND');
    if (!canAdministerTrajectories(actor, opts.institutionId)) throw platformError('FORBIDDEN');
    const now = ctx.now();
    const before = await view(tx, opts, todayOf(now));
    const template = templateInForce(umcuTemplates, opts.qualification, todayOf(now));
    const unknown = template ? unknownSettings(template, settings) : [];
    if (unknown.length > 0)
      throw trajectoriesError('REQUIREMENT_SETTINGS_UNKNOWN', { ids: unknown.join(', ') });
    await saveRequirementSettings(tx, { ...opts, settings, updatedBy: actor.personId, now });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'trajectory-requirement-settings.save',
      entityType: 'trajectory-requirement-settings',
      entityId: opts.institutionId,
      before: { qualification: opts.qualification, settings: before.settings },
      after: { qualification: opts.qualification, settings },
    });
    return { ...before, settings };
  });
}
