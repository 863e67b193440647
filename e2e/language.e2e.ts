import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createAccount, launchBrowser, logIn, newContext, uniqueEmail } from './support.js';

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

const htmlLang = () => page.locator('html').getAttribute('lang');
// The radio inputs are visually hidden behind their labels, which are what a user clicks.
const chooseLanguage = (code: 'NL' | 'EN') =>
  page.getByRole('radiogroup').locator('label').filter({ hasText: code }).click();

describe('interface language', () => {
  it('is Dutch by default and switches to English on the login page, remembered after a reload', async () => {
    await page.goto('/login');
    expect(await htmlLang()).toBe('nl');
    expect(await page.title()).toBe('Inloggen – Docentdossier');

    await chooseLanguage('EN');
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await htmlLang()).toBe('en');
    expect(await page.getByLabel('Email address').isVisible()).toBe(true);
    expect(await page.title()).toBe('Log in – Docentdossier');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await htmlLang()).toBe('en');
  });

  it('follows the saved language at login and saves a change for the next login', async () => {
    const email = uniqueEmail('coordinator');
    await createAccount(baseUrl, { email, displayName: 'Cas Coördinator', language: 'nl', role: 'teacher' });
    await logIn(page, email);
    await chooseLanguage('EN');
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    expect(await htmlLang()).toBe('en');
    // A teacher's navigation grows with every module: check that it speaks English, not its length.
    const links = await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link')
      .allTextContents();
    expect(links.slice(0, 3)).toEqual(['Home', 'My profile', 'Which qualification?']);
    expect(links).toContain('My register dossier');
    await page.getByRole('link', { name: 'My profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    expect(await page.getByRole('table', { name: 'Roles' }).getByRole('cell').first().textContent()).toBe(
      'Teacher',
    );

    // A new browser has no stored choice: the login page is Dutch, and logging in switches to English.
    const fresh = await newContext(browser, baseUrl);
    const freshPage = await fresh.newPage();
    await logIn(freshPage, email);
    expect(await freshPage.locator('html').getAttribute('lang')).toBe('en');
    await freshPage.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await fresh.close();
  });
});
