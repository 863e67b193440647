// What other modules and the app may use of identity.
export { DEMO_PASSWORD, demoAccounts, seedDemoData } from './demo-data.js';
export { holdsRoleIn, isPlatformAdmin, roleCovers } from './identity.policy.js';
export { identityRoutes } from './identity.routes.js';
export { OidcLogin } from './oidc-login.js';
export { purgeExpired } from './purge-expired.js';
export { resolveSessionActor } from './sessions.js';
