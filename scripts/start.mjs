#!/usr/bin/env node
// `npm start`: build the server and web app when the build is missing or older than the sources, then run
// the server as if exec'd: stdio inherited, signals passed on, its exit code ours.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MAIN = 'dist/server/src/main.js';
const BUILT = [MAIN, 'dist/web/index.html', 'dist/pglite-template.tar'];
export const STAMP = 'dist/.build-stamp';
// What the build reads: the sources, the migrations (for the database template), the lock file (dependency
// changes) and the build configuration.
const SOURCES = [
  'server/src',
  'server/migrations',
  'contracts',
  'web',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.build.json',
  'vite.config.ts',
];

/**
 * The newest entry under `path` as `{ path, mtimeMs }`, or null when it does not exist. Directories count
 * too: deleting or renaming a file changes only its directory's mtime.
 */
export function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return null;
  }
  let found = { path, mtimeMs: stat.mtimeMs };
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path)) {
      if (entry === 'node_modules' || entry === 'dist') continue;
      const inner = newest(join(path, entry));
      if (inner && inner.mtimeMs >= found.mtimeMs) found = inner; // on ties, name the file, not its folder
    }
  }
  return found;
}

/** Why the build must run again, or null when it is up to date. Paths are relative to `root`. */
export function staleReason(root = '.') {
  const missing = BUILT.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} does not exist`;
  const stamp = newest(join(root, STAMP));
  if (!stamp) return `${STAMP} does not exist`;
  for (const source of SOURCES) {
    const found = newest(join(root, source));
    if (found && found.mtimeMs > stamp.mtimeMs) return `${found.path} changed after the last build`;
  }
  return null;
}

function build() {
  const started = new Date();
  for (const script of ['build:server', 'build:web']) {
    const { status } = spawnSync('npm', ['run', script], { stdio: 'inherit' });
    if (status !== 0) {
      console.error(`start: npm run ${script} failed; not starting the server.`);
      process.exit(status ?? 1);
    }
  }
  // The stamp carries the time the build started, so a file saved during the build triggers the next one.
  writeFileSync(STAMP, `${started.toISOString()}\n`);
  utimesSync(STAMP, started, started);
}

function runServer(args) {
  // Own process group, so a terminal's Ctrl-C reaches the server once (through us), not twice: a second
  // SIGINT usually means "stop now, skip the graceful shutdown".
  const server = spawn(process.execPath, [MAIN, ...args], { stdio: 'inherit', detached: true });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => server.kill(signal));
  }
  server.once('error', (error) => {
    console.error(`start: cannot run ${MAIN}: ${error.message}`);
    process.exit(1);
  });
  server.once('exit', (code, signal) => process.exit(code ?? 128 + constants.signals[signal]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  const reason = staleReason();
  if (reason) {
    console.log(`start: building (${reason})`);
    build();
  }
  runServer(process.argv.slice(2));
}
