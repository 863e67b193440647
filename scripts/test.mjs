#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure. Cheap checks come first so a
// type error fails in seconds; the build comes before vitest because the e2e project drives the built app.
// vitest runs last, over all projects (integration-pg too when TEST_DATABASE_URL is set), so the output
// ends in vitest's own summary.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const steps = [
  { name: 'type check', command: ['npm', 'run', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', 'lint'] },
  { name: 'ensure chromium', command: [process.execPath, 'scripts/ensure-chromium.mjs'] },
  { name: 'build', command: ['npm', 'run', 'build'] },
  // Extra arguments (`npm test -- server/test/identity`) go to vitest, so narrowing a run is explicit.
  { name: 'vitest', command: ['npx', 'vitest', 'run', ...process.argv.slice(2)] },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

let current = null;
// Each step runs in its own process group and gets our signals as a group: npm and npx run commands
// through `sh -c`, which dies on SIGTERM without passing it on, and would leave vitest running.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    try {
      if (current?.pid) process.kill(-current.pid, signal);
    } catch {
      // The step has just ended.
    }
  });
}

function run([command, ...args]) {
  return new Promise((resolve) => {
    current = spawn(command, args, { stdio: 'inherit', detached: true });
    current.once('error', (error) => resolve({ code: 127, reason: error.message }));
    current.once('exit', (code, signal) =>
      resolve(signal ? { code: 128 + constants.signals[signal], reason: `killed by ${signal}` } : { code }),
    );
  });
}

const started = Date.now();
const done = [];
for (const [index, step] of steps.entries()) {
  // The last header also lists the earlier steps' times: nothing is printed after vitest's summary.
  const before = index === steps.length - 1 ? `  (${done.join(', ')})` : '';
  console.log(`\n▶ [${index + 1}/${steps.length}] ${step.name}: ${step.command.join(' ')}${before}`);
  const stepStarted = Date.now();
  const { code, reason } = await run(step.command);
  const took = seconds(Date.now() - stepStarted);
  if (code !== 0) {
    console.error(
      `\n✖ npm test failed at step ${index + 1}/${steps.length} "${step.name}" ` +
        `(${step.command.join(' ')}: ${reason ?? `exit ${code}`}) after ${took}; ` +
        `${steps.length - index - 1} later step(s) not run. Total ${seconds(Date.now() - started)}.`,
    );
    process.exit(code);
  }
  done.push(`${step.name} ${took}`);
  if (index < steps.length - 1) console.log(`✔ ${step.name} ${took}`);
}
