import { type Evidence, type EvidenceKind, evidenceKinds } from '../../../../contracts/trajectories.js';

// The portfolio's evidence as its page shows it: grouped by kind in the contract's order.

/** What the server takes (R-UMCU-PF-1: PDF, images, Office files); the picker offers these, the server decides. */
export const ACCEPTED_FILES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
].join(',');

/** The kinds that have evidence, each with its items in the order they were added. */
export function evidenceByKind(evidence: readonly Evidence[]): { kind: EvidenceKind; items: Evidence[] }[] {
  return evidenceKinds
    .map((kind) => ({ kind, items: evidence.filter((item) => item.kind === kind) }))
    .filter((group) => group.items.length > 0);
}

/** Linked evidence ids that still exist, in the portfolio's order (a removed item drops out of a section). */
export function existingEvidenceIds(evidence: readonly Evidence[], ids: readonly string[]): string[] {
  return evidence.filter((item) => ids.includes(item.id)).map((item) => item.id);
}
