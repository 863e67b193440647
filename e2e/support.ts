import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/src/modules/identity/demo-data.js';

export { DEMO_PASSWORD };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 860 },
    // No transitions: axe would otherwise measure a notification's contrast halfway through its fade-in.
    reducedMotion: 'reduce',
  });
  // Everything here answers within a second; a missing element should fail fast, not after 30 s.
  context.setDefaultTimeout(10_000);
  return context;
}

/** Logs in through the login page and waits until the start page greets the person. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/^(E-mailadres|Email address)/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Inloggen|Log in)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^(Welkom|Welcome), / }).waitFor();
}

/** A cookie-keeping API client: arranges data without the cost of going through the pages. */
export class ApiSession {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': this.cookies.get('dd_csrf') ?? '',
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const separator = pair.indexOf('=');
      this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  }

  static async logIn(baseUrl: string, email: string): Promise<ApiSession> {
    const session = new ApiSession(baseUrl);
    await session.call('GET', '/api/v1/auth/csrf');
    await session.call('POST', '/api/v1/auth/login', { email, password: DEMO_PASSWORD });
    return session;
  }
}

/** A page in a browser context of its own with the session of `email`; closing the browser closes it. */
export async function pageAs(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const context = await newContext(browser, baseUrl);
  await signIn(context, baseUrl, email);
  return context.newPage();
}

/**
 * Picks `option` in the combobox labelled `label` within `scope`, typing `search` first when given. The list
 * opens in a portal, so the option is looked up on the whole page; a pattern takes its first match.
 */
export async function chooseOption(
  scope: Page | Locator,
  label: string,
  option: string | RegExp,
  search?: string,
): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  if (search === undefined) await box.click();
  else await box.fill(search);
  const page = 'page' in scope ? scope.page() : scope;
  const options = page.getByRole('option', { name: option, exact: true });
  await (typeof option === 'string' ? options : options.first()).click();
}

/** Gives the browser context the session of `email`, logged in through the API. */
export async function signIn(context: BrowserContext, baseUrl: string, email: string): Promise<void> {
  const session = await ApiSession.logIn(baseUrl, email);
  await context.addCookies([...session.cookies].map(([name, value]) => ({ name, value, url: baseUrl })));
}

export interface NewAccount {
  email: string;
  displayName: string;
  language: 'nl' | 'en';
  role: 'administrator' | 'teacher' | 'line-manager' | 'educational-adviser';
  /** the name of the unit at UMC Utrecht the role holds in (e.g. 'Cardiologie'); absent: the whole institution */
  unit?: string;
}

/**
 * Creates an account of the test's own, so a test that changes a person's saved language (or profile, or
 * record) never changes what another test, logging in as a demo account, sees.
 */
export async function createAccount(baseUrl: string, account: NewAccount): Promise<void> {
  const admin = await ApiSession.logIn(baseUrl, 'admin@docentdossier.test');
  const person = (await admin.call('POST', '/api/v1/people', {
    displayName: account.displayName,
    email: account.email,
    language: account.language,
    password: DEMO_PASSWORD,
  })) as { id: string };
  const institutions = (await admin.call('GET', '/api/v1/institutions')) as {
    items: { id: string; slug: string; units: { id: string; name: string }[] }[];
  };
  const umcu = institutions.items.find((institution) => institution.slug === 'umcu');
  const unit = account.unit ? umcu?.units.find((candidate) => candidate.name === account.unit) : undefined;
  if (account.unit && !unit) throw new Error(`UMC Utrecht has no unit named ${account.unit}`);
  await admin.call('POST', `/api/v1/people/${person.id}/roles`, {
    role: account.role,
    institutionId: account.role === 'administrator' ? null : (umcu?.id ?? null),
    unitId: unit?.id ?? null,
  });
}

/** A unique address per call, so reruns against one server never collide. */
export const uniqueEmail = (name: string) =>
  `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.nl`;

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The page's WCAG 2.1 AA violations, summarised so a failing assertion names rule and elements. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Let Mantine's transitions (modals, tabs) finish, so colours are measured at rest.
  await page.waitForFunction(() => {
    // This file is type-checked without the DOM library; the function runs in the page.
    const { document } = globalThis as unknown as { document: { getAnimations(): { playState: string }[] } };
    return document.getAnimations().every((animation) => animation.playState !== 'running');
  });
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Has the demo provider register `email`'s attendance at its demo activity (RL-DEMO-2025-0042): the attendee
 * gets a notification, as in use.
 */
export async function registerDemoAttendance(baseUrl: string, email: string): Promise<void> {
  const provider = await ApiSession.logIn(baseUrl, 'provider@docentdossier.test');
  const me = (await provider.call('GET', '/api/v1/me')) as {
    roles: { institution: { id: string } | null }[];
  };
  const providerId = me.roles.find((role) => role.institution)?.institution?.id;
  const activities = (await provider.call('GET', `/api/v1/providers/${providerId}/activities`)) as {
    items: { id: string; number: string }[];
  };
  const demo = activities.items.find((activity) => activity.number === 'RL-DEMO-2025-0042');
  if (!demo) throw new Error('The demo provider activity RL-DEMO-2025-0042 is missing');
  await provider.call('POST', `/api/v1/provider-activities/${demo.id}/attendances`, { email });
}
