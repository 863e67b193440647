import type { TFunction } from 'i18next';
import type { RoleAssignment } from '../../../contracts/identity.js';

/** Where a role holds: "Platform", "UMC Utrecht" or "UMC Utrecht, Divisie Hart en Longen". */
export function formatScope(t: TFunction, assignment: RoleAssignment): string {
  if (assignment.institution === null) return t('scope.platform');
  if (assignment.unit === null) return assignment.institution.name;
  return t('scope.institutionAndUnit', {
    institution: assignment.institution.name,
    unit: assignment.unit.name,
  });
}

/** A role as a sentence fragment: "Docent — UMC Utrecht, Divisie Hart en Longen". */
export const formatAssignment = (t: TFunction, assignment: RoleAssignment): string =>
  t('scope.assignment', { role: t(`role.${assignment.role}`), scope: formatScope(t, assignment) });
