// What other modules and the app may use of register.
export { catalogue, type KindEntry } from './domain/catalogue.js';
export { countRegister, type RegisterCount } from './domain/hours.js';
export { registerRoutes } from './register.routes.js';
export { seedDossierDemoData } from './seed-dossier-demo-data.js';
export { seedProviderDemoData } from './seed-provider-demo-data.js';
