import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPerson } from '../../src/modules/identity/identity.repository.js';
import { people } from '../../src/modules/identity/identity.tables.js';
import { makeInstitution, makePerson } from '../factories.js';
import { createTestApp, type TestApp } from '../harness.js';
import { findFreePort, startTestProvider, type TestAccount, type TestProvider } from '../oidc-provider.js';

// The app listens on a real port and talks to a real provider over HTTP; the "browser" below is fetch
// with a cookie jar, following redirects by hand so each hop can be inspected.

const CALLBACK_PATH = '/api/v1/auth/oidc/callback';

let t: TestApp;
let provider: TestProvider;
let appUrl: string;
let institutionId: string;
const accounts: TestAccount[] = [];

beforeAll(async () => {
  const port = await findFreePort();
  appUrl = `http://127.0.0.1:${port}`;
  provider = await startTestProvider({ redirectUri: `${appUrl}${CALLBACK_PATH}`, accounts });
  t = await createTestApp({
    PUBLIC_URL: appUrl,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_ALLOW_INSECURE: 'true',
  });
  await t.app.listen({ port, host: '127.0.0.1' });
  institutionId = (await makeInstitution(t.database.db)).institution.id;
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

let counter = 0;
/** A provider account, and optionally a person in the app with the same e-mail address. */
async function setUp(options: { person?: boolean; emailVerified?: boolean } = {}) {
  counter += 1;
  const email = `sso-${counter}@example.test`;
  const account: TestAccount = { sub: `subject-${counter}`, email, email_verified: options.emailVerified };
  accounts.push(account);
  const person =
    options.person === false
      ? null
      : await makePerson(t.database.db, {
          email,
          password: false,
          roles: [{ role: 'teacher', institutionId }],
        });
  return { account, person };
}

interface Cookie {
  name: string;
  value: string;
  host: string;
  path: string;
  httpOnly: boolean;
}

/** Just enough of a browser: a cookie jar (by host, as browsers keep them, not by port) and fetch. */
class Browser {
  readonly cookies: Cookie[] = [];

  cookie(name: string): Cookie | undefined {
    return this.cookies.find((c) => c.name === name);
  }

  async fetch(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(url);
    const sent = this.cookies.filter(
      (c) =>
        c.host === target.hostname &&
        (target.pathname === c.path ||
          target.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)),
    );
    const headers: Record<string, string> = {};
    if (sent.length > 0) headers.cookie = sent.map((c) => `${c.name}=${c.value}`).join('; ');
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers,
      ...(init.form ? { body: new URLSearchParams(init.form) } : {}),
    });
    for (const header of response.headers.getSetCookie()) this.store(target, header);
    return response;
  }

  private store(from: URL, header: string) {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const eqAt = pair.indexOf('=');
    const cookie: Cookie = {
      name: pair.slice(0, eqAt),
      value: pair.slice(eqAt + 1),
      host: from.hostname,
      path: from.pathname.slice(0, from.pathname.lastIndexOf('/')) || '/',
      httpOnly: false,
    };
    let expired = cookie.value === '';
    for (const attribute of attributes) {
      const [key = '', value = ''] = attribute.split('=');
      const k = key.toLowerCase();
      if (k === 'path') cookie.path = value;
      else if (k === 'httponly') cookie.httpOnly = true;
      else if (k === 'max-age') expired ||= Number(value) <= 0;
      else if (k === 'expires') expired ||= Date.parse(value) <= Date.now();
    }
    const same = this.cookies.findIndex(
      (c) => c.name === cookie.name && c.host === cookie.host && c.path === cookie.path,
    );
    if (same >= 0) this.cookies.splice(same, 1);
    if (!expired) this.cookies.push(cookie);
  }
}

const locationOf = (response: Response, base: string) => {
  const location = response.headers.get('location');
  if (!location) throw new Error(`expected a redirect from ${base}, got ${response.status}`);
  return new URL(location, base).href;
};

/**
 * Starts SSO in the app and signs in at the provider as `sub`; returns the app's callback URL the
 * provider sent the browser to, not yet visited.
 */
async function signInAtProvider(browser: Browser, sub: string, returnTo = '/') {
  let url = `${appUrl}/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;
  let response = await browser.fetch(url);
  expect(response.status).toBe(302);
  // authorization endpoint → interaction page
  for (let hops = 0; !new URL(url).pathname.startsWith('/interaction/'); hops += 1) {
    if (hops > 5) throw new Error(`no login page reached, stopped at ${url}`);
    url = locationOf(response, url);
    response = await browser.fetch(url);
  }
  expect(response.status).toBe(200);
  expect(await response.text()).toContain(`name="sub" value="${sub}"`);
  response = await browser.fetch(url, { method: 'POST', form: { sub } });
  // interaction → resumed authorization → back to the app
  for (let hops = 0; !url.startsWith(`${appUrl}${CALLBACK_PATH}`); hops += 1) {
    if (hops > 5) throw new Error(`the provider did not return to the app, stopped at ${url}`);
    url = locationOf(response, url);
    if (!url.startsWith(appUrl)) response = await browser.fetch(url);
  }
  return url;
}

/** The whole login: returns the app's answer to the callback (a redirect). */
async function logInThroughProvider(browser: Browser, sub: string, returnTo = '/') {
  const callbackUrl = await signInAtProvider(browser, sub, returnTo);
  const response = await browser.fetch(callbackUrl);
  expect(response.status).toBe(302);
  return { callbackUrl, location: response.headers.get('location') };
}

async function me(browser: Browser) {
  const response = await browser.fetch(`${appUrl}/api/v1/me`);
  return { status: response.status, body: (await response.json()) as { person: { id: string } } };
}

describe('single sign-on through an OpenID Connect provider', () => {
  it('reports SSO as on, with the button label', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/config' });
    expect(response.json()).toEqual({ oidc: { enabled: true, label: 'SURFconext' } });
  });

  it('sends the browser to the provider with PKCE, keeping the state in a cookie only the callback sees', async () => {
    const browser = new Browser();
    const response = await browser.fetch(`${appUrl}/api/v1/auth/oidc/start?returnTo=/dossier`);
    expect(response.status).toBe(302);
    const authorize = new URL(locationOf(response, appUrl));
    expect(authorize.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: provider.clientId,
      response_type: 'code',
      redirect_uri: `${appUrl}${CALLBACK_PATH}`,
      code_challenge_method: 'S256',
      scope: 'openid email profile',
    });
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(browser.cookie('dd_oidc_state')).toMatchObject({
      value: authorize.searchParams.get('state'),
      path: CALLBACK_PATH,
      httpOnly: true,
    });
  });

  it('logs in the person with the same verified e-mail address, remembers the subject and returns to returnTo', async () => {
    const { account, person } = await setUp();
    const browser = new Browser();
    const { location } = await logInThroughProvider(browser, account.sub, '/dossier?tab=plan');
    expect(location).toBe('/dossier?tab=plan');
    expect(browser.cookie('dd_session')?.httpOnly).toBe(true);
    expect(browser.cookie('dd_oidc_state')).toBeUndefined();
    expect(await me(browser)).toMatchObject({ status: 200, body: { person: { id: person?.id } } });
    expect((await findPerson(t.database.db, person?.id ?? ''))?.oidcSubject).toBe(account.sub);
  });

  it('later finds the person by subject, even after both e-mail addresses changed', async () => {
    const { account, person } = await setUp();
    await logInThroughProvider(new Browser(), account.sub);
    await t.database.db
      .update(people)
      .set({ email: `renamed-${counter}@example.test` })
      .where(eq(people.id, person?.id ?? ''));
    account.email = `elsewhere-${counter}@example.test`;

    const browser = new Browser();
    expect((await logInThroughProvider(browser, account.sub)).location).toBe('/');
    expect(await me(browser)).toMatchObject({ status: 200, body: { person: { id: person?.id } } });
  });

  it('refuses someone the app does not know, without a session', async () => {
    const { account } = await setUp({ person: false });
    const browser = new Browser();
    const { location } = await logInThroughProvider(browser, account.sub);
    expect(location).toBe('/login?error=OIDC_UNKNOWN_PERSON');
    expect(browser.cookie('dd_session')).toBeUndefined();
    expect((await me(browser)).status).toBe(401);
  });

  it('does not trust an e-mail address the provider marks as unverified', async () => {
    const { account, person } = await setUp({ emailVerified: false });
    const browser = new Browser();
    expect((await logInThroughProvider(browser, account.sub)).location).toBe(
      '/login?error=OIDC_UNKNOWN_PERSON',
    );
    expect(browser.cookie('dd_session')).toBeUndefined();
    expect((await findPerson(t.database.db, person?.id ?? ''))?.oidcSubject).toBeNull();
  });

  it('does not hand a person already tied to one subject to another subject with their address', async () => {
    const { account, person } = await setUp();
    await logInThroughProvider(new Browser(), account.sub);
    const impostor: TestAccount = { sub: `impostor-${counter}`, email: account.email };
    accounts.push(impostor);
    const browser = new Browser();
    expect((await logInThroughProvider(browser, impostor.sub)).location).toBe(
      '/login?error=OIDC_UNKNOWN_PERSON',
    );
    expect((await findPerson(t.database.db, person?.id ?? ''))?.oidcSubject).toBe(account.sub);
  });

  it('refuses a callback whose state differs from the one in the browser', async () => {
    const { account } = await setUp();
    const browser = new Browser();
    const callback = new URL(await signInAtProvider(browser, account.sub));
    callback.searchParams.set('state', 'forged-state');
    const response = await browser.fetch(callback.href);
    expect(response.headers.get('location')).toBe('/login?error=OIDC_FAILED');
    expect(browser.cookie('dd_session')).toBeUndefined();
  });

  it('refuses a callback in a browser that did not start the login (login CSRF)', async () => {
    const { account } = await setUp();
    const callbackUrl = await signInAtProvider(new Browser(), account.sub);
    const victim = new Browser();
    const response = await victim.fetch(callbackUrl);
    expect(response.headers.get('location')).toBe('/login?error=OIDC_FAILED');
    expect(victim.cookie('dd_session')).toBeUndefined();
  });

  it('refuses a state the app never issued, even when cookie and URL agree', async () => {
    const { account } = await setUp();
    const browser = new Browser();
    const callback = new URL(await signInAtProvider(browser, account.sub));
    const forged = 'x'.repeat(43);
    callback.searchParams.set('state', forged);
    const stateCookie = browser.cookie('dd_oidc_state');
    if (stateCookie) stateCookie.value = forged;
    const response = await browser.fetch(callback.href);
    expect(response.headers.get('location')).toBe('/login?error=OIDC_FAILED');
    expect(browser.cookie('dd_session')).toBeUndefined();
  });

  it('refuses a replayed callback, even with its state cookie put back', async () => {
    const { account } = await setUp();
    const browser = new Browser();
    const callbackUrl = await signInAtProvider(browser, account.sub);
    const state = browser.cookie('dd_oidc_state');
    expect((await browser.fetch(callbackUrl)).headers.get('location')).toBe('/');

    const replayer = new Browser();
    replayer.cookies.push({ ...(state as Cookie) });
    const response = await replayer.fetch(callbackUrl);
    expect(response.headers.get('location')).toBe('/login?error=OIDC_FAILED');
    expect(replayer.cookie('dd_session')).toBeUndefined();
  });

  it.each(['https://evil.test', '//evil.test/path', '/\\evil.test'])(
    'ignores returnTo %s, which would lead out of the app, and goes to /',
    async (returnTo) => {
      const { account } = await setUp();
      const browser = new Browser();
      expect((await logInThroughProvider(browser, account.sub, returnTo)).location).toBe('/');
      expect((await me(browser)).status).toBe(200);
    },
  );
});

describe('with single sign-on off', () => {
  let off: TestApp;
  beforeAll(async () => {
    off = await createTestApp();
  });
  afterAll(() => off?.close());

  it('reports SSO as off', async () => {
    const response = await off.app.inject({ method: 'GET', url: '/api/v1/auth/config' });
    expect(response.json()).toEqual({ oidc: { enabled: false, label: '' } });
  });

  it('answers 404 OIDC_DISABLED to a login start', async () => {
    const response = await off.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start?returnTo=/' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'OIDC_DISABLED', message: 'Inloggen via SSO is hier niet ingesteld.' },
    });
    expect(String(response.headers['set-cookie'])).not.toContain('dd_oidc_state');
  });
});

describe('with the provider out of reach', () => {
  let down: TestApp;
  beforeAll(async () => {
    const port = await findFreePort();
    down = await createTestApp({
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: 'docentdossier',
      OIDC_ALLOW_INSECURE: 'true',
    });
  });
  afterAll(() => down?.close());

  it('sends the browser back to the login page with a reason instead of failing', async () => {
    const response = await down.app.inject({
      method: 'GET',
      url: '/api/v1/auth/oidc/start?returnTo=/profile',
    });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/login?error=OIDC_UNAVAILABLE&returnTo=%2Fprofile');
  });
});
