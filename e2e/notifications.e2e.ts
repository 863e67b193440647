import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  createAccount,
  launchBrowser,
  newContext,
  registerDemoAttendance,
  signIn,
  uniqueEmail,
} from './support.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('notifications', () => {
  it('a teacher sees the unread count on the bell, reads the message, follows it to the record and marks it read', async (test) => {
    const email = uniqueEmail('notified-teacher');
    await createAccount(baseUrl, { email, displayName: 'Noor Notified', language: 'nl', role: 'teacher' });
    const context = await newContext(browser, baseUrl);
    test.onTestFinished(() => context.close());
    await signIn(context, baseUrl, email);
    const page = await context.newPage();

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();

    // The provider credits the teacher: a message in the app (and a mail in the outbox).
    await registerDemoAttendance(baseUrl, email);
    await page.reload();
    const bell = page.getByRole('link', { name: 'Meldingen, 1 ongelezen', exact: true });
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    expect(await page.title()).toBe('Meldingen – Docentdossier');
    const item = page.getByRole('listitem').filter({ hasText: 'RL-DEMO-2025-0042' });
    await item.getByText(/heeft je deelname aan .* geregistreerd/).waitFor();
    await expect.poll(() => item.getByText('Nieuw', { exact: true }).count()).toBe(1);
    expect(await item.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await item.getByRole('button', { name: 'Markeer als gelezen' }).click();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    await expect.poll(() => item.getByRole('button', { name: 'Markeer als gelezen' }).count()).toBe(0);
    expect(await item.getByText('Nieuw', { exact: true }).count()).toBe(0);
    // focus stays at the message whose button went away
    await expect.poll(() => item.evaluate((li) => li.contains(li.ownerDocument.activeElement))).toBe(true);

    await item.getByRole('link', { name: 'Bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn registerdossier' }).waitFor();
  });
});
