import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, type TestContext } from 'vitest';
import { launchBrowser, newContext, signIn } from './support.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function start(test: TestContext, email: string): Promise<Page> {
  const context = await newContext(browser, baseUrl);
  test.onTestFinished(() => context.close());
  await signIn(context, baseUrl, email);
  return context.newPage();
}

/** `day` plus `days`, as an ISO date. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface AdviceAnswer {
  policy: { id: string; version: string };
  qualifications: { code: string; status: string; rules: string[] }[];
}

/** The public advice for a teacher with 35 contact hours a year, on `on` (absent: today). */
async function adviceFor35Hours(on?: string): Promise<AdviceAnswer> {
  const response = await fetch(`${baseUrl}/api/v1/advice`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ policy: 'aumc', on, profile: { contactHoursPerYear: 35 } }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as AdviceAnswer;
}

const isActive = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name })
    .getAttribute('aria-current');

describe('qualification policy administration', () => {
  it('a coordinator lowers the contact-hours threshold of Amsterdam UMC (R-AUMC-OBL-1) in a draft, sees it checked and evaluated, publishes it from a later day, and the advice follows from that day on', async (test) => {
    // A start far ahead, so the advice of today, which other e2e files read, never changes; random, so a
    // second run against the same server does not meet its own earlier publication.
    const startDay = addDays('2090-01-01', Math.floor(Math.random() * 3650));
    const dayBefore = addDays(startDay, -1);
    const before = await adviceFor35Hours(startDay);
    expect(before.qualifications.find((q) => q.code === 'BKO')?.status).not.toBe('obligatory');

    const page = await start(test, 'coordinator@docentdossier.test');
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Kwalificatiebeleid' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kwalificatiebeleid' }).waitFor();
    expect(await isActive(page, 'Kwalificatiebeleid')).toBe('page');

    // The coordinator administers the policies of UMC Utrecht and Amsterdam UMC.
    await page.getByRole('combobox', { name: 'Beleid' }).click();
    await page.getByRole('option', { name: /^Amsterdam UMC/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Versies van Amsterdam UMC/ }).waitFor();
    const shipped = page.getByRole('row', { name: /2023-06-01/ });
    expect(await shipped.getByText('Geldt nu').count()).toBe(1);

    await page.getByRole('button', { name: 'Nieuw concept' }).click();
    await page.getByRole('heading', { level: 2, name: 'Concept' }).waitFor();
    const editor = page.getByRole('textbox', { name: 'Beleidsdocument (JSON)' });
    const status = page.getByRole('status', { name: 'Controle van het document' });
    await status.getByText('Het document is in orde.').waitFor();

    // The copy of the version in force: no difference yet.
    await page.getByText(/^Deze versie is gelijk aan versie 2023-06-01/).waitFor();

    // A typo is caught while typing, with its place in the document.
    const document = JSON.parse(await editor.inputValue()) as {
      qualifications: { obligatoryWhen: { id: string; logic: { '>=': [unknown, number] } }[] }[];
    };
    const hours = document.qualifications[0]?.obligatoryWhen[0];
    expect(hours?.id).toBe('R-AUMC-OBL-1');
    if (!hours) throw new Error('R-AUMC-OBL-1 is missing');
    hours.logic = { '>=': [{ var: 'contactHoursPerJaar' }, 30] };
    await editor.fill(JSON.stringify(document, null, 2));
    await status.getByText('1 probleem gevonden:').waitFor();
    expect(await status.textContent()).toContain('qualifications.0.obligatoryWhen.0.logic');
    await expect.poll(() => editor.getAttribute('aria-invalid')).toBe('true');

    // Broken JSON is named by its place before it reaches the server.
    await editor.fill('{\n  "qualifications": [],\n}');
    await status.getByText(/^Dit is nog geen geldige JSON: kijk bij regel 3/).waitFor();

    // The threshold corrected: 30 contact hours instead of 40.
    hours.logic = { '>=': [{ var: 'contactHoursPerYear' }, 30] };
    await editor.fill(JSON.stringify(document, null, 2));
    await status.getByText('Het document is in orde.').waitFor();
    expect(await page.getByRole('button', { name: 'Doorrekenen' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Concept opgeslagen.').waitFor();

    // The sample with 35 contact hours now must earn the BKO; the professor's outcome stays.
    await page.getByRole('button', { name: 'Doorrekenen' }).click();
    const small = page.getByRole('article', { name: 'Werkgroepen, 35 contacturen per jaar' });
    await small.getByText('Andere uitkomst').waitFor();
    const bko = small.getByRole('row', { name: /^BKO/ });
    expect(await bko.getByRole('cell').nth(1).textContent()).toMatch(/^Verplicht.*R-AUMC-OBL-1/);
    expect(await bko.getByRole('cell').nth(0).textContent()).not.toMatch(/^Verplicht/);
    const professor = page.getByRole('article', { name: 'Hoogleraar met een kleine taak' });
    expect(await professor.getByText('Zelfde uitkomst').count()).toBe(1);

    // The difference with the version in force names the condition and what changed in it.
    await page.getByText(/^Vergeleken met versie 2023-06-01, die geldt sinds/).waitFor();
    const diff = page.getByRole('region', { name: 'Verschil met de geldende versie' });
    await diff.getByText('Verplicht als · R-AUMC-OBL-1').waitFor();
    expect(await diff.getByText('Veranderd: voorwaarde').count()).toBe(1);

    // Publishing asks for the start day and warns that the version never changes after.
    await page.getByRole('button', { name: 'Publiceren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Concept publiceren' });
    await dialog.getByLabel('Geldt vanaf').fill(startDay);
    await dialog.getByText(/Na publiceren kan niemand haar meer wijzigen/).waitFor();
    await dialog.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await page.getByText(`Versie ${startDay} is gepubliceerd.`).waitFor();
    await page.getByRole('heading', { level: 2, name: `Versie ${startDay}` }).waitFor();
    expect(
      await page.getByRole('textbox', { name: 'Beleidsdocument (JSON)' }).getAttribute('readonly'),
    ).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Concept opslaan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Publiceren…' }).count()).toBe(0);

    // The list shows it beside the version that still holds today.
    await page.getByRole('link', { name: 'Alle versies' }).click();
    const published = page.getByRole('row', { name: new RegExp(startDay) });
    await published.getByText('Gepubliceerd').waitFor();
    expect(await published.getByText('Geldt nu').count()).toBe(0);
    expect(
      await page
        .getByRole('row', { name: /2023-06-01/ })
        .getByText('Geldt nu')
        .count(),
    ).toBe(1);

    // The advice: the old threshold the day before, the new one from the start day on.
    const onDayBefore = await adviceFor35Hours(dayBefore);
    expect(onDayBefore.policy.version).toBe('2023-06-01');
    expect(onDayBefore.qualifications.find((q) => q.code === 'BKO')?.status).not.toBe('obligatory');
    const onStartDay = await adviceFor35Hours(startDay);
    expect(onStartDay.policy).toEqual({ id: 'aumc', version: startDay });
    expect(onStartDay.qualifications.find((q) => q.code === 'BKO')).toMatchObject({
      status: 'obligatory',
      rules: ['R-AUMC-OBL-1'],
    });
    expect((await adviceFor35Hours()).policy.version).toBe('2023-06-01');
  });

  it('a draft that is not wanted is thrown away; the versions stay', async (test) => {
    const page = await start(test, 'umcu-admin@docentdossier.test');
    await page.goto('/policies');
    await page.getByRole('heading', { level: 2, name: /^Versies van UMC Utrecht/ }).waitFor();
    // An administrator of one institution sees only its policy: no choice of policy.
    expect(await page.getByRole('combobox', { name: 'Beleid' }).count()).toBe(0);
    const rows = await page.getByRole('row').count();

    await page.getByRole('button', { name: 'Nieuw concept' }).click();
    await page.getByRole('heading', { level: 2, name: 'Concept' }).waitFor();
    await page.getByRole('button', { name: 'Concept verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Concept verwijderen?' });
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('Concept verwijderd.').waitFor();
    await page.getByRole('heading', { level: 2, name: /^Versies van UMC Utrecht/ }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(rows);
  });

  it('is not open to a line manager', async (test) => {
    const page = await start(test, 'manager@docentdossier.test');
    await page.goto('/policies');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  });
});

describe('qualification overview (compliance)', () => {
  it("a line manager sees their division's teachers, narrows it to a department, and downloads CSV and Excel", async (test) => {
    const page = await start(test, 'manager@docentdossier.test');
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Kwalificatieoverzicht' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kwalificatieoverzicht' }).waitFor();

    const teachers = page.getByRole('table', { name: 'Docenten' });
    await teachers.waitFor();
    const names = await teachers.getByRole('rowheader').allTextContents();
    expect(names.some((name) => name.startsWith('Eva Hartman'))).toBe(true);
    expect(names.some((name) => name.startsWith('Sem de Vries'))).toBe(true);
    // Iris Verhoeven teaches in Neurologie, outside the line manager's division.
    expect(names.some((name) => name.startsWith('Iris Verhoeven'))).toBe(false);
    const summary = page.getByRole('table', { name: 'Per kwalificatie' });
    expect(await summary.getByRole('rowheader').allTextContents()).toEqual(['BKO', 'UvO', 'KKO', 'SKO']);
    await page.getByText(new RegExp(`^${names.length} docenten, van wie`)).waitFor();

    await page.getByRole('combobox', { name: 'Eenheid' }).click();
    await page.getByRole('option', { name: /Cardiologie/ }).click();
    await page.getByText(/^Cardiologie, volgens beleid 2023-10-01/).waitFor();
    const inCardiology = await teachers.getByRole('rowheader').allTextContents();
    expect(inCardiology.length).toBeLessThan(names.length);
    expect(inCardiology.some((name) => name.startsWith('Sem de Vries'))).toBe(false);
    expect(page.url()).toContain('unit=');

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
    const text = await readFile(await csvFile.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    // The header in the interface language, one line per teacher shown.
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFNaam;/);
    expect(text.trim().split('\r\n')).toHaveLength(inCardiology.length + 1);

    const xlsx = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Excel' }).click();
    const xlsxFile = await xlsx;
    expect(xlsxFile.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = await readFile(await xlsxFile.path());
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('a coordinator of two institutions chooses one; a teacher has no such page', async (test) => {
    const page = await start(test, 'coordinator@docentdossier.test');
    await page.goto('/compliance');
    await page.getByRole('table', { name: 'Docenten' }).waitFor();
    await page.getByRole('combobox', { name: 'Instelling' }).click();
    await page.getByRole('option', { name: 'Amsterdam UMC' }).click();
    await page.getByText(/^Amsterdam UMC, volgens beleid 2023-06-01/).waitFor();

    const teacherPage = await start(test, 'teacher@docentdossier.test');
    await teacherPage.goto('/compliance');
    await teacherPage.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  });
});
