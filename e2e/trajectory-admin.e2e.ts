import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, signIn } from './support.js';

// The coordinator's side of the trajectories (issue 5): assessment weeks (R-UMCU-ASM-3), the catalogue and
// its prices (R-UMCU-COST-1), the institution's requirement numbers (R-UMCU-PF-1) and the overview.
//
// Other e2e files share the demo database and start UMC Utrecht trajectories this year: this file adds a
// week years ahead (listed last), changes next year's prices only, and sets the numbers of Amsterdam UMC.

const baseUrl = inject('baseUrl');
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const weekName = `Beoordelingsweek e2e ${stamp}`;
const nextYear = new Date().getUTCFullYear() + 1;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, baseUrl);
  await signIn(context, baseUrl, 'coordinator@docentdossier.test');
  page = await context.newPage();
});
afterAll(async () => {
  await context.close();
  await browser.close();
});

async function chooseInstitution(name: string) {
  await page.getByRole('combobox', { name: 'Instelling', exact: true }).click();
  await page.getByRole('option', { name, exact: true }).click();
}

describe("the coordinator's trajectory pages", () => {
  it('adds an assessment week, after a field error for a final deadline on the first day of the week', async () => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Beoordelingsweken' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Beoordelingsweken' }).waitFor();
    await chooseInstitution('UMC Utrecht');
    const list = page.getByRole('table', { name: 'Beoordelingsweken' });
    await list.getByRole('row').nth(4).waitFor(); // the demo's four weeks and the header

    await page.getByRole('button', { name: 'Week toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Beoordelingsweek toevoegen' });
    await dialog.getByRole('textbox', { name: 'Naam' }).fill(weekName);
    await dialog.getByLabel('Deadline concept').fill('2031-01-13');
    await dialog.getByLabel('Deadline definitieve versie').fill('2031-03-10');
    await dialog.getByLabel('Eerste dag van de week').fill('2031-03-10');
    await dialog.getByLabel('Laatste dag van de week').fill('2031-03-14');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('De week begint na de deadline voor de definitieve versie.').waitFor();

    await dialog.getByLabel('Deadline definitieve versie').fill('2031-02-17');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`${weekName} is toegevoegd.`).waitFor();
    const row = list.getByRole('row', { name: new RegExp(weekName) });
    expect(await row.textContent()).toContain('17 februari 2031');
  });

  it("changes a price in next year's catalogue and keeps it after a reload", async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Catalogus en prijzen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Catalogus en prijzen' }).waitFor();
    await chooseInstitution('UMC Utrecht');
    await page.getByRole('combobox', { name: 'Jaar', exact: true }).click();
    await page.getByRole('option', { name: String(nextYear), exact: true }).click();
    const module = page.getByRole('group', { name: 'Curriculumontwikkeling (SKO)' });
    const price = module.getByRole('textbox', { name: 'Prijs' });
    await price.fill('1.250,5');
    await page.getByRole('button', { name: `Catalogus ${nextYear} opslaan` }).click();
    await page.getByText(`De catalogus van ${nextYear} is opgeslagen.`).waitFor();

    await page.reload();
    await page.getByRole('group', { name: 'Curriculumontwikkeling (SKO)' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Curriculumontwikkeling (SKO)' })
        .getByRole('textbox', { name: 'Prijs' })
        .inputValue(),
    ).toBe('1250,50');

    // a price in another language's notation is refused beside its field
    await page
      .getByRole('group', { name: 'Curriculumontwikkeling (SKO)' })
      .getByRole('textbox', { name: 'Prijs' })
      .fill('1250.50');
    await page.getByRole('button', { name: `Catalogus ${nextYear} opslaan` }).click();
    await page.getByText('Vul een bedrag in euro in, bijvoorbeeld 1.250,00.').waitFor();
  });

  it("sets a requirement number of Amsterdam UMC's BKO portfolio beside the template's default", async () => {
    await page.getByRole('tab', { name: 'Eisen aan het portfolio' }).click();
    await chooseInstitution('Amsterdam UMC');
    const table = page.getByRole('table', { name: 'Eisen aan het BKO-portfolio' });
    const own = table.getByRole('textbox', { name: /^Eigen aantal voor: Studentevaluaties/ });
    await own.fill('3');
    await page.getByRole('button', { name: 'Eisen BKO opslaan' }).click();
    await page.getByText('De eisen aan het BKO-portfolio zijn opgeslagen.').waitFor();
    await page.reload();
    expect(
      await page
        .getByRole('table', { name: 'Eisen aan het BKO-portfolio' })
        .getByRole('textbox', { name: /^Eigen aantal voor: Studentevaluaties/ })
        .inputValue(),
    ).toBe('3');
  });

  it('shows the overview with a count per state, and filters the list by state', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Trajectenoverzicht' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Trajectenoverzicht' }).waitFor();
    await chooseInstitution('UMC Utrecht');
    const counts = page.getByRole('region', { name: 'Aantallen per fase' });
    const inProgress = counts.getByRole('button', { name: /Portfolio in opbouw/ });
    expect(Number((await inProgress.textContent())?.match(/^\d+/)?.[0])).toBeGreaterThanOrEqual(1);
    await inProgress.click();
    await page.waitForURL(/state=portfolio-in-progress/);
    // the list of all stays shown, marked busy, until the filtered one has come
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    const list = page.getByRole('table', { name: 'Trajecten' });
    await list.getByRole('link', { name: 'Noor Bakker' }).waitFor();
    const states = await list.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(states)).toEqual(new Set(['Portfolio in opbouw']));

    // the filtered list as CSV, as Dutch Excel reads it
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      /^trajecten-umc-utrecht-portfolio-in-progress-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile(await file.path(), 'utf8');
    expect(csv).toContain('Noor Bakker;BKO;Portfolio in opbouw;Olga Onderwijskundige;');
  });
});
