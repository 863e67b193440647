import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  chooseOption,
  createAccount,
  launchBrowser,
  pageAs,
  uniqueEmail,
} from './support.js';

// Issue 4's journey through the register (R-REG-EVID-1…4, R-REG-AUDIT-1): a teacher records activities with
// evidence, a provider credits an attendance that appears validated in the dossier, a coordinator draws a
// sample holding the teacher, an assessor decides, the teacher responds once, and the audit closes.
//
// Other e2e files share the database: the teacher is this file's own, and their period ends on a day no
// other test uses, so the sample (a window of that one day) draws this teacher and disturbs nobody else.

const baseUrl = inject('baseUrl');
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const teacher = {
  email: uniqueEmail('journey-teacher'),
  name: `Jet Journey ${stamp}`,
};
/** A day between 2 August 2026 and 29 June 2027: never the usual 31 July, and unlikely twice in a run. */
const periodEnd = new Date(Date.UTC(2026, 7, 2) + Math.floor(Math.random() * 331) * 86_400_000)
  .toISOString()
  .slice(0, 10);
const number = `RL-E2E-${stamp}`.toUpperCase();
const providerTitle = `Masterclass toetsen ${stamp}`;
const withEvidence = `Cursus feedback geven ${stamp}`;
const withoutEvidence = `Intervisie ${stamp}`;

/** The smallest file the server takes for a PDF: it checks the content's signature, not the name. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await createAccount(baseUrl, {
    email: teacher.email,
    displayName: teacher.name,
    language: 'nl',
    role: 'teacher',
  });
});
afterAll(async () => {
  await browser.close();
});

/** A fresh browser, logged in as `email`. */
async function as(email: string): Promise<Page> {
  return pageAs(browser, baseUrl, email);
}

async function recordActivity(page: Page, title: string, date: string) {
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Activiteit toevoegen' });
  await chooseOption(dialog, 'Soort activiteit', '2 – Cursus', 'cursus');
  await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill(title);
  await dialog.getByRole('textbox', { name: 'Datum', exact: true }).fill(date);
  await dialog.getByRole('textbox', { name: 'Uren', exact: true }).fill('8');
  await chooseOption(dialog, 'Inhoud', '(Vak)didactisch');
  await dialog.getByRole('button', { name: 'Activiteit vastleggen' }).click();
  return page.getByRole('dialog', { name: `Bewijsstukken van ${title}` });
}

const dossierRow = (page: Page, title: string) =>
  page.getByRole('table', { name: 'Mijn activiteiten' }).getByRole('row').filter({ hasText: title });

describe('the register journey: dossier, provider, sample, audit', () => {
  let teacherPage: Page;
  let providerPage: Page;
  let coordinatorPage: Page;
  let assessorPage: Page;
  let reviewUrl: string;

  it('a teacher fills in their register settings and records two activities, one with a PDF as evidence', async () => {
    teacherPage = await as(teacher.email);
    const page = teacherPage;
    await page.goto('/register');
    await page.getByRole('heading', { level: 1, name: 'Mijn registerdossier' }).waitFor();
    const settings = page.getByRole('region', { name: 'Mijn registergegevens' });
    await chooseOption(settings, 'Sector', 'Voortgezet onderwijs (vo)');
    await settings.getByLabel('Einde van je registratieperiode').fill(periodEnd);
    await settings.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await page.getByText('Je registergegevens zijn bewaard.').waitFor();

    const activityDate = `${Number(periodEnd.slice(0, 4)) - 1}${periodEnd.slice(4)}`;
    const evidence = await recordActivity(page, withEvidence, activityDate);
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'certificaat-feedback.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await evidence.getByRole('button', { name: 'Uploaden' }).click();
    await evidence.getByRole('link', { name: 'certificaat-feedback.pdf' }).waitFor();
    await page.keyboard.press('Escape');
    await evidence.waitFor({ state: 'detached' });

    await recordActivity(page, withoutEvidence, activityDate);
    await page.keyboard.press('Escape');
    await dossierRow(page, withoutEvidence).waitFor();
    expect(await dossierRow(page, withEvidence).getByText('Zelf ingevoerd').count()).toBe(1);
  });

  it('a provider publishes a validated activity, refuses a bad CSV list whole, credits the teacher and gets the certificate (R-REG-EVID-1)', async () => {
    providerPage = await as('provider@docentdossier.test');
    const page = providerPage;
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Gevalideerde activiteiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gevalideerde activiteiten' }).waitFor();

    await page.getByRole('button', { name: 'Activiteit publiceren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gevalideerde activiteit publiceren' });
    await dialog.getByRole('button', { name: 'Publiceren' }).click();
    await dialog.getByText('Vul het nummer in.').waitFor();
    await dialog.getByRole('textbox', { name: 'Nummer', exact: true }).fill(number);
    await dialog.getByRole('textbox', { name: 'Erkende registeruren (RU)' }).fill('6');
    await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill(providerTitle);
    await chooseOption(dialog, 'Soort activiteit', '2 – Cursus', 'cursus');
    await chooseOption(dialog, 'Inhoud', 'Vakinhoudelijk');
    await dialog
      .getByRole('textbox', { name: 'Datum', exact: true })
      .fill(`${Number(periodEnd.slice(0, 4)) - 1}-03-12`);
    await dialog.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('heading', { level: 1, name: providerTitle }).waitFor();
    expect(await page.title()).toBe(`${providerTitle} – Docentdossier`);

    // A list with an unknown address and a bad line registers nobody, and names every line.
    const list = page.getByRole('form', { name: 'Een lijst (CSV)' });
    await list.locator('input[type=file]').setInputFiles({
      name: 'deelnemers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`e-mailadres;naam\n${teacher.email};Jet\nniemand-${stamp}@example.nl;Niemand\n`),
    });
    await list.getByRole('button', { name: 'Lijst inlezen' }).click();
    const refusal = list.getByRole('alert').filter({ hasText: 'De lijst is niet ingelezen' });
    await refusal.waitFor();
    expect(await refusal.getByRole('listitem').allTextContents()).toEqual([
      `Regel 3: er is niemand met e-mailadres niemand-${stamp}@example.nl.`,
    ]);
    await page.getByText('Er zijn nog geen deelnemers geregistreerd.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const one = page.getByRole('form', { name: 'Eén deelnemer' });
    await one.getByLabel('E-mailadres van de deelnemer').fill(teacher.email);
    await one.getByRole('button', { name: 'Registreren' }).click();
    await page.getByText(`De deelname van ${teacher.name} is geregistreerd.`).waitFor();
    const attendees = page.getByRole('table', { name: 'Deelnemers' });
    const row = attendees.getByRole('row').filter({ hasText: teacher.name });
    await row.getByText(`E-mailadres ${teacher.email}`).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `Certificaat van ${teacher.name} downloaden` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("the attendance puts the activity in the teacher's dossier, validated", async () => {
    const page = teacherPage;
    await page.reload();
    const row = dossierRow(page, providerTitle);
    await row.getByText('Gevalideerd', { exact: true }).waitFor();
    await row.getByText(`Gevalideerd door Academie voor Docentontwikkeling, nummer ${number}`).waitFor();
  });

  it('a coordinator draws a sample of the teachers whose period ends in a window, and repeats it with the seed (R-REG-AUDIT-1)', async () => {
    coordinatorPage = await as('coordinator@docentdossier.test');
    const page = coordinatorPage;
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Steekproeven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Steekproeven' }).waitFor();
    await chooseOption(page.getByRole('main'), 'Instelling', 'UMC Utrecht');
    const form = page.getByRole('region', { name: 'Nieuwe steekproef' });
    await form.getByLabel('Periode eindigt vanaf').fill(periodEnd);
    await form.getByLabel('Periode eindigt tot en met').fill(periodEnd);
    await form.getByRole('radio', { name: 'Aantal' }).check();
    await form.getByLabel('Aantal docenten').fill('25');
    await form.getByRole('button', { name: 'Steekproef trekken' }).click();

    await page.getByRole('heading', { level: 1, name: 'Steekproef uit UMC Utrecht' }).waitFor();
    const seed = await page
      .getByRole('region', { name: 'Trekking', exact: true })
      .locator('code')
      .first()
      .textContent();
    expect(seed).toMatch(/^[0-9a-f]{32}$/);
    const drawn = page.getByRole('table', { name: 'Getrokken docenten, in volgorde' });
    const row = drawn.getByRole('row').filter({ hasText: teacher.name });
    await row.getByText('Getrokken', { exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Herhalen met de seed' }).click();
    await page.getByText(/^Zelfde uitkomst als de vastgelegde trekking/).waitFor();
    await page.getByRole('table', { name: 'Uitkomst van de herhaling' }).getByText(teacher.name).waitFor();

    await page.getByRole('link', { name: 'Terug naar de steekproeven' }).click();
    await page
      .getByRole('table', { name: 'Eerdere steekproeven' })
      .getByText(seed ?? '')
      .waitFor();
  });

  it("the coordinator sees the teacher's register hours against the norm, and exports them as CSV", async () => {
    const page = coordinatorPage;
    await page.getByRole('navigation').getByRole('link', { name: 'Registeroverzicht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registeroverzicht' }).waitFor();
    await chooseOption(page.getByRole('main'), 'Instelling', 'UMC Utrecht');
    const row = page
      .getByRole('table', { name: 'Docenten' })
      .getByRole('row')
      .filter({ hasText: teacher.name });
    await row.waitFor();
    // two courses of 8 hours entered by the teacher, 6 RU from the provider (subject content)
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      expect.any(String),
      expect.stringMatching(/ t\/m /),
      '22',
      '22',
      '6',
      expect.stringMatching(
        /^Voldoet nog nietR-REG-NORM-1: nog 138 RUR-REG-NORM-2: nog 78 RUR-REG-NORM-3: nog 34 RU$/,
      ),
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV downloaden' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(await readFile(await csv.path(), 'utf8')).toContain(teacher.email);
  });

  it("an assessor takes the teacher's self-entered activities into review, accepts one and rejects one by rule, and notifies (R-REG-EVID-2)", async () => {
    assessorPage = await as('assessor@docentdossier.test');
    const page = assessorPage;
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Dossiercontroles' }).click();
    await page.getByRole('link', { name: teacher.name }).click();
    await page.getByRole('heading', { level: 1, name: `Controle van ${teacher.name}` }).waitFor();
    reviewUrl = page.url();

    // The provider's validated activity is never audited: only the two the teacher entered.
    await page
      .getByText('Bij de start neem je 2 zelf ingevoerde activiteiten uit de periode in behandeling', {
        exact: false,
      })
      .waitFor();
    await page.getByRole('button', { name: 'Controle starten' }).click();
    await page.getByText('De controle is gestart.').waitFor();
    const articles = page.getByRole('article');
    expect(await articles.count()).toBe(2);

    const accepted = articles.filter({ hasText: withEvidence });
    const [evidence] = await Promise.all([
      page.waitForEvent('download'),
      accepted.getByRole('link', { name: /certificaat-feedback\.pdf/ }).click(),
    ]);
    expect(Buffer.compare(await readFile(await evidence.path()), pdf)).toBe(0);
    await accepted.getByRole('radio', { name: 'Accepteren' }).check();
    await accepted.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await accepted.getByText('Nu: Geaccepteerd').waitFor();

    const rejected = articles.filter({ hasText: withoutEvidence });
    await rejected.getByText(/Ontbreekt: .*een bewijsstuk\./).waitFor();
    await rejected.getByRole('radio', { name: 'Afwijzen' }).check();
    await rejected.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await rejected.getByText('Kies de regel waarop de afwijzing rust.').waitFor();
    await chooseOption(rejected, 'Regel', 'R-REG-EVID-2');
    await rejected.getByLabel('Reden').fill('Er is geen bewijs van deelname toegevoegd.');
    await rejected.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await rejected.getByText('Nu: Afgewezen').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Besluiten naar de docent sturen' }).click();
    await page.getByText('De docent is op de hoogte gebracht.').waitFor();
    await page.getByText('De docent kan reageren tot en met', { exact: false }).waitFor();
  });

  it('the teacher sees the decisions with reason and rule, and responds once', async () => {
    const page = teacherPage;
    // The start page points the teacher to the audit.
    await page.goto('/');
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Je registerdossier is getrokken in een steekproef' });
    await notice.getByText('De besluiten staan klaar; je kunt één keer reageren.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await notice.getByRole('link', { name: 'Bekijk de controle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn steekproefcontroles' }).waitFor();
    const rejected = page.getByRole('article').filter({ hasText: withoutEvidence });
    await rejected.getByText('Afgewezen', { exact: true }).waitFor();
    await rejected.getByText('R-REG-EVID-2', { exact: true }).waitFor();
    await rejected.getByText('Reden: Er is geen bewijs van deelname toegevoegd.').waitFor();
    await page.getByRole('article').filter({ hasText: withEvidence }).getByText('Geaccepteerd').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page
      .getByLabel('Mijn reactie')
      .fill('Het bewijs van de intervisie zit in mijn portfolio; ik stuur het na.');
    await page.getByRole('button', { name: 'Reactie versturen' }).click();
    await page.getByText('Je reactie is verstuurd.').waitFor();
    await page.getByText('Je hebt gereageerd. De beoordelaar sluit de controle af.').waitFor();
    expect(await page.getByRole('button', { name: 'Reactie versturen' }).count()).toBe(0);

    // The audited activities are locked in the dossier.
    await page.goto('/register');
    await dossierRow(page, withoutEvidence).getByText('In audit').waitFor();
    // The rejected activity counts 0 and the progress page says why (R-REG-AUDIT-1).
    await page.goto('/register/progress');
    const cut = page.getByRole('table', { name: 'Wat een regel inperkte' });
    const row = cut.getByRole('row').filter({ hasText: withoutEvidence });
    await row.getByText('R-REG-AUDIT-1', { exact: true }).waitFor();
    await row.getByText('Afgekeurd op R-REG-EVID-2: Er is geen bewijs van deelname toegevoegd.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the assessor closes the audit with a decision after the response, and the teacher sees it', async () => {
    const page = assessorPage;
    await page.goto(reviewUrl);
    await page.getByText('Het bewijs van de intervisie zit in mijn portfolio', { exact: false }).waitFor();
    const close = page.getByRole('region', { name: 'Controle afsluiten' });
    await close.getByRole('radio', { name: 'Niet goedgekeurd' }).check();
    await close.getByLabel('Toelichting').fill('De intervisie is niet aangetoond; 8 RU vervallen.');
    await close.getByRole('button', { name: 'Afsluiten' }).click();
    await page.getByText('De controle is afgesloten.').waitFor();
    await page
      .getByRole('region', { name: 'Stand van zaken' })
      .getByText('Afgesloten', { exact: true })
      .waitFor();

    await teacherPage.goto('/register/audits');
    await teacherPage.getByText('De controle is afgesloten.').waitFor();
    await teacherPage.getByText('Toelichting: De intervisie is niet aangetoond; 8 RU vervallen.').waitFor();
    await teacherPage.getByText('Niet goedgekeurd', { exact: true }).first().waitFor();
  });
});
