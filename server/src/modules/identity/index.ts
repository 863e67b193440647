// What other modules and the app may use of identity.
export { DEMO_PASSWORD, demoAccounts, demoColleagues, seedDemoData } from './demo-data.js';
export { holdsRoleIn, isPlatformAdmin, roleCovers } from './identity.policy.js';
// Read functions for other modules: identity's tables stay private to it.
export {
  findInstitution,
  findInstitutionBySlug,
  findMailRecipients,
  findPeopleByEmails,
  findPeopleNames,
  findPerson,
  findPersonByEmail,
  findRolesOfPeople,
  findUnit,
  type InstitutionRow,
  listInstitutions,
  listRoleHolders,
  listUnits,
  type RoleHolderRow,
  type UnitRow,
} from './identity.repository.js';
export { identityRoutes } from './identity.routes.js';
export { OidcLogin } from './oidc-login.js';
export { purgeExpired } from './purge-expired.js';
export { resolveSessionActor } from './sessions.js';
