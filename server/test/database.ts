import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../src/platform/db/database.js';
import { withDatabase } from './global-setup.js';

/** A database of its own for one test file, migrated, on PGlite or PostgreSQL as the project says. */
export async function createTestDatabase(): Promise<Database> {
  if (process.env.TEST_DB === 'postgres') {
    const templateUrl = inject('pgTemplateUrl');
    const template = new URL(templateUrl).pathname.slice(1);
    const name = `dd_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: templateUrl.replace(`/${template}`, '/postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const database = await openDatabase({ url: withDatabase(templateUrl, name) }, 5);
    return {
      ...database,
      async close() {
        await database.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dump = await readFile(inject('pgliteTemplate'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([dump]) });
  return openDatabase({ pglite });
}
