import type { Language } from '../../../../contracts/common.js';
import type {
  Advice,
  EvaluatePolicyVersion,
  PolicyEvaluation,
} from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { type CompiledPolicies, compiledVersion } from './compiled-policies.js';
import { advise } from './domain/advise.js';
import { dayInAmsterdam } from './domain/versions.js';
import { presentAdvice } from './present.js';
import { qualificationsError } from './qualifications.errors.js';
import { findVersion, listVersions } from './qualifications.repository.js';
import { inForceAmong, loadAdministeredPolicy } from './read-policies.js';

export interface EvaluatePolicyVersionOptions extends EvaluatePolicyVersion {
  policyId: string;
  versionId: string;
  language: Language;
  compiled: CompiledPolicies;
}

type Sample = PolicyEvaluation['results'][number];

/** What differs between the advice under the version in force (before) and under this version (after). */
function compare(after: Advice, before: Advice | null): Omit<Sample, 'label' | 'outcome' | 'inForceOutcome'> {
  if (!before) {
    // nothing in force to compare with: every qualification and note is new
    return {
      changed: true,
      changes: after.qualifications.map((q) => ({
        code: q.code,
        before: null,
        after: { status: q.status, rules: q.rules },
      })),
      notesAdded: after.notes.map((n) => n.rule),
      notesRemoved: [],
    };
  }
  const codes = [...new Set([...before.qualifications, ...after.qualifications].map((q) => q.code))];
  const changes = codes.flatMap((code) => {
    const b = before.qualifications.find((q) => q.code === code);
    const a = after.qualifications.find((q) => q.code === code);
    if (b && a && b.status === a.status && b.rules.join() === a.rules.join()) return [];
    return [
      {
        code,
        before: b ? { status: b.status, rules: b.rules } : null,
        after: a ? { status: a.status, rules: a.rules } : null,
      },
    ];
  });
  const rulesBefore = new Set(before.notes.map((n) => n.rule));
  const rulesAfter = new Set(after.notes.map((n) => n.rule));
  const notesAdded = [...rulesAfter].filter((r) => !rulesBefore.has(r));
  const notesRemoved = [...rulesBefore].filter((r) => !rulesAfter.has(r));
  return {
    changed: changes.length > 0 || notesAdded.length > 0 || notesRemoved.length > 0,
    changes,
    notesAdded,
    notesRemoved,
  };
}

/**
 * Runs sample profiles against a version (a draft, typically) and against the version in force on `on`,
 * and says per profile what differs: what a policy change would do to real teachers before it is published.
 */
export async function evaluatePolicyVersion(
  ctx: AppContext,
  actor: Actor,
  opts: EvaluatePolicyVersionOptions,
): Promise<PolicyEvaluation> {
  await loadAdministeredPolicy(ctx.db, actor, opts.policyId);
  const row = await findVersion(ctx.db, opts.policyId, opts.versionId);
  if (!row) throw qualificationsError('POLICY_VERSION_NOT_FOUND');
  const on = opts.on ?? dayInAmsterdam(ctx.now());
  const inForce = inForceAmong(await listVersions(ctx.db, opts.policyId), on);
  const [policy, current] = await Promise.all([
    compiledVersion(opts.compiled, row),
    inForce ? compiledVersion(opts.compiled, inForce) : Promise.resolve(null),
  ]);
  const versionName = row.status === 'published' ? row.version : 'draft';
  return {
    version: { id: row.id, version: row.status === 'published' ? row.version : null, status: row.status },
    inForce: inForce ? { id: inForce.id, version: inForce.version } : null,
    on,
    results: opts.samples.map(({ label, profile: { held, ...profile } }): Sample => {
      const outcome = presentAdvice(
        { id: opts.policyId, version: versionName },
        advise(policy, profile, held),
        opts.language,
      );
      const inForceOutcome =
        current && inForce
          ? presentAdvice(
              { id: opts.policyId, version: inForce.version },
              advise(current, profile, held),
              opts.language,
            )
          : null;
      return { label: label ?? null, outcome, inForceOutcome, ...compare(outcome, inForceOutcome) };
    }),
  };
}
