import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { parseConfig } from '../server/src/config.js';
import { startSession } from '../server/src/modules/identity/sessions.js';
import { openDatabase } from '../server/src/platform/db/database.js';
import { makeInstitution, makePerson } from '../server/test/factories.js';

export interface BenchResult {
  name: string;
  lines: string[];
  ratio: number;
  target: number;
  /** true when higher ratios are better */
  higherIsBetter: boolean;
}

const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = 16;
const ROUNDS = 3;

async function measure(port: number, cookie: string) {
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}/api/v1/me`,
      connections: CONNECTIONS,
      duration,
      headers: { cookie },
    });
  await run(1); // warm-up: JIT, connection pool, PostgreSQL's plan cache
  const result = await run(DURATION_S);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

async function serve(kind: 'app' | 'bare', url: string) {
  const child = fork(fileURLToPath(new URL('./me-server.ts', import.meta.url)), [kind, url], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return { port, stop: () => child.kill() };
}

/** Authenticated GET /api/v1/me on PostgreSQL: the app against a bare Fastify server doing the same query. */
export async function benchMe(databaseUrl: string): Promise<BenchResult> {
  const database = await openDatabase({ url: databaseUrl }, 2);
  await database.migrate();
  const { institution, department } = await makeInstitution(database.db);
  const person = await makePerson(database.db, {
    roles: [
      { role: 'teacher', institutionId: institution.id, unitId: department.id },
      { role: 'mentor', institutionId: institution.id },
    ],
  });
  const ctx = { db: database.db, config: parseConfig({ SESSION_MAX_HOURS: '24' }), now: () => new Date() };
  const { token } = await startSession(ctx, person.id, 'password');
  await database.close();
  // A browser sends the CSRF cookie it got on its first visit along with the session cookie.
  const cookie = `dd_session=${token}; dd_csrf=${'c'.repeat(43)}`;

  // Both servers run side by side and are measured in turns, so a busy moment on the machine hits both;
  // each figure is the median of its rounds.
  const servers = { bare: await serve('bare', databaseUrl), app: await serve('app', databaseUrl) };
  const rounds: Record<'bare' | 'app', { rps: number; p99: number }[]> = { bare: [], app: [] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of ['bare', 'app'] as const)
        rounds[kind].push(await measure(servers[kind].port, cookie));
    }
  } finally {
    servers.bare.stop();
    servers.app.stop();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const summary = (kind: 'bare' | 'app') => ({
    rps: median(rounds[kind].map((r) => r.rps)),
    p99: median(rounds[kind].map((r) => r.p99)),
  });
  const app = summary('app');
  const bare = summary('bare');
  return {
    name: 'GET /api/v1/me (PostgreSQL, authenticated)',
    lines: [
      `bare Fastify : ${Math.round(bare.rps)} req/s, p99 ${bare.p99} ms (median of ${ROUNDS} rounds)`,
      `Docentdossier: ${Math.round(app.rps)} req/s, p99 ${app.p99} ms (median of ${ROUNDS} rounds)`,
    ],
    ratio: app.rps / bare.rps,
    target: 0.5,
    higherIsBetter: true,
  };
}
