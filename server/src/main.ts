import { join } from 'node:path';
import { buildApp } from './app.js';
import { parseConfig } from './config.js';
import { warmUpPdfWorkers } from './modules/documents/index.js';
import { DEMO_PASSWORD, demoAccounts, purgeExpired, seedDemoData } from './modules/identity/index.js';
import { ensureBuiltInPolicies, seedQualificationDemoData } from './modules/qualifications/index.js';
import { seedDossierDemoData, seedProviderDemoData } from './modules/register/index.js';
import { seedTrajectoryDemoData, startDeadlineReminders } from './modules/trajectories/index.js';
import type { AppContext } from './platform/context.js';
import { openDatabase } from './platform/db/database.js';
import { startMailSender } from './platform/mail/sender.js';

const PURGE_INTERVAL_MS = 60 * 60_000;

async function main() {
  const startedAt = performance.now();
  const config = parseConfig();
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: join(config.dataDir, 'pglite') },
    config.databasePoolMax,
  );
  await database.migrate();
  const ctx: AppContext = { db: database.db, config, now: () => new Date() };
  // The shipped qualification policies are the rules themselves: present in every database, not demo data.
  const policyVersions = await ensureBuiltInPolicies(database.db, ctx.now());
  if (policyVersions > 0)
    console.log(`Qualification policies added: ${policyVersions} published version(s).`);

  if (config.demoData && (await seedDemoData(database.db))) {
    // after the demo people exist, and only when they were just added: once per database
    await seedQualificationDemoData(database.db, ctx.now());
    await seedDossierDemoData(database.db, ctx.now());
    await seedProviderDemoData(database.db, ctx.now());
    await seedTrajectoryDemoData(ctx);
    const lines = demoAccounts.map((a) => `  ${a.email.padEnd(36)} ${a.roles.map((r) => r.role).join(', ')}`);
    console.log(`Demo data added. Every demo account has the password ${DEMO_PASSWORD}\n${lines.join('\n')}`);
  }

  const app = await buildApp({ ctx, logger: { level: config.logLevel } });
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL server' : `embedded PGlite in ${config.dataDir}`;
  app.log.info(
    `Docentdossier ready at ${config.publicUrl} on ${where} in ${Math.round(performance.now() - startedAt)} ms`,
  );

  // The first hand-in or certificate would otherwise wait for MuPDF's WebAssembly to compile.
  warmUpPdfWorkers().catch((err: unknown) => app.log.warn({ err }, 'warming the PDF workers failed'));

  const purge = setInterval(() => {
    purgeExpired(ctx).catch((err: unknown) => app.log.warn({ err }, 'purging expired sessions failed'));
  }, PURGE_INTERVAL_MS);
  purge.unref();

  // every process may run it: the reminders sent are recorded under a unique key, so each goes once
  const reminders = startDeadlineReminders(ctx, app.log);
  const mail = config.smtp ? startMailSender(ctx, config.smtp, app.log) : null;
  if (!mail) app.log.info('No SMTP configured: mail stays in the outbox (mail_outbox) until it is');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: stopping`);
    clearInterval(purge);
    await reminders.stop();
    await mail?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
