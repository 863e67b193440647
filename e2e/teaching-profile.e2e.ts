import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, type TestContext } from 'vitest';
import {
  accessibilityViolations,
  createAccount,
  launchBrowser,
  newContext,
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

async function open(test: TestContext, email: string): Promise<Page> {
  const context = await newContext(browser, baseUrl);
  test.onTestFinished(() => context.close());
  await signIn(context, baseUrl, email);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
  return page;
}

const follow = async (page: Page, link: string, heading: string) => {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
};

const isFocused = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((el) => el === el.ownerDocument.activeElement);

describe('teaching profile, advice, earned qualifications and confirmation', () => {
  // A teacher of the test's own in the demo teacher's department (Cardiologie, in the demo line manager's
  // division): the demo teacher's profile and record stay as other tests expect them.
  const teacher = { email: uniqueEmail('tess'), name: `Tess Docent ${Date.now()}` };
  beforeAll(async () => {
    await createAccount(baseUrl, {
      email: teacher.email,
      displayName: teacher.name,
      language: 'nl',
      role: 'teacher',
      unit: 'Cardiologie',
    });
  });

  it('the teacher fills in the profile, sees the advice follow it, records the BKO, the line manager confirms the profile, and the BKO comes off the record again', async (test) => {
    const page = await open(test, teacher.email);
    const save = page.getByRole('button', { name: 'Profiel bewaren' });

    // 1. A first profile: the contract must be chosen, and a temporary one needs its length.
    await follow(page, 'Mijn onderwijsprofiel', 'Mijn onderwijsprofiel');
    await page.getByText('Nog geen onderwijsprofiel').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await save.click();
    await page.getByText('Kies vast of tijdelijk: de meeste regels hangen ervan af.').waitFor();
    expect(await isFocused(page, 'Vast dienstverband')).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Tijdelijk dienstverband', { exact: true }).check();
    await save.click();
    await page.getByText(/^Vul in hoe lang je tijdelijke aanstelling duurt/).waitFor();
    await page.getByLabel('Hoe lang duurt je aanstelling?').fill('3');

    // A limited delivery task: 0.1 fte, delivery only, two kinds of teaching (R-UMCU-UVO-1).
    await page.getByLabel('Hoe groot is je onderwijstaak?').fill('0,1');
    await page.getByLabel('Uitvoeren', { exact: true }).check();
    await page.getByLabel('Hoorcollege', { exact: true }).check();
    await page.getByLabel('Werkgroep', { exact: true }).check();
    // every field of the profile is there, also those the wizard asks only at Amsterdam UMC
    await page.getByLabel('Hoeveel uur contactonderwijs geef je per collegejaar?').fill('40');
    await page.getByLabel('Ik heb een lesbevoegdheid').waitFor();
    await save.click();
    await page.getByText('Je onderwijsprofiel bij UMC Utrecht is bewaard.').waitFor();
    await page.getByText('Nog niet bevestigd').waitFor();

    // 2. The advice from the stored profile.
    await follow(page, 'Mijn kwalificaties', 'Mijn kwalificaties');
    const advice = page.getByRole('region', { name: 'Advies bij UMC Utrecht' });
    const card = (code: string) => advice.getByRole('article', { name: new RegExp(`^${code} `) });
    await card('UvO').getByText('Verplicht', { exact: true }).waitFor();
    expect(
      await card('UvO')
        .getByText(/^Regels? /)
        .textContent(),
    ).toBe('Regels R-UMCU-UVO-1, R-UMCU-UVO-2');
    expect(await card('BKO').getByText('Verplicht', { exact: true }).count()).toBe(0);
    expect(await advice.getByText('Profiel nog niet bevestigd').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // 3. A broad task of 0.25 fte makes the BKO obligatory (R-UMCU-BKO-1 with R-UMCU-BKO-3).
    await advice.getByRole('link', { name: 'Profiel bijwerken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn onderwijsprofiel' }).waitFor();
    await page.getByLabel('Hoe groot is je onderwijstaak?').fill('0,25');
    await page.getByLabel('Ontwerpen', { exact: true }).check();
    await page.getByLabel('Toetsen en beoordelen', { exact: true }).check();
    await save.click();
    await page.getByText('Je onderwijsprofiel bij UMC Utrecht is bewaard.').first().waitFor();
    await page.getByRole('link', { name: 'Bekijk je advies' }).click();
    await card('BKO').getByText('Verplicht', { exact: true }).waitFor();
    expect(
      await card('BKO')
        .getByText(/^Regels? /)
        .textContent(),
    ).toBe('Regels R-UMCU-BKO-1, R-UMCU-BKO-3');
    expect(await card('BKO').getByText('Al behaald').count()).toBe(0);

    // 4. The BKO earned elsewhere: recorded on the person, and held in the advice.
    const earned = page.getByRole('region', { name: 'Behaalde kwalificaties' });
    await earned.getByText('Je hebt nog geen behaalde kwalificaties geregistreerd.').waitFor();
    await earned.getByRole('button', { name: 'Registreren' }).click();
    await earned.getByText('Vul dit veld in.').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await earned.getByRole('combobox', { name: 'Kwalificatie', exact: true }).click();
    await page.getByRole('option', { name: 'BKO – Basiskwalificatie Onderwijs', exact: true }).click();
    await earned.getByLabel('Behaald op').fill('2024-06-30');
    await earned.getByLabel('Uitgegeven door').fill('Vrije Universiteit Amsterdam');
    await earned.getByRole('button', { name: 'Registreren' }).click();
    await page.getByText('De BKO staat op je naam.').waitFor();
    const row = earned.getByRole('row', { name: /^BKO / });
    expect(await row.textContent()).toContain('Vrije Universiteit Amsterdam');
    expect(await row.textContent()).toContain('30 juni 2024');
    await card('BKO').getByText('Al behaald').waitFor();
    expect(await card('BKO').getByText('Verplicht', { exact: true }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // 5. The wizard starts from the profile and the record.
    await advice.getByRole('link', { name: 'Stap voor stap bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welke kwalificatie heb ik nodig?' }).waitFor();
    await page.getByText(/^De vragen zijn ingevuld met je onderwijsprofiel bij UMC Utrecht/).waitFor();
    expect(await page.getByLabel('UMC Utrecht', { exact: true }).isChecked()).toBe(true);
    await page
      .getByRole('list', { name: 'Stappen' })
      .getByRole('button', { name: /Je onderwijstaak$/ })
      .click();
    expect(await page.getByLabel('Hoe groot is je onderwijstaak?').inputValue()).toBe('0,25');
    await page
      .getByRole('list', { name: 'Stappen' })
      .getByRole('button', { name: /Uitkomst$/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Uitkomst voor UMC Utrecht' }).waitFor();
    await page.getByRole('article', { name: /^BKO / }).getByText('Al behaald').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // 6. The line manager of the division confirms the profile as it stands.
    const manager = await open(test, 'manager@docentdossier.test');
    await follow(manager, 'Profielen bevestigen', 'Profielen bevestigen');
    const profile = manager.getByRole('article', { name: teacher.name });
    await profile.waitFor();
    expect(await profile.textContent()).toContain('UMC Utrecht · Cardiologie');
    expect(await profile.getByRole('definition').allTextContents()).toContain('0,25 fte');
    expect(await accessibilityViolations(manager)).toEqual([]);
    await profile.getByRole('button', { name: 'Bevestigen' }).click();
    await manager.getByText(`Het profiel van ${teacher.name} is bevestigd.`).waitFor();
    await profile.waitFor({ state: 'detached' });
    // the segmented control's radio inputs are hidden behind their labels, which are what a user clicks
    await manager
      .getByRole('radiogroup', { name: 'Welke profielen' })
      .locator('label')
      .filter({ hasText: 'Bevestigd' })
      .click();
    await manager
      .getByRole('article', { name: teacher.name })
      .getByText(/Bevestigd op .+ door Lars Leidinggevende\.$/)
      .waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);

    // 7. The teacher sees who confirmed it; a change would clear it.
    await page.goto('/teaching-profile');
    await page.getByText(/^Bevestigd door Lars Leidinggevende op /).waitFor();
    expect(await page.getByText(/vervalt deze bevestiging/).count()).toBe(0);
    await page.getByLabel('Practicum', { exact: true }).check();
    await page.getByText(/vervalt deze bevestiging/).waitFor();
    await page.getByLabel('Practicum', { exact: true }).uncheck();
    expect(await page.getByText(/vervalt deze bevestiging/).count()).toBe(0);
    await page.goto('/qualifications');
    await page
      .getByRole('region', { name: 'Advies bij UMC Utrecht' })
      .getByText('Profiel bevestigd', { exact: true })
      .waitFor();

    // 8. The teacher takes the BKO off the record again, after a confirmation; the advice no longer holds it.
    const record = page.getByRole('region', { name: 'Behaalde kwalificaties' });
    await record.getByRole('button', { name: 'BKO verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kwalificatie verwijderen' });
    await dialog.getByText(/^Weet je zeker dat je de BKO van je naam haalt\?/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('De BKO staat niet meer op je naam.').waitFor();
    await record.getByText('Je hebt nog geen behaalde kwalificaties geregistreerd.').waitFor();
    await card('BKO').getByText('Al behaald').waitFor({ state: 'detached' });
    expect(await card('BKO').getByText('Verplicht', { exact: true }).count()).toBe(1);
  }, 180_000);

  it('keeps the pages of teachers from a line manager who does not teach, and the confirmation page from teachers', async (test) => {
    const page = await open(test, teacher.email);
    await page.goto('/teaching-profiles');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    const manager = await open(test, 'manager@docentdossier.test');
    const navigation = manager.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await navigation.getByRole('link', { name: 'Mijn onderwijsprofiel' }).count()).toBe(0);
    expect(await navigation.getByRole('link', { name: 'Profielen bevestigen' }).count()).toBe(1);
  });
});
