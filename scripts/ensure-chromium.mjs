#!/usr/bin/env node
// The e2e tests drive Debian's Chromium through playwright-core (never `npx playwright install`: its
// downloads are not reachable here). Make sure it is there before the tests run, installing it when we
// can; otherwise fail with the fix. Never skip: a missing browser must not turn into skipped e2e tests.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutable(join(dir, command)));
}

function aptGet(args) {
  console.log(`$ apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * Returns the Chromium path the e2e tests will use, or throws with how to fix it.
 * `canInstall` is injectable so the non-root path can be tried without uninstalling anything.
 */
export function ensureChromium({
  path = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM,
  canInstall = process.getuid?.() === 0 && onPath('apt-get'),
} = {}) {
  if (isExecutable(path)) return path;

  const howTo =
    `Install Debian's Chromium with \`sudo apt-get install chromium\` (it lands at ${DEBIAN_CHROMIUM}), ` +
    'or set CHROMIUM_PATH to an executable Chromium.';
  // Installing the package only helps when the tests look where the package puts it.
  if (path !== DEBIAN_CHROMIUM) {
    throw new Error(`CHROMIUM_PATH=${path} is not an executable file. ${howTo}`);
  }
  if (!canInstall) {
    throw new Error(`Chromium not found at ${path}; the e2e tests need it. ${howTo}`);
  }
  console.log(`Chromium not found at ${path}: installing Debian's chromium package.`);
  aptGet(['update']);
  aptGet(['install', '-y', 'chromium']);
  if (!isExecutable(path)) throw new Error(`apt-get installed chromium, yet ${path} is still missing.`);
  return path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error(`ensure-chromium: ${error.message}`);
    process.exit(1);
  }
}
