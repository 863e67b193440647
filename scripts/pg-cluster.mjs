#!/usr/bin/env node
// A throwaway PostgreSQL cluster for tests, so integration tests also run against a real server.
//
//   node scripts/pg-cluster.mjs -- <command...>   run the command with TEST_DATABASE_URL set, exit with its code
//   node scripts/pg-cluster.mjs                   start a cluster, print its URL, stop it on Ctrl-C
//   import { startCluster } from './pg-cluster.mjs'; const { url, stop } = await startCluster();
//
// Debian's postgresql package cannot start its default cluster on these machines, so we initdb our own
// in a temp dir (about 1 s) with durability switched off: the data is thrown away anyway.
import { execFile, spawn } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

/** Debian's server binaries, highest major version first; PG_BINDIR overrides. */
export function findPgBinDir() {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin. ' +
        'Install them with `sudo apt-get install postgresql` or set PG_BINDIR.',
    );
  }
  return join(root, versions[0], 'bin');
}

/**
 * initdb and postgres refuse to run as root. As root we run them as Debian's `postgres` system user;
 * spawn's uid/gid options do what `runuser -u postgres --` would, without a shell or PAM in between.
 */
function postgresUser() {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) {
    throw new Error(
      'Running as root, but there is no `postgres` user to run PostgreSQL as (apt-get install postgresql creates it).',
    );
  }
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(bin, args, { user, cwd }) {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { cwd, ...(user ?? {}) }, (error, stdout) => {
      // error.message names the command and carries its stderr; stdout often holds the context.
      if (error) reject(new Error(`${error.message.trimEnd()}\n${stdout}`.trimEnd()));
      else resolve(stdout);
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a fresh cluster; resolves to `{ url, port, dir, stop }`. `stop()` is idempotent. */
export async function startCluster() {
  const bin = findPgBinDir();
  const user = postgresUser();
  const dir = mkdtempSync(join(tmpdir(), 'docentdossier-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  if (user) chownSync(dir, user.uid, user.gid);
  // cwd is the temp dir: as the postgres user, a cwd under /root would be unreadable.
  const opts = { user, cwd: dir };
  const pgCtl = (...args) => run(join(bin, 'pg_ctl'), ['-D', data, ...args], opts);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // Immediate mode skips the shutdown checkpoint; nothing here needs to survive.
    await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const initdbArgs = '-A trust -U postgres --no-sync -E UTF8 --locale=C --no-instructions'.split(' ');
    await run(join(bin, 'initdb'), ['-D', data, ...initdbArgs], opts);
    // Appending keeps postgresql.conf owned by the postgres user; later lines win over earlier ones.
    appendFileSync(
      join(data, 'postgresql.conf'),
      [
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'fsync = off',
        'full_page_writes = off',
        'synchronous_commit = off',
        'max_connections = 200',
        '',
      ].join('\n'),
    );
    // The free port may be taken again between probing and binding: retry with another one.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        await pgCtl('-l', log, '-w', '-t', '60', '-o', `-p ${port}`, 'start');
        return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
      } catch (error) {
        if (attempt === 3) {
          const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-20).join('\n') : '';
          throw new Error(`${error.message}\npostgres.log:\n${tail}`);
        }
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

async function main(argv) {
  const command = argv[0] === '--' ? argv.slice(1) : argv;
  // Listen before starting: a Ctrl-C during the second of startup must not leave a cluster behind.
  let received = null;
  let child = null;
  let wake = () => {};
  // The command runs in its own process group and signals go to the whole group: `npm test` runs its
  // script through `sh -c`, which would die on SIGTERM without passing it on, orphaning the tests.
  const signalCommand = (signal) => {
    try {
      return Boolean(child?.pid) && process.kill(-child.pid, signal);
    } catch {
      return false; // the group is gone
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      received ??= signal;
      // The command decides when it is done; the cluster goes once it has exited.
      signalCommand(signal);
      wake();
    });
  }
  const exitCodeOf = (signal) => 128 + constants.signals[signal];

  let cluster;
  const started = Date.now();
  try {
    cluster = await startCluster();
  } catch (error) {
    console.error(`pg-cluster: ${error.message}`);
    process.exit(received ? exitCodeOf(received) : 1);
  }
  if (received) {
    await cluster.stop();
    process.exit(exitCodeOf(received));
  }

  if (command.length === 0) {
    console.log(`pg-cluster: TEST_DATABASE_URL=${cluster.url}\npg-cluster: press Ctrl-C to stop`);
    // Nothing else keeps the event loop alive while the cluster runs on its own.
    const keepAlive = setInterval(() => {}, 1 << 30);
    await new Promise((resolve) => {
      wake = resolve;
    });
    clearInterval(keepAlive);
    await cluster.stop();
    process.exit(0);
  }

  console.log(
    `pg-cluster: PostgreSQL from ${findPgBinDir()} ready at ${cluster.url} in ${Date.now() - started} ms`,
  );
  child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: cluster.url },
    detached: true,
  });
  const code = await new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`pg-cluster: cannot run ${command[0]}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? exitCodeOf(signal)));
  });
  // On SIGTERM `sh -c` dies before the processes under it: give those a few seconds to finish and report,
  // then kill whatever is left, which would otherwise hold connections to a cluster that is going away.
  for (let i = 0; i < 50 && signalCommand(0); i++) await setTimeout(100);
  signalCommand('SIGKILL');
  await cluster.stop();
  process.exit(code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
