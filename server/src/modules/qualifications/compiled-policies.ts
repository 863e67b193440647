import { type CompiledPolicy, compilePolicy } from './domain/compile.js';

/**
 * Compiled policy versions, by version row id. A published version never changes, so an entry never goes
 * stale; compiling costs far more than evaluating, so each version is compiled once per process. Drafts
 * change, so they are never cached: see `compiledVersion`.
 */
export class CompiledPolicies {
  private readonly byVersionId = new Map<string, Promise<CompiledPolicy>>();

  get(versionId: string, loadDocument: () => Promise<unknown>): Promise<CompiledPolicy> {
    let compiled = this.byVersionId.get(versionId);
    if (!compiled) {
      compiled = loadDocument().then(compilePolicy);
      // A failed load is not remembered: the next request tries again.
      compiled.catch(() => this.byVersionId.delete(versionId));
      this.byVersionId.set(versionId, compiled);
    }
    return compiled;
  }
}

/** A version with its document in hand: a published one from the cache, a draft compiled afresh. */
export function compiledVersion(
  cache: CompiledPolicies,
  version: { id: string; status: 'draft' | 'published'; document: unknown },
): Promise<CompiledPolicy> {
  if (version.status === 'published') return cache.get(version.id, async () => version.document);
  return Promise.resolve(compilePolicy(version.document));
}
