import type { Institution, Role, RoleAssignment } from '../../../../contracts/identity.js';
import { flattenUnitTree, unitTree } from '../admin/unitTree';

/** The roles that see the compliance view (the server's `complianceScopeOf` decides; this only offers choices). */
const viewers: readonly Role[] = ['administrator', 'coordinator', 'line-manager'];

export const isPlatformAdministrator = (roles: readonly RoleAssignment[]) =>
  roles.some((r) => r.role === 'administrator' && r.institution === null);

/**
 * The institutions whose compliance the person may see, in the order given. The platform administrator
 * sees every institution, so is offered those with a policy (`withPolicy`), the others having no view.
 */
export function complianceInstitutions(
  institutions: readonly Institution[],
  roles: readonly RoleAssignment[],
  withPolicy: ReadonlySet<string>,
): Institution[] {
  if (isPlatformAdministrator(roles))
    return institutions.filter((institution) => withPolicy.has(institution.id));
  return institutions.filter((institution) =>
    roles.some((r) => viewers.includes(r.role) && r.institution?.id === institution.id),
  );
}

/** The units the person may narrow the compliance view to (see `unitsInScope`). */
export const complianceUnits = (institution: Institution, roles: readonly RoleAssignment[]) =>
  unitsInScope(institution, roles, viewers);

/**
 * The units of an institution that the person's roles among `holders` cover, as a tree in reading order:
 * every unit for an institution-wide role (or a platform administrator, when administrators are among
 * `holders`), else the units of their roles and everything below them.
 */
export function unitsInScope(
  institution: Institution,
  roles: readonly RoleAssignment[],
  holders: readonly Role[],
): { id: string; name: string; depth: number }[] {
  const mine = roles.filter((r) => holders.includes(r.role) && r.institution?.id === institution.id);
  const everything =
    (holders.includes('administrator') && isPlatformAdministrator(roles)) ||
    mine.some((r) => r.unit === null);
  const roots = new Set(mine.flatMap((r) => (r.unit ? [r.unit.id] : [])));
  const shown: { id: string; name: string; depth: number }[] = [];
  // Depth of the unit that brought a subtree in, so the list starts at the person's own units.
  let inside: number | null = null;
  for (const { unit, depth } of flattenUnitTree(unitTree(institution.units))) {
    if (inside !== null && depth <= inside) inside = null;
    if (inside === null && (everything || roots.has(unit.id))) inside = everything ? -1 : depth;
    if (inside !== null) shown.push({ id: unit.id, name: unit.name, depth: depth - Math.max(inside, 0) });
  }
  return shown;
}
