// What other modules may use of trajectories. The documents module builds the PDFs a hand-in consists of;
// the server starts the daily deadline reminders and seeds the demo data.
export { appendixOrder, type HandInVersion, handInPackage } from './domain/hand-in.js';
export { umcuTemplates } from './domain/templates/umcu.js';
export { templateInForce } from './domain/templates.js';
export { seedTrajectoryDemoData } from './seed-demo-data.js';
export { startDeadlineReminders } from './send-deadline-reminders.js';
export { trajectoriesRoutes } from './trajectories.routes.js';
