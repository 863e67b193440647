// Every table of every module, for drizzle-kit (migrations) and the typed database handle.
export * from '../../modules/identity/identity.tables.js';
export * from '../../modules/qualifications/qualifications.tables.js';
export * from '../../modules/register/register.tables.js';
export * from '../../modules/trajectories/trajectories.tables.js';
export * from '../audit/audit.tables.js';
export * from '../files/files.tables.js';
export * from '../mail/mail.tables.js';
export * from '../notifications/notifications.tables.js';
