import { plainText } from '../../../../../contracts/rich-text.js';
import type { PortfolioContent } from '../../../../../contracts/trajectories.js';
import type { VersionComparison } from '../../../../../contracts/trajectories-api.js';

// Two handed-in versions side by side (issue 5, item 4): what the teacher changed after feedback.

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Ids only in `after`, only in `before`, and in both but different. */
function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  return {
    added: after.filter((x) => !old.has(x.id)).map((x) => x.id),
    removed: before.filter((x) => !now.has(x.id)).map((x) => x.id),
    changed: after.filter((x) => old.has(x.id) && !same(old.get(x.id), x)).map((x) => x.id),
  };
}

/**
 * What changed from one version to another: CV tasks and evidence by id (an evidence item whose title or files
 * changed is `changed`), and per section, in `sectionOrder`, whether its text changed (with both texts as plain
 * text) and which evidence links were added or removed.
 */
export function compareVersions(
  from: { number: number; content: PortfolioContent },
  to: { number: number; content: PortfolioContent },
  sectionOrder: readonly string[],
): VersionComparison {
  const a = from.content;
  const b = to.content;
  return {
    from: from.number,
    to: to.number,
    cv: diffById(a.cv, b.cv),
    sections: sectionOrder
      .filter((id) => a.sections[id] || b.sections[id])
      .map((sectionId) => {
        const before = a.sections[sectionId];
        const after = b.sections[sectionId];
        const linkedBefore = before?.evidenceIds ?? [];
        const linkedAfter = after?.evidenceIds ?? [];
        return {
          sectionId,
          textChanged: !same(before?.text ?? null, after?.text ?? null),
          before: before ? plainText(before.text) : '',
          after: after ? plainText(after.text) : '',
          evidenceAdded: linkedAfter.filter((e) => !linkedBefore.includes(e)),
          evidenceRemoved: linkedBefore.filter((e) => !linkedAfter.includes(e)),
        };
      }),
    evidence: diffById(a.evidence, b.evidence),
  };
}
