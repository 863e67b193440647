import type { Role } from '../../contracts/identity.js';
import type { Actor, ActorRole } from '../src/platform/http/auth.js';

// The people every module's pure policy tests reason about: two institutions and a small unit tree, so a
// role held on a unit can be tested against the unit itself, one below it, and a sibling.
export const UMC = 'inst-umc';
export const OTHER = 'inst-other';
export const DIVISION = '/div/';
export const DEPARTMENT = '/div/dep/';
export const SIBLING = '/div2/';

/** A role held at an institution, on the unit with this materialised path (none: the whole institution). */
export function role(r: Role, institutionId: string | null, unitPath: string | null = null): ActorRole {
  return {
    assignmentId: `${r}-${institutionId}-${unitPath}`,
    role: r,
    institutionId,
    institutionName: institutionId,
    unitId: unitPath,
    unitName: unitPath,
    unitPath,
  };
}

export function actor(personId: string, ...held: ActorRole[]): Actor {
  return {
    personId,
    sessionId: 's',
    displayName: personId,
    email: `${personId}@x.test`,
    language: 'nl',
    roles: held,
  };
}
