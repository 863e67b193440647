import type { Actor } from '../../platform/http/auth.js';
import { holdsRoleIn } from '../identity/index.js';

// Who sees the register compliance of many teachers. Pure; deny by default.

/**
 * A coordinator sees the register compliance of the teachers in their scope: an institution-wide
 * coordinator the whole institution or any unit of it, a unit coordinator their unit and the units below.
 */
export function canViewRegisterCompliance(
  actor: Actor,
  scope: { institutionId: string; unitPath: string | null },
): boolean {
  return holdsRoleIn(actor, 'coordinator', scope);
}
