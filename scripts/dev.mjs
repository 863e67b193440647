#!/usr/bin/env node
// `npm run dev`: the API under `tsx watch` (restarts on save) and the Vite dev server (hot reload, proxies
// /api to the API on :3000) side by side. Ctrl-C stops both; when either stops, the other goes too.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const children = [
  // tsx gets no stdin: only Vite reads keys from the terminal (its `h` shortcuts), never both.
  spawn('node_modules/.bin/tsx', ['watch', '--clear-screen=false', 'server/src/main.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  }),
  spawn('node_modules/.bin/vite', [], { stdio: 'inherit', detached: true }),
];

// Each child runs in its own process group, so one signal reaches the child and everything under it
// (the server tsx restarts) exactly once, whether Ctrl-C came from the terminal or a kill from elsewhere.
function stopAll(signal) {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

let exitCode = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    exitCode ??= 128 + constants.signals[signal];
    stopAll('SIGTERM');
  });
}

let running = children.length;
for (const child of children) {
  child.once('error', (error) => {
    console.error(`dev: cannot run ${child.spawnfile}: ${error.message} (did you run npm install?)`);
    exitCode ??= 1;
  });
  child.once('close', (code, signal) => {
    // The first one to stop decides the exit code; the rest are stopped because of it.
    exitCode ??= code ?? 128 + constants.signals[signal];
    stopAll('SIGTERM');
    running -= 1;
    if (running === 0) process.exit(exitCode);
  });
}
