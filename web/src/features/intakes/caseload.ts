import type { TrajectorySummary } from '../../../../contracts/trajectories-api.js';

// The adviser's caseload: their trajectories, grouped by what they wait for from the adviser.

export const caseloadGroups = ['draft-handed-in', 'final-handed-in', 'in-progress'] as const;
export type CaseloadGroup = (typeof caseloadGroups)[number];

/** Ended trajectories need nobody; the intake queue has its own page. */
const notInCaseload = new Set<TrajectorySummary['state']>([
  'withdrawn',
  'cancelled',
  'intake-requested',
  'intake-planned',
]);

/**
 * The trajectories `adviserId` follows, by group: a draft to give feedback on (R-UMCU-FB-1), a final
 * version to check, the rest in progress. The longest waiting comes first.
 */
export function groupCaseload(
  items: readonly TrajectorySummary[],
  adviserId: string,
): Record<CaseloadGroup, TrajectorySummary[]> {
  const groups: Record<CaseloadGroup, TrajectorySummary[]> = {
    'draft-handed-in': [],
    'final-handed-in': [],
    'in-progress': [],
  };
  const mine = items
    .filter((item) => item.adviser?.id === adviserId && !notInCaseload.has(item.state))
    .toSorted((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  for (const item of mine) {
    const group =
      item.state === 'draft-handed-in' || item.state === 'final-handed-in' ? item.state : 'in-progress';
    groups[group].push(item);
  }
  return groups;
}
