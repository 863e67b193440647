import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs from source (tsx, vitest) or from dist/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the server');
    dir = parent;
  }
  return dir;
}

export const rootDir = findRoot();
export const migrationsDir = join(rootDir, 'server', 'migrations');
export const webDistDir = join(rootDir, 'dist', 'web');
/** An empty, migrated embedded database, made by the build (see build-db-template.ts). */
export const pgliteTemplateFile = join(rootDir, 'dist', 'pglite-template.tar');
