import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePdf, samplePng } from '../server/test/fixtures/files.js';
import { ApiSession, chooseOption, createAccount, launchBrowser, pageAs, uniqueEmail } from './support.js';
import { addEvidence, reflection } from './trajectories.js';

// Issue 5's whole journey in Chromium, each step by the person who takes it, in their own browser: a teacher
// requests an intake, the adviser offers a time and records the intake, the line manager approves the costs
// the division pays (R-UMCU-COST-1), the teacher builds the portfolio with uploads and hands in a draft
// (signing up for an assessment week, R-UMCU-ASM-3), the adviser gives feedback (R-UMCU-FB-1), the teacher
// revises and hands in again, the adviser finds it complete and convincing, the teacher hands in the final
// version and downloads its two PDF files (R-UMCU-SUB-1). Only the bulk of the BKO checklist (R-UMCU-PF-1:
// eight more evidence items, five reflections) is written through the API: the UI steps for each kind of
// content are the ones the test takes once.

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const teacher = { email: uniqueEmail('journey-teacher'), name: `Jet Journey ${stamp}` };
let browser: Browser;
const pages = new Map<string, Page>();
let trajectoryId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // in Cardiologie, division Hart en Longen: manager@ is their line manager
  await createAccount(baseUrl, {
    email: teacher.email,
    displayName: teacher.name,
    language: 'nl',
    role: 'teacher',
    unit: 'Cardiologie',
  });
});
afterAll(async () => {
  await browser.close();
});

/** The browser page of `email`, logged in once and kept for the later steps. */
async function as(email: string): Promise<Page> {
  const known = pages.get(email);
  if (known) return known;
  const page = await pageAs(browser, baseUrl, email);
  pages.set(email, page);
  return page;
}

/** A datetime-local value `days` from now at `hour`:00, in the browser's time zone. */
function inDays(days: number, hour: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T${pad(hour)}:00`;
}

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

describe('a BKO trajectory from the intake request to the handed-in final version', () => {
  it('the teacher requests an intake', async () => {
    const page = await as(teacher.email);
    await page.goto('/trajectories');
    await page.getByRole('heading', { level: 1, name: 'Mijn trajecten' }).waitFor();
    await page.getByRole('button', { name: 'Intake aanvragen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Intake aanvragen' });
    await chooseOption(dialog, 'Kwalificatie die je in gedachten hebt', /^BKO – /);
    await dialog.getByRole('textbox', { name: 'Bericht aan de adviseur' }).fill(`Journey ${stamp}`);
    await dialog.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'BKO-traject' }).waitFor();
    trajectoryId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(trajectoryId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the adviser offers a time, the teacher chooses it, and the adviser records the intake', async () => {
    const adviser = await as('adviser@docentdossier.test');
    await adviser.goto('/intakes');
    await adviser.getByRole('heading', { level: 1, name: 'Intakes' }).waitFor();
    await adviser
      .getByRole('row')
      .filter({ hasText: `Journey ${stamp}` })
      .getByRole('link')
      .click();
    await adviser.getByRole('heading', { level: 1, name: `Intake van ${teacher.name}` }).waitFor();
    const offers = adviser.getByRole('form', { name: 'Tijden aanbieden' });
    await offers.getByRole('textbox', { name: 'Tijd 1', exact: true }).fill(inDays(7, 10));
    await offers.getByRole('textbox', { name: 'Plaats', exact: true }).fill(`Kamer ${stamp}`);
    await offers.getByRole('button', { name: '1 tijd aanbieden' }).click();
    await adviser.getByText('De docent heeft nog geen tijd gekozen.').waitFor();

    const page = await as(teacher.email);
    await page.reload();
    await page.getByText(`Kamer ${stamp}`, { exact: false }).first().waitFor();
    await page.getByRole('button', { name: /^Kies / }).click();
    await page.getByText('Je hebt een tijd voor de intake gekozen.').waitFor();

    // the BKO course, followed last year (so not charged), and the assessment, paid by the division
    await adviser.reload();
    await adviser.getByText('De docent heeft een tijd gekozen (vetgedrukt).').waitFor();
    const plan = adviser.getByRole('region', { name: 'Plan van de intake' });
    await plan.getByRole('button', { name: 'Uit de catalogus' }).click();
    await chooseOption(plan, 'Onderdeel 1 uit de catalogus', /^Leergang BKO /);
    await plan
      .getByRole('textbox', { name: 'Al gevolgd op (optioneel)' })
      .fill(`${new Date().getFullYear() - 1}-06-30`);
    await plan.getByRole('radio', { name: 'De divisie' }).check();
    await plan.getByRole('button', { name: 'Intake vastleggen' }).click();
    await plan
      .getByText('De divisie betaalt: het plan wacht nu op de goedkeuring van de leidinggevende.')
      .waitFor();
  });

  it('the line manager approves the costs', async () => {
    const page = await as('manager@docentdossier.test');
    await page.goto('/cost-approvals');
    await page.getByRole('heading', { level: 1, name: 'Kosten goedkeuren' }).waitFor();
    await page.getByRole('link', { name: `${teacher.name} – BKO-traject` }).click();
    const costs = page.getByRole('region', { name: 'Kosten' });
    await costs.getByRole('button', { name: 'Kosten goedkeuren' }).click();
    await page.getByText('De kosten zijn goedgekeurd.').waitFor();
  });

  it('the teacher builds the portfolio with uploads and hands in a draft for an assessment week', async () => {
    const page = await as(teacher.email);
    await page.goto(`/trajectories/${trajectoryId}`);
    await page.getByRole('link', { name: 'Naar het portfolio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Portfolio BKO' }).waitFor();

    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    const task = page.getByRole('dialog', { name: 'Onderwijstaak toevoegen' });
    await task.getByRole('textbox', { name: 'Inhoud' }).fill('Werkgroepen farmacologie');
    await chooseOption(task, 'Vorm', 'Werkgroep');
    await task.getByRole('textbox', { name: 'Doelgroep' }).fill('Bachelor geneeskunde jaar 2');
    await task.getByRole('textbox', { name: 'Vanaf' }).fill('2024-09-01');
    await task.getByRole('textbox', { name: 'Uren per jaar' }).fill('40');
    await task.getByRole('button', { name: 'In cv zetten' }).click();
    await task.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Cv opslaan' }).click();
    await page.getByText('Je cv is opgeslagen.').waitFor();

    await page.getByRole('tab', { name: 'Bewijsstukken (0)' }).click();
    await page.getByRole('button', { name: 'Bewijsstuk toevoegen' }).click();
    const add = page.getByRole('dialog', { name: 'Bewijsstuk toevoegen' });
    await chooseOption(add, 'Soort', 'Onderwijsmateriaal');
    await add.getByRole('textbox', { name: 'Titel' }).fill('Werkgroepopdracht');
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    const item = page.getByRole('article', { name: 'Werkgroepopdracht' });
    await item.locator('input[type=file]').setInputFiles([
      { name: 'opdracht.pdf', mimeType: 'application/pdf', buffer: samplePdf('Werkgroepopdracht') },
      { name: 'bord.png', mimeType: 'image/png', buffer: samplePng() },
    ]);
    await item.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText('De 2 bestanden zijn opgeslagen.').waitFor();

    await page.getByRole('tab', { name: 'Onderdelen' }).click();
    const design = page.getByRole('region', { name: 'Ontwerpen' });
    await design.getByRole('textbox', { name: 'Tekst van Ontwerpen' }).click();
    await page.keyboard.type('Ik ontwierp een nieuwe werkgroep met een opdracht.');
    await chooseOption(design, 'Gekoppelde bewijsstukken', 'Werkgroepopdracht (Onderwijsmateriaal)');
    await page.keyboard.press('Escape');
    await design.getByRole('button', { name: 'Ontwerpen opslaan' }).click();
    await page.getByText('Ontwerpen is opgeslagen.').waitFor();

    await page.getByRole('tab', { name: 'Voorbeeld en inleveren' }).click();
    await chooseOption(page.locator('body'), 'Beoordelingsweek', /^Beoordelingsweek .*concept uiterlijk/);
    await page.getByRole('button', { name: 'Concept inleveren…' }).click();
    await page
      .getByRole('dialog', { name: 'Concept inleveren?' })
      .getByRole('button', { name: 'Concept inleveren' })
      .click();
    await page.getByText('Versie 1 ingeleverd').waitFor();
  });

  it('the adviser finds the draft in their caseload and answers "needs work"', async () => {
    const page = await as('adviser@docentdossier.test');
    await page.goto('/caseload');
    await page
      .getByRole('article', { name: teacher.name })
      .getByRole('link', { name: 'Versies en feedback' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ingeleverde versies' }).waitFor();
    await page.getByRole('link', { name: 'Concept 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Concept 1' }).waitFor();
    await page
      .getByRole('region', { name: 'Ontwerpen' })
      .getByText('Ik ontwierp een nieuwe werkgroep')
      .waitFor();
    const form = page.getByRole('region', { name: 'Feedback geven' });
    await form
      .getByRole('textbox', { name: 'Commentaar op Ontwerpen' })
      .fill('Vertel meer over de toetsing.');
    await form.getByRole('textbox', { name: 'Algemene feedback' }).fill('Nog niet compleet.');
    await form.getByRole('radio', { name: 'Nog niet af' }).check();
    await form.getByRole('button', { name: 'Feedback versturen' }).click();
    await page.getByText('Je feedback op concept 1 is verstuurd.').waitFor();
  });

  it('the teacher reads the feedback, revises and hands in again; the adviser finds it convincing', async () => {
    const page = await as(teacher.email);
    await page.goto(`/trajectories/${trajectoryId}/versions/1`);
    await page
      .getByRole('region', { name: 'Ontwerpen' })
      .getByText('Vertel meer over de toetsing.')
      .waitFor();

    await page.goto(`/trajectories/${trajectoryId}/portfolio`);
    await page.getByRole('button', { name: 'Beginnen met herzien' }).click();
    await page.getByRole('tab', { name: 'Onderdelen' }).waitFor();

    // the rest of the checklist (R-UMCU-PF-1), as the teacher would add it over weeks
    const api = await ApiSession.logIn(baseUrl, teacher.email);
    const base = `/api/v1/trajectories/${trajectoryId}`;
    const current = (await api.call('GET', `${base}/portfolio`)) as {
      content: { cv: unknown[]; evidence: { id: string }[] };
    };
    await api.call('PUT', `${base}/portfolio/cv`, {
      cv: [
        ...current.content.cv,
        {
          id: 'toetsing',
          content: 'Tentamens en beoordeling blok 3',
          form: 'lecture',
          targetGroup: 'Master geneeskunde',
          from: '2023-09-01',
          until: null,
          hoursPerYear: 20,
          areas: ['design', 'delivery', 'assessment'],
        },
      ],
    });
    const more = [
      ['student-evaluation', 'Evaluatie 2024'],
      ['student-evaluation', 'Evaluatie 2025'],
      ['observation-own-teaching', 'Observatie door adviseur'],
      ['observation-own-teaching', 'Video-opname'],
      ['observation-of-colleague', 'Observatie collega A'],
      ['observation-of-colleague', 'Observatie collega B'],
      ['assessment-material', 'Tentamen blok 3'],
      ['schooling-certificate', 'Certificaat Leergang BKO'],
    ] as const;
    const ids: string[] = [];
    for (const [kind, title] of more) ids.push(await addEvidence({ teacher: api, base }, kind, title));
    for (const section of ['delivery', 'supervision', 'assessment', 'evaluation']) {
      await api.call('PUT', `${base}/portfolio/sections/${section}`, {
        text: reflection(words(110, section)),
        evidenceIds: ids,
      });
    }

    // and the section the adviser commented on, revised in the editor
    await page.reload();
    await page.getByRole('tab', { name: 'Onderdelen' }).click();
    const design = page.getByRole('region', { name: 'Ontwerpen' });
    await design.getByRole('textbox', { name: 'Tekst van Ontwerpen' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`De toetsing: ${words(100, 'toetsing')}`);
    // leaving with the revision unsaved asks first; staying keeps it
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.getByRole('link', { name: 'Terug naar het traject' }).click();
    expect(await asked).toBe('Je hebt wijzigingen die nog niet zijn opgeslagen. Toch weggaan?');
    await design.getByText('Niet opgeslagen wijzigingen').waitFor();
    await design.getByRole('button', { name: 'Ontwerpen opslaan' }).click();
    await page.getByText('Ontwerpen is opgeslagen.').waitFor();

    await page.getByRole('tab', { name: 'Voorbeeld en inleveren' }).click();
    await page.getByRole('button', { name: 'Concept inleveren…' }).click();
    await page
      .getByRole('dialog', { name: 'Concept inleveren?' })
      .getByRole('button', { name: 'Concept inleveren' })
      .click();
    await page.getByText('Versie 2 ingeleverd').waitFor();

    const adviser = await as('adviser@docentdossier.test');
    await adviser.goto(`/trajectories/${trajectoryId}/versions/2`);
    await adviser.getByRole('heading', { level: 1, name: 'Concept 2' }).waitFor();
    const form = adviser.getByRole('region', { name: 'Feedback geven' });
    await form.getByRole('textbox', { name: 'Algemene feedback' }).fill('Compleet en sterk onderbouwd.');
    await form.getByRole('radio', { name: 'Compleet en overtuigend' }).check();
    await form.getByRole('button', { name: 'Feedback versturen' }).click();
    await adviser.getByText('Je feedback op concept 2 is verstuurd.').waitFor();
  });

  it('the teacher compares the drafts, hands in the final version and downloads its two PDF files', async () => {
    const page = await as(teacher.email);
    await page.goto(`/trajectories/${trajectoryId}/compare?from=1&to=2`);
    await page.getByRole('heading', { level: 1, name: 'Versies vergelijken' }).waitFor();
    await page.getByRole('region', { name: 'Ontwerpen' }).getByText('Gewijzigd', { exact: true }).waitFor();

    await page.goto(`/trajectories/${trajectoryId}/portfolio`);
    await page.getByRole('tab', { name: 'Voorbeeld en inleveren' }).click();
    await page.getByRole('button', { name: 'Definitieve versie inleveren…' }).click();
    await page
      .getByRole('dialog', { name: 'Definitieve versie inleveren?' })
      .getByRole('button', { name: 'Definitief inleveren' })
      .click();
    await page.getByText('Versie 3 ingeleverd').waitFor();

    await page.goto(`/trajectories/${trajectoryId}/versions`);
    const final = page
      .getByRole('table', { name: 'Versies' })
      .getByRole('row')
      .filter({ hasText: 'Definitieve versie 3' });
    for (const name of ['Portfolio (pdf)', 'Bijlagen (pdf)']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        final.getByRole('link', { name, exact: true }).click(),
      ]);
      const pdf = await readFile(await download.path());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });
});
