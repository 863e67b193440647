import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsDir, pgliteTemplateFile } from '../paths.js';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { dataDir: string } | { pglite: PGlite };

// Any number; the same in every process so two starting at once migrate one after the other.
const MIGRATION_LOCK = 4_242_001;

export async function openDatabase(target: DatabaseTarget, poolMax = 10): Promise<Database> {
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: poolMax });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', () => {});
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      async migrate() {
        const client = await pool.connect();
        try {
          await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
          await migratePg(drizzlePg({ client, schema }), { migrationsFolder: migrationsDir });
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if ('pglite' in target) {
    client = target.pglite;
  } else {
    client = await openPgliteDir(target.dataDir);
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    // One process owns a PGlite directory, so no lock is needed.
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder: migrationsDir }),
    close: () => client.close(),
  };
}

/**
 * Opens the embedded database in `dataDir`. A new one starts from the template the build made (an empty,
 * migrated database): PGlite's initdb takes seconds, loading the template a fraction of that.
 */
async function openPgliteDir(dataDir: string): Promise<PGlite> {
  const isNew = !existsSync(dataDir) || readdirSync(dataDir).length === 0;
  mkdirSync(dataDir, { recursive: true });
  if (isNew && existsSync(pgliteTemplateFile)) {
    return PGlite.create(dataDir, { loadDataDir: new Blob([await readFile(pgliteTemplateFile)]) });
  }
  return PGlite.create(dataDir);
}

/** Writes the template for new embedded databases: a fresh database with every migration applied. */
export async function writePgliteTemplate(file: string = pgliteTemplateFile): Promise<void> {
  const pglite = await PGlite.create();
  const database = await openDatabase({ pglite });
  await database.migrate();
  const dump = await pglite.dumpDataDir('none');
  await database.close();
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
}

/** Used by the health check: the database answers a trivial query. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/** The one row an `insert … returning` or `update … returning` of one row gives back. */
export function single<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('expected exactly one row');
  return row;
}
