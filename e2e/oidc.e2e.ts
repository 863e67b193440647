import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findFreePort, startTestProvider, type TestProvider } from '../server/test/oidc-provider.js';
import { launchBrowser, newContext } from './support.js';

// Single sign-on needs a server configured for it, so this file starts its own next to a real OpenID
// provider, instead of using the shared e2e server.

const ROOT = resolve(import.meta.dirname, '..');
const SERVER_ENTRY = join(ROOT, 'dist/server/src/main.js');
const READY_TIMEOUT_MS = 60_000;
const TEACHER = { email: 'teacher@docentdossier.test', displayName: 'Daan de Docent' };

let provider: TestProvider;
let server: ChildProcess | undefined;
let serverLog = '';
let dataDir: string | undefined;
let appUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  for (const built of [SERVER_ENTRY, join(ROOT, 'dist/web/index.html')]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run \`npm run build\` before the e2e tests`);
  }
  const port = await findFreePort();
  appUrl = `http://127.0.0.1:${port}`;
  provider = await startTestProvider({
    redirectUri: `${appUrl}/api/v1/auth/oidc/callback`,
    // The demo data seeds the teacher with this address and no subject: the first login links them.
    accounts: [{ sub: 'surf-teacher-0001', email: TEACHER.email, name: TEACHER.displayName }],
  });
  dataDir = await mkdtemp(join(tmpdir(), 'docentdossier-e2e-oidc-'));
  server = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: appUrl,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_ALLOW_INSECURE: 'true',
      OIDC_LABEL: 'SURFconext',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    serverLog += chunk.toString();
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  [browser] = await Promise.all([launchBrowser(), waitForHealth(server)]);
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolveExit) => server?.once('exit', resolveExit));
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  await provider?.close();
});

beforeEach(async () => {
  context = await newContext(browser, appUrl);
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

async function waitForHealth(child: ChildProcess) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server stopped (exit ${child.exitCode}):\n${serverLog}`);
    const healthy = await fetch(`${appUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    // Polling is the condition here: the server has no other way to say it is ready.
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`The server was not healthy within ${READY_TIMEOUT_MS} ms:\n${serverLog}`);
}

/** Clicks the SSO button on the login page and signs in at the provider as the demo teacher. */
async function logInWithSurfconext() {
  await page.getByRole('link', { name: 'Inloggen met SURFconext' }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.getByRole('button', { name: `Sign in as ${TEACHER.email}` }).click();
}

describe('single sign-on with SURFconext', () => {
  it('logs the demo teacher in through the provider and shows their start page', async () => {
    await page.goto('/login');
    await logInWithSurfconext();
    await page.getByRole('heading', { level: 1, name: `Welkom, ${TEACHER.displayName}` }).waitFor();
    expect(new URL(page.url()).href).toBe(`${appUrl}/`);
    const roles = page.getByRole('main').getByRole('listitem');
    expect(await roles.allTextContents()).toEqual([
      'Docent — Amsterdam UMC, Faculteit der Geneeskunde (UvA)',
      'Docent — UMC Utrecht, Cardiologie',
    ]);
  });

  it('returns to the page the visitor asked for before logging in', async () => {
    await page.goto('/profile');
    await page.waitForURL(/\/login\?returnTo=%2Fprofile/);
    await logInWithSurfconext();
    await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
  });
});
