import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, writePgliteTemplate } from '../src/platform/db/database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a dump of a freshly migrated database, loaded by each test file */
    pgliteTemplate: string;
    /** PostgreSQL: a migrated template database each test file copies */
    pgTemplateUrl: string;
  }
}

/**
 * Migrates once per run; every test file then starts from a copy of that database, so files never see
 * each other's rows and nobody pays for migrations twice.
 */
export default async function setup(project: TestProject) {
  // A project's `env` reaches its test workers, not its global setup: tell the databases apart by project.
  if (project.name === 'integration-pg') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL integration tests');
    const name = `dd_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const templateUrl = withDatabase(url, name);
    const database = await openDatabase({ url: templateUrl }, 1);
    await database.migrate();
    await database.close();
    project.provide('pgTemplateUrl', templateUrl);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const file = join(tmpdir(), `docentdossier-template-${process.pid}.tar`);
  await writePgliteTemplate(file);
  project.provide('pgliteTemplate', file);
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.href;
}
