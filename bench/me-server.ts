// One of the two servers the /me benchmark compares, in a process of its own so the load generator
// does not share its event loop:
//   app  — Docentdossier as it runs, with every plugin and hook (session, CSRF cookie, helmet, zod)
//   bare — a bare Fastify server doing the same work by hand: read the cookie, hash it, one query
import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/src/app.js';
import { parseConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/platform/db/database.js';

const [kind, url] = process.argv.slice(2);
if (!url || (kind !== 'app' && kind !== 'bare'))
  throw new Error('usage: me-server.ts app|bare <database url>');
const POOL = 10;

async function startApp() {
  const database = await openDatabase({ url: url as string }, POOL);
  const config = parseConfig({ DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
  const app = await buildApp({ ctx: { db: database.db, config, now: () => new Date() }, serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app.server.address();
}

// The same statement the app's session lookup sends (findSessionActor), prepared once per connection as
// the app's is, so both do equal database work.
const SESSION_SQL = `
  select s.id, s.last_seen_at, s.created_at, p.id as person_id, p.display_name, p.email, p.language,
         r.id as assignment_id, r.role, r.institution_id, i.name as institution_name,
         r.unit_id, u.name as unit_name, u.path as unit_path
    from sessions s
    join people p on p.id = s.person_id
    left join role_assignments r on r.person_id = p.id
    left join institutions i on i.id = r.institution_id
    left join units u on u.id = r.unit_id
   where s.id = $1 and s.expires_at > $2
   order by i.name, r.role, u.path`;

async function startBare() {
  const pool = new pg.Pool({ connectionString: url, max: POOL });
  const app = Fastify();
  app.get('/api/v1/me', async (request, reply) => {
    const token = /(?:^|;\s*)dd_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
    if (!token) return reply.status(401).send({ error: 'unauthenticated' });
    const id = createHash('sha256').update(token).digest('hex');
    const { rows } = await pool.query({ name: 'session_actor', text: SESSION_SQL, values: [id, new Date()] });
    const first = rows[0];
    if (!first) return reply.status(401).send({ error: 'unauthenticated' });
    return {
      person: {
        id: first.person_id,
        displayName: first.display_name,
        email: first.email,
        language: first.language,
      },
      roles: rows
        .filter((r) => r.assignment_id)
        .map((r) => ({
          id: r.assignment_id,
          role: r.role,
          institution: r.institution_id ? { id: r.institution_id, name: r.institution_name } : null,
          unit: r.unit_id ? { id: r.unit_id, name: r.unit_name } : null,
        })),
    };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app.server.address();
}

const address = kind === 'app' ? await startApp() : await startBare();
if (!address || typeof address === 'string') throw new Error('no port');
process.send?.({ port: address.port });
