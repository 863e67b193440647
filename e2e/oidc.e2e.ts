import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findFreePort, startTestProvider, type TestProvider } from '../server/test/oidc-provider.js';
import { type RunningServer, startServer } from './server.js';
import { launchBrowser, newContext } from './support.js';

// Single sign-on needs a server configured for it, so this file starts its own next to a real OpenID
// provider, instead of using the shared e2e server.

const TEACHER = { email: 'teacher@docentdossier.test', displayName: 'Daan de Docent' };

let provider: TestProvider;
let server: RunningServer | undefined;
let appUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const port = await findFreePort();
  appUrl = `http://127.0.0.1:${port}`;
  provider = await startTestProvider({
    redirectUri: `${appUrl}/api/v1/auth/oidc/callback`,
    // The demo data seeds the teacher with this address and no subject: the first login links them.
    accounts: [{ sub: 'surf-teacher-0001', email: TEACHER.email, name: TEACHER.displayName }],
  });
  [browser, server] = await Promise.all([
    launchBrowser(),
    startServer({
      port,
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_ALLOW_INSECURE: 'true',
        OIDC_LABEL: 'SURFconext',
      },
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.close();
});

beforeEach(async () => {
  context = await newContext(browser, appUrl);
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

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
