import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createAccount, launchBrowser, newContext, signIn, uniqueEmail } from './support.js';

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
  const email = uniqueEmail('profile');
  await createAccount(baseUrl, { email, displayName: 'Petra Profiel', language: 'nl', role: 'teacher' });
  await signIn(context, baseUrl, email);
  await page.goto('/profile');
  await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
});
afterEach(async () => {
  await context.close();
});

describe('my profile', () => {
  it('saves the name and language, and the interface follows', async () => {
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Petra de Vries');
    await page.getByRole('combobox', { name: 'Voorkeurstaal' }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'User menu of Petra de Vries' }).waitFor();

    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(
      'Petra de Vries',
    );
    expect(await page.getByRole('combobox', { name: 'Preferred language' }).inputValue()).toBe('English');
  });

  it('shows a language chosen with the header switch as the saved preference', async () => {
    await page.getByRole('radiogroup').locator('label').filter({ hasText: 'EN' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    const preference = page.getByRole('combobox', { name: 'Preferred language' });
    await expect.poll(() => preference.inputValue()).toBe('English');
  });

  it('lists the roles with institution and unit', async () => {
    const cells = await page.getByRole('table', { name: 'Rollen' }).getByRole('cell').allTextContents();
    expect(cells).toEqual(['Docent', 'UMC Utrecht', 'Hele instelling']);
  });
});
