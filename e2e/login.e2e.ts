import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { demoAccounts } from '../server/src/modules/identity/demo-data.js';
import { launchBrowser, logIn, newContext, signIn } from './support.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
beforeEach(async () => {
  context = await newContext(browser, baseUrl);
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

const navigationLinks = async () =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();

const everyone = ['Start', 'Mijn profiel', 'Welke kwalificatie?'];
const teacher = [
  'Mijn onderwijsprofiel',
  'Mijn kwalificaties',
  'Mijn trajecten',
  'Mijn registerdossier',
  'Mijn registeruren',
  'Mijn steekproefcontroles',
];
/** What each demo account must see, written out: a page given to the wrong role fails here. */
const expectedNavigation: Record<string, string[]> = {
  'admin@docentdossier.test': [...everyone, 'Kwalificatiebeleid', 'Kwalificatieoverzicht', 'Beheer'],
  'umcu-admin@docentdossier.test': [...everyone, 'Kwalificatiebeleid', 'Kwalificatieoverzicht', 'Beheer'],
  'teacher@docentdossier.test': [...everyone, ...teacher],
  'school-teacher@docentdossier.test': [...everyone, ...teacher],
  'mentor@docentdossier.test': [...everyone, ...teacher],
  'adviser@docentdossier.test': [...everyone, 'Intakes', 'Mijn begeleiding'],
  'trainer@docentdossier.test': everyone,
  'assessor@docentdossier.test': [...everyone, 'Dossiercontroles'],
  'coordinator@docentdossier.test': [
    ...everyone,
    'Steekproeven',
    'Registeroverzicht',
    'Kwalificatiebeleid',
    'Kwalificatieoverzicht',
    'Trajectenoverzicht',
    'Beoordelingsweken',
    'Catalogus en prijzen',
  ],
  'manager@docentdossier.test': [
    ...everyone,
    'Kosten goedkeuren',
    'Profielen bevestigen',
    'Kwalificatieoverzicht',
  ],
  'provider@docentdossier.test': [...everyone, 'Gevalideerde activiteiten'],
};

describe('logging in', () => {
  it('knows what every demo account must see', () => {
    expect(Object.keys(expectedNavigation).sort()).toEqual(demoAccounts.map((a) => a.email).sort());
  });

  it.each(demoAccounts.map((account) => [account.email, account] as const))(
    'shows %s the navigation of their roles',
    async (email, account) => {
      await logIn(page, email);
      expect(await navigationLinks()).toEqual(expectedNavigation[email]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        `Welkom, ${account.displayName}`,
      );
    },
  );

  it('lists the roles per institution on the start page', async () => {
    await signIn(context, baseUrl, 'teacher@docentdossier.test');
    await page.goto('/');
    const roles = page.getByRole('main').getByRole('listitem');
    await roles.first().waitFor();
    expect(await roles.allTextContents()).toEqual([
      'Docent — Amsterdam UMC, Faculteit der Geneeskunde (UvA)',
      'Docent — UMC Utrecht, Cardiologie',
    ]);
  });

  it('shows the API message when the password is wrong, and stays on the login page', async () => {
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('teacher@docentdossier.test');
    await page.getByLabel('Wachtwoord').fill('not the password');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Inloggen is niet gelukt.+/);
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('explains a failed single sign-on the server sent back', async () => {
    await page.goto('/login?error=OIDC_UNKNOWN_PERSON');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Er is geen account in Docentdossier');
  });

  it('validates the form before calling the API', async () => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    expect(await page.getByText('Vul een geldig e-mailadres in', { exact: false }).isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends an anonymous visitor to login and back to the page they asked for', async () => {
    await page.goto('/profile');
    await page.waitForURL(/\/login\?returnTo=%2Fprofile/);
    await page.getByLabel('E-mailadres').fill('adviser@docentdossier.test');
    await page.getByLabel('Wachtwoord').fill('Docentdossier2026!');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
  });

  it('logs out from the user menu and returns to the login page', async () => {
    await logIn(page, 'assessor@docentdossier.test');
    await page.getByRole('button', { name: /^Gebruikersmenu van / }).click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.goto('/');
    await page.waitForURL(/\/login/);
  });

  it('sends a person whose session has ended to login, and back afterwards', async () => {
    await signIn(context, baseUrl, 'manager@docentdossier.test');
    await page.goto('/profile');
    await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
    await context.clearCookies({ name: 'dd_session' });
    // Any call now answers 401; choosing a language saves it, so it makes one.
    await page.getByRole('radiogroup').locator('label').filter({ hasText: 'EN' }).click();
    await page.waitForURL(/\/login\?returnTo=%2Fprofile/);
  });

  it('tells a teacher who opens the administration page that they have no access', async () => {
    await signIn(context, baseUrl, 'teacher@docentdossier.test');
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  });
});
