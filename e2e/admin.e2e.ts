import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ApiSession, chooseOption, launchBrowser, newContext, signIn, uniqueEmail } from './support.js';

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
  await signIn(context, baseUrl, 'admin@docentdossier.test');
  await page.goto('/admin');
  await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
});
afterEach(async () => {
  await context.close();
});

describe('administration', () => {
  it('creates a person, assigns a role and revokes it', async () => {
    const email = uniqueEmail('eva');
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const create = page.getByRole('dialog', { name: 'Persoon toevoegen' });
    await create.getByRole('textbox', { name: 'Naam', exact: true }).fill('Eva Entwistle');
    await create.getByRole('textbox', { name: 'E-mailadres', exact: true }).fill(email);
    await create.getByRole('button', { name: 'Aanmaken' }).click();
    await create.waitFor({ state: 'hidden' });

    await page.getByLabel('Zoeken op naam of e-mailadres').fill(email);
    const row = page.getByRole('row', { name: /Eva Entwistle/ });
    await row.getByText('Geen rollen').waitFor();

    await row.getByRole('button', { name: 'Rol toewijzen aan Eva Entwistle' }).click();
    const assign = page.getByRole('dialog', { name: 'Rol toewijzen aan Eva Entwistle' });
    await chooseOption(assign, 'Rol', 'Docent');
    await chooseOption(assign, 'Instelling', 'UMC Utrecht');
    await chooseOption(assign, 'Eenheid (optioneel)', '\u2003Cardiologie');
    await assign.getByRole('button', { name: 'Toewijzen' }).click();
    await assign.waitFor({ state: 'hidden' });
    await row.getByText('Docent — UMC Utrecht, Cardiologie').waitFor();

    await row
      .getByRole('button', { name: 'Rol Docent — UMC Utrecht, Cardiologie van Eva Entwistle intrekken' })
      .click();
    await page
      .getByRole('dialog', { name: 'Rol intrekken' })
      .getByRole('button', { name: 'Intrekken' })
      .click();
    await row.getByText('Geen rollen').waitFor();
  });

  it('shows the API message when the e-mail address is taken', async () => {
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const create = page.getByRole('dialog', { name: 'Persoon toevoegen' });
    await create.getByRole('textbox', { name: 'Naam', exact: true }).fill('Tweede Docent');
    await create
      .getByRole('textbox', { name: 'E-mailadres', exact: true })
      .fill('teacher@docentdossier.test');
    await create.getByRole('button', { name: 'Aanmaken' }).click();
    const alert = create.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Er ging iets mis.+/);
  });

  it('filters people by institution', async () => {
    await chooseOption(page, 'Instelling', 'Lyceum De Brug');
    // The previous list stays until the filtered one arrives.
    const names = () => page.getByRole('table').getByRole('rowheader').allTextContents();
    await expect.poll(names).toEqual(['Sanne van School']);
  });

  it('shows 25 people at a time and the next ones with "Meer laden"', async () => {
    const admin = await ApiSession.logIn(baseUrl, 'admin@docentdossier.test');
    const batch = `paging-${Date.now()}`;
    for (let n = 1; n <= 30; n++) {
      await admin.call('POST', '/api/v1/people', {
        displayName: `Persoon ${batch} ${n}`,
        email: uniqueEmail(batch),
      });
    }
    await page.getByLabel('Zoeken op naam of e-mailadres').fill(batch);
    const rows = page.getByRole('table').getByRole('rowheader');
    await page.getByRole('rowheader', { name: `Persoon ${batch} 1`, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Meer laden' }).waitFor();
    expect(await rows.count()).toBe(25);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.getByRole('button', { name: 'Meer laden' }).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(30);
  });

  it('creates an institution and a unit under it', async () => {
    await page.getByRole('tab', { name: 'Instellingen' }).click();
    await page.getByRole('button', { name: 'Instelling toevoegen' }).click();
    const create = page.getByRole('dialog', { name: 'Instelling toevoegen' });
    const name = `Radboudumc ${Date.now()}`;
    await create.getByRole('textbox', { name: 'Naam', exact: true }).fill(name);
    expect(await create.getByRole('textbox', { name: 'Korte naam', exact: true }).inputValue()).toMatch(
      /^radboudumc-\d+$/,
    );
    await create.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { level: 2, name }).waitFor();

    await page.getByRole('button', { name: `Eenheid toevoegen aan ${name}` }).click();
    const unit = page.getByRole('dialog', { name: `Eenheid toevoegen aan ${name}` });
    await unit.getByRole('textbox', { name: 'Naam', exact: true }).fill('Faculteit Medische Wetenschappen');
    await unit.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('region', { name }).getByText('Faculteit Medische Wetenschappen').waitFor();
  });
});
