#!/usr/bin/env node
// The npm registry reachable here does not serve Biome's binaries for other platforms (404), so
// `npm install` leaves them out of package-lock.json, and `npm ci` then refuses the lock as incomplete.
// This adds the missing optional entries with their os/cpu/libc, which is all `npm ci` needs to skip them
// on Linux. It runs after every `npm install` (package.json "postinstall") and changes nothing when the
// lock is already complete.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const platform = (name) => {
  const [, os, cpu, libc] = /^@biomejs\/cli-(\w+)-(arm64|x64)(?:-(musl))?$/.exec(name) ?? [];
  return os ? { os, cpu, libc: os === 'linux' ? (libc ?? 'glibc') : undefined } : null;
};

let added = 0;
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const target = platform(name);
    if (!target || lock.packages[key] || path !== 'node_modules/@biomejs/biome') continue;
    lock.packages[key] = {
      version,
      cpu: [target.cpu],
      dev: entry.dev,
      ...(target.libc ? { libc: [target.libc] } : {}),
      license: entry.license,
      optional: true,
      os: [target.os],
    };
    added++;
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: added ${added} optional platform entries the registry does not serve`);
}
