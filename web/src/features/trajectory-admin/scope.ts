import type { RoleAssignment } from '../../../../contracts/identity.js';
import { type TrajectoryState, trajectoryStates } from '../../../../contracts/trajectories.js';

/**
 * The institutions whose trajectories the person coordinates, by name, each once. The catalogue and the
 * assessment weeks are kept by a coordinator of the whole institution (`wholeOnly`); the overview is open to
 * a unit's coordinator too (the server decides; this only offers choices).
 */
export function coordinatedInstitutions(
  roles: readonly RoleAssignment[],
  { wholeOnly }: { wholeOnly: boolean },
): { id: string; name: string }[] {
  const found = new Map<string, string>();
  for (const r of roles) {
    if (r.role !== 'coordinator' || !r.institution || (wholeOnly && r.unit !== null)) continue;
    found.set(r.institution.id, r.institution.name);
  }
  return [...found].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The states that have trajectories, in the order a trajectory goes through them, with their counts. */
export function stateCounts(
  counts: Partial<Record<TrajectoryState, number>>,
): { state: TrajectoryState; count: number }[] {
  return trajectoryStates.flatMap((state) => {
    const count = counts[state] ?? 0;
    return count > 0 ? [{ state, count }] : [];
  });
}
