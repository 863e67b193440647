// What other modules and the app may use of qualifications.
export { advise } from './domain/advise.js';
export { type CompiledPolicy, compilePolicy, PolicyDocumentError } from './domain/compile.js';
export { dayInAmsterdam } from './domain/versions.js';
export { ensureBuiltInPolicies } from './ensure-built-in-policies.js';
export { builtInPolicies } from './policies/built-in.js';
export { qualificationsRoutes } from './qualifications.routes.js';
export { seedQualificationDemoData } from './seed-demo-data.js';
