import type { Me } from '../../../../contracts/identity.js';

export interface InstitutionRef {
  id: string;
  name: string;
}

/** The institutions where the person is an educational adviser, each once, in the order of their roles. */
export function adviserInstitutions(me: Me): InstitutionRef[] {
  const seen = new Map<string, InstitutionRef>();
  for (const role of me.roles) {
    if (role.role === 'educational-adviser' && role.institution && !seen.has(role.institution.id)) {
      seen.set(role.institution.id, { id: role.institution.id, name: role.institution.name });
    }
  }
  return [...seen.values()];
}
