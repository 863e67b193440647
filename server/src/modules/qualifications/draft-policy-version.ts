import type { Language } from '../../../../contracts/common.js';
import {
  type CreatePolicyVersion,
  PolicyDocument,
  type PolicyDocumentCheck,
  type PolicyVersion,
  type UpdatePolicyVersion,
} from '../../../../contracts/qualifications.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { findPeopleNames } from '../identity/index.js';
import { compilePolicy, PolicyDocumentError } from './domain/compile.js';
import { dayInAmsterdam } from './domain/versions.js';
import { peopleOfVersion, presentVersion } from './present.js';
import { qualificationsError } from './qualifications.errors.js';
import {
  deleteDraftVersion,
  findVersionForUpdate,
  insertDraftVersion,
  listVersions,
  type PolicyVersionRow,
  updateDraftVersion,
} from './qualifications.repository.js';
import { inForceAmong, loadAdministeredPolicy } from './read-policies.js';

/**
 * The document checked by the policy compiler, in its complete form; else 400 naming every problem, each
 * with its place in the document (`path`) and as a request field (`field`), like a validation error.
 */
export function checkedDocument(document: unknown, language: Language): PolicyDocument {
  try {
    compilePolicy(document);
  } catch (error) {
    if (error instanceof PolicyDocumentError) {
      const issues = issuesIn(error, language).map((i) => ({ ...i, field: `body.document.${i.path}` }));
      throw qualificationsError('POLICY_DOCUMENT_INVALID', { count: issues.length }, { issues });
    }
    throw error;
  }
  return PolicyDocument.parse(document);
}

const issuesIn = (error: PolicyDocumentError, language: Language) =>
  error.issues.map((i) => ({ path: i.path, message: i.message[language] }));

/** Every problem of a document, without storing anything: for checking a draft as it is typed. */
export async function checkPolicyDocument(
  ctx: AppContext,
  actor: Actor,
  opts: { policyId: string; document: unknown; language: Language },
): Promise<PolicyDocumentCheck> {
  await loadAdministeredPolicy(ctx.db, actor, opts.policyId);
  try {
    compilePolicy(opts.document);
    return { valid: true, issues: [] };
  } catch (error) {
    if (error instanceof PolicyDocumentError) return { valid: false, issues: issuesIn(error, opts.language) };
    throw error;
  }
}

async function presentRow(ctx: AppContext, row: PolicyVersionRow): Promise<PolicyVersion> {
  const inForce = inForceAmong(await listVersions(ctx.db, row.policyId), dayInAmsterdam(ctx.now()));
  const names = await findPeopleNames(ctx.db, peopleOfVersion(row));
  return presentVersion(row, inForce?.id ?? null, names);
}

export interface CreatePolicyDraftOptions extends CreatePolicyVersion {
  policyId: string;
  /** of the problems a refused document is answered with */
  language: Language;
}

/** A new draft: a copy of the version in force today, or the document given. */
export async function createPolicyDraft(
  ctx: AppContext,
  actor: Actor,
  opts: CreatePolicyDraftOptions,
): Promise<PolicyVersion> {
  await loadAdministeredPolicy(ctx.db, actor, opts.policyId);
  const row = await ctx.db.transaction(async (tx) => {
    let document: PolicyDocument;
    let basedOn: string | null = null;
    if (opts.document !== undefined) {
      document = checkedDocument(opts.document, opts.language);
    } else {
      const today = dayInAmsterdam(ctx.now());
      const inForce = inForceAmong(await listVersions(tx, opts.policyId), today);
      if (!inForce) throw qualificationsError('POLICY_NOT_IN_FORCE', { policy: opts.policyId, on: today });
      document = PolicyDocument.parse(inForce.document);
      basedOn = inForce.id;
    }
    const draft = await insertDraftVersion(tx, {
      policyId: opts.policyId,
      validFrom: opts.validFrom,
      document,
      basedOn,
      createdBy: actor.personId,
      now: ctx.now(),
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'qualification-policy-version.create-draft',
      entityType: 'qualification-policy-version',
      entityId: draft.id,
      after: draft,
    });
    return draft;
  });
  return presentRow(ctx, row);
}

export interface UpdatePolicyDraftOptions extends UpdatePolicyVersion {
  policyId: string;
  versionId: string;
  /** of the problems a refused document is answered with */
  language: Language;
}

/** Replaces a draft's document (and start); a published version never changes (409). */
export async function updatePolicyDraft(
  ctx: AppContext,
  actor: Actor,
  opts: UpdatePolicyDraftOptions,
): Promise<PolicyVersion> {
  await loadAdministeredPolicy(ctx.db, actor, opts.policyId);
  const row = await ctx.db.transaction(async (tx) => {
    const before = await findVersionForUpdate(tx, opts.policyId, opts.versionId);
    if (!before) throw qualificationsError('POLICY_VERSION_NOT_FOUND');
    if (before.status === 'published')
      throw qualificationsError('POLICY_VERSION_PUBLISHED', { version: before.version });
    const document = checkedDocument(opts.document, opts.language);
    const after = await updateDraftVersion(tx, before.id, {
      validFrom: opts.validFrom ?? before.validFrom,
      document,
      updatedBy: actor.personId,
      now: ctx.now(),
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'qualification-policy-version.update-draft',
      entityType: 'qualification-policy-version',
      entityId: after.id,
      before: { validFrom: before.validFrom, document: before.document },
      after: { validFrom: after.validFrom, document: after.document },
    });
    return after;
  });
  return presentRow(ctx, row);
}

/** Throws a draft away; a published version is never removed (409). */
export async function deletePolicyDraft(
  ctx: AppContext,
  actor: Actor,
  opts: { policyId: string; versionId: string },
): Promise<void> {
  await loadAdministeredPolicy(ctx.db, actor, opts.policyId);
  await ctx.db.transaction(async (tx) => {
    const before = await findVersionForUpdate(tx, opts.policyId, opts.versionId);
    if (!before) throw qualificationsError('POLICY_VERSION_NOT_FOUND');
    if (before.status === 'published')
      throw qualificationsError('POLICY_VERSION_PUBLISHED', { version: before.version });
    await deleteDraftVersion(tx, before.id);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'qualification-policy-version.delete-draft',
      entityType: 'qualification-policy-version',
      entityId: before.id,
      before,
    });
  });
}
