import { type CompiledPolicy, compilePolicy } from './domain/compile.js';

/**
 * Compiled policy versions, by version row id. A published version never changes, so an entry never goes
 * stale; compiling costs far more than evaluating, so each version is compiled once per process.
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
