import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, type TestContext } from 'vitest';
import {
  accessibilityViolations,
  chooseOption,
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

/** A small but complete PDF (catalogue, one page, a line of text, a correct cross-reference table). */
function makePdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A page of the test's own, logged in as a new teacher (Dutch), closed when the test ends. */
async function startAsNewTeacher(test: TestContext): Promise<Page> {
  const email = uniqueEmail('register-teacher');
  await createAccount(baseUrl, { email, displayName: 'Rina Register', language: 'nl', role: 'teacher' });
  const context = await newContext(browser, baseUrl);
  test.onTestFinished(() => context.close());
  await signIn(context, baseUrl, email);
  return context.newPage();
}

/** Fills the activity dialog and records the activity; the evidence dialog opens next. */
async function recordActivity(
  page: Page,
  activity: { kind: [string, string]; title: string; date: string; hours: string; content: string },
) {
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Activiteit toevoegen' });
  await chooseOption(dialog, 'Soort activiteit', activity.kind[1], activity.kind[0]);
  await dialog.getByLabel(/^Titel( \*)?$/).fill(activity.title);
  await dialog.getByLabel(/^Datum( \*)?$/).fill(activity.date);
  await dialog.getByLabel(/^Uren( \*)?$/).fill(activity.hours);
  await dialog.getByRole('combobox', { name: 'Inhoud', exact: true }).click();
  await page.getByRole('option', { name: activity.content, exact: true }).click();
  await dialog.getByRole('button', { name: 'Activiteit vastleggen' }).click();
  await page.getByRole('dialog', { name: `Bewijsstukken van ${activity.title}` }).waitFor();
}

const row = (page: Page, title: string) =>
  page.getByRole('table', { name: 'Mijn activiteiten' }).getByRole('row').filter({ hasText: title });

describe('the register dossier', () => {
  it('a teacher records activities with evidence, sees the progress change and a cap cut explained (R-REG-CAP-3)', async (test) => {
    const page = await startAsNewTeacher(test);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn registerdossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn registerdossier' }).waitFor();
    expect(await page.title()).toBe('Mijn registerdossier – Docentdossier');

    // Settings first: without a sector there is no norm to count against.
    const settings = page.getByRole('region', { name: 'Mijn registergegevens' });
    await settings.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await settings.getByText('Kies je sector.').waitFor();
    await settings.getByRole('combobox', { name: 'Sector', exact: true }).click();
    await page.getByRole('option', { name: 'Voortgezet onderwijs (vo)' }).click();
    await settings.getByLabel('Einde van je registratieperiode').fill('2026-07-31');
    await settings.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await page.getByText('Je registergegevens zijn bewaard.').waitFor();

    // An exam meeting of 5 hours counts at most 3 RU (R-REG-CAP-3).
    await recordActivity(page, {
      kind: ['6.2b', '6.2b – Deelname netwerk: Bijwonen van een examenbespreking'],
      title: 'Examenbespreking havo 5',
      date: '2025-06-12',
      hours: '5',
      content: 'Vakinhoudelijk',
    });
    const evidence = page.getByRole('dialog', { name: 'Bewijsstukken van Examenbespreking havo 5' });
    // A file that only says it is a PDF is refused by its content, and the refusal is shown as the server words it.
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'verslag.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Dit is geen pdf, alleen tekst.'),
    });
    await evidence.getByRole('button', { name: 'Uploaden' }).click();
    const refusal = evidence.getByRole('alert').filter({ hasText: 'Het bestand is niet toegevoegd' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/verslag\.pdf/);

    const pdf = makePdf('Bewijs van deelname examenbespreking 12 juni 2025, 5 uur');
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'deelname.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await evidence.getByRole('button', { name: 'Uploaden' }).click();
    const link = evidence.getByRole('link', { name: 'deelname.pdf' });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('deelname.pdf');
    expect(Buffer.compare(await readFile(await download.path()), pdf)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await evidence.getByRole('button', { name: 'Sluiten', exact: true }).first().click();
    await evidence.waitFor({ state: 'detached' });

    const exam = row(page, 'Examenbespreking havo 5');
    await exam.getByRole('button', { name: 'Bewijsstukken van Examenbespreking havo 5 (1)' }).waitFor();
    await expect.poll(() => exam.getByRole('cell').nth(2).textContent()).toBe('3');
    expect(await exam.getByText('Zelf ingevoerd').count()).toBe(1);

    await page.getByRole('link', { name: 'Bekijk mijn voortgang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn registeruren' }).waitFor();
    await page.getByText('Periode: 1 augustus 2022 t/m 31 juli 2026.', { exact: false }).waitFor();
    await page.getByText('3 van 160 RU', { exact: true }).waitFor();
    await page.getByText('Nog 157 RU nodig (R-REG-NORM-1):', { exact: false }).waitFor();

    // The cap is explained: rule id and what the rule says.
    const cut = page.getByRole('table', { name: 'Wat een regel inperkte' });
    const cutRow = cut.getByRole('row').filter({ hasText: 'Examenbespreking havo 5' });
    await cutRow.getByText('R-REG-CAP-3').waitFor();
    expect(await cutRow.getByRole('cell').nth(1).textContent()).toBe('5');
    expect(await cutRow.getByRole('cell').nth(2).textContent()).toBe('3');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A second activity, a course of 20 hours on subject content: the progress follows.
    await page.getByRole('link', { name: 'Naar mijn dossier' }).click();
    await recordActivity(page, {
      kind: ['cursus', '2 – Cursus'],
      title: 'Cursus organische chemie',
      date: '2024-10-01',
      hours: '20',
      content: 'Vakinhoudelijk',
    });
    await page.keyboard.press('Escape');
    await row(page, 'Cursus organische chemie').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Mijn registeruren' }).click();
    await page.getByText('23 van 160 RU', { exact: true }).waitFor();
    await page.getByText('23 van 100 RU', { exact: true }).waitFor();
    await page.getByText('23 van 40 RU', { exact: true }).waitFor();
    const years = page.getByRole('table', { name: 'Getelde RU per schooljaar en inhoud' });
    expect(
      await years.getByRole('row').filter({ hasText: '2024-2025' }).getByRole('cell').first().textContent(),
    ).toBe('23');

    // Changing and deleting: the course goes, with confirmation, and the progress drops back.
    await page.getByRole('link', { name: 'Naar mijn dossier' }).click();
    await row(page, 'Cursus organische chemie')
      .getByRole('button', { name: 'Cursus organische chemie verwijderen' })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Activiteit verwijderen' });
    await confirm
      .getByText('Weet je zeker dat je Cursus organische chemie verwijdert?', { exact: false })
      .waitFor();
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await row(page, 'Cursus organische chemie').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Bekijk mijn voortgang' }).click();
    await page.getByText('3 van 160 RU', { exact: true }).waitFor();
  });

  it('asks only the fields a kind needs, and shows the server refusing a relevance statement left out (R-REG-LEVEL-1)', async (test) => {
    const page = await startAsNewTeacher(test);
    await page.goto('/register');
    await page.getByRole('heading', { level: 1, name: 'Mijn registerdossier' }).waitFor();
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Activiteit toevoegen' });

    await dialog.getByRole('button', { name: 'Activiteit vastleggen' }).click();
    await dialog.getByText('Kies een soort activiteit.').waitFor();

    await chooseOption(
      dialog,
      'Soort activiteit',
      '6.4a – Werkzaamheden ten behoeve van/vanuit een vakvereniging/de beroepsgroep: Deelname aan een vergadering van een onderwijsvakorganisatie',
      '6.4a',
    );
    await dialog.getByLabel('Aantal dagdelen').waitFor();
    expect(await dialog.getByLabel('Commissie').count()).toBe(0);
    await chooseOption(
      dialog,
      'Soort activiteit',
      '6.2e – Deelname netwerk: Vakinhoudelijk en/of onderwijskundig commissiewerk buiten de eigen school',
      '6.2e',
    );
    await dialog.getByLabel('Commissie').waitFor();
    expect(await dialog.getByLabel('Aantal dagdelen').count()).toBe(0);

    // An online course asks for the passed test (R-REG-EVID-3).
    await chooseOption(dialog, 'Soort activiteit', '2 – Cursus', 'cursus');
    expect(await dialog.getByLabel('Afgesloten met een behaalde toets, tentamen of opdracht').count()).toBe(
      0,
    );
    await dialog.getByLabel('Online', { exact: true }).check();
    await dialog.getByLabel('Afgesloten met een behaalde toets, tentamen of opdracht').waitFor();

    await dialog.getByLabel(/^Titel( \*)?$/).fill('Online cursus mentoraat');
    await dialog.getByLabel(/^Datum( \*)?$/).fill('2025-02-01');
    await dialog.getByLabel(/^Uren( \*)?$/).fill('6');
    await dialog.getByRole('combobox', { name: 'Inhoud', exact: true }).click();
    await page.getByRole('option', { name: 'Pedagogisch', exact: true }).click();
    await dialog.getByLabel('Onder hbo-bachelorniveau').check();
    await dialog.getByRole('button', { name: 'Activiteit vastleggen' }).click();

    // The server names both fields with their rule, and the form puts each message beside its field.
    await dialog.getByText('(R-REG-LEVEL-1)', { exact: false }).first().waitFor();
    const relevance = dialog.getByLabel('Relevantie voor je onderwijs');
    await expect.poll(() => relevance.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('(R-REG-EVID-3)', { exact: false }).first().waitFor();

    await relevance.fill('Ik ben mentor van een brugklas.');
    await dialog.getByLabel('Afgesloten met een behaalde toets, tentamen of opdracht').check();
    await dialog.getByRole('button', { name: 'Activiteit vastleggen' }).click();
    await page.getByRole('dialog', { name: 'Bewijsstukken van Online cursus mentoraat' }).waitFor();
  });
});
