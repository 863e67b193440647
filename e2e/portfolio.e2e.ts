import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePdf, samplePng } from '../server/test/fixtures/files.js';
import {
  ApiSession,
  chooseOption,
  createAccount,
  launchBrowser,
  newContext,
  signIn,
  uniqueEmail,
} from './support.js';
import { portfolioInProgress } from './trajectories.js';

// Issue 5's portfolio editor (R-UMCU-PF-1, R-UMCU-SUB-1): a teacher whose trajectory is arranged through
// the API up to portfolio-in-progress writes the teaching CV, a reflection with formatting, adds evidence
// with a PDF and a PNG, links it, watches the checklist move, downloads the preview PDFs and hands in a
// draft. The teacher is this file's own, so no other test's trajectory is in the way.

const baseUrl = inject('baseUrl');
const teacherEmail = uniqueEmail('portfolio-teacher');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let trajectoryId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  await createAccount(baseUrl, {
    email: teacherEmail,
    displayName: 'Pim Portfolio',
    language: 'nl',
    role: 'teacher',
    unit: 'Cardiologie',
  });
  trajectoryId = await portfolioInProgress(baseUrl, teacherEmail);
  context = await newContext(browser, baseUrl);
  await signIn(context, baseUrl, teacherEmail);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser.close();
});

/** The checklist's percentage, as its ring shows it. */
async function progress(): Promise<number> {
  // at 0% the bar has no width, and so is hidden: read its label all the same
  const bar = page.getByRole('progressbar', { name: /^Voortgang: \d+%$/, includeHidden: true });
  const text = await bar.getAttribute('aria-label');
  return Number(text?.match(/(\d+)%/)?.[1]);
}

describe("the teacher's portfolio", () => {
  it('is written, evidenced, previewed and handed in as a draft', async () => {
    await page.goto(`/trajectories/${trajectoryId}/portfolio`);
    await page.getByRole('heading', { level: 1, name: 'Portfolio BKO' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Checklist' }).waitFor();
    const atStart = await progress();

    // the teaching CV: one task, saved as a whole
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    const task = page.getByRole('dialog', { name: 'Onderwijstaak toevoegen' });
    await task.getByRole('textbox', { name: 'Inhoud' }).fill('Werkgroepen farmacologie blok 2');
    await chooseOption(task, 'Vorm', 'Werkgroep');
    await task.getByRole('textbox', { name: 'Doelgroep' }).fill('Bachelor geneeskunde jaar 2');
    await task.getByRole('textbox', { name: 'Vanaf' }).fill('2024-09-01');
    await task.getByRole('textbox', { name: 'Uren per jaar' }).fill('40');
    await task.getByRole('button', { name: 'In cv zetten' }).click();
    await task.waitFor({ state: 'detached' });
    await page.getByText('Niet opgeslagen wijzigingen').waitFor();
    await page.getByRole('button', { name: 'Cv opslaan' }).click();
    await page.getByText('Je cv is opgeslagen.').waitFor();
    await page.getByRole('cell', { name: 'Werkgroepen farmacologie blok 2', exact: true }).waitFor();
    await expect.poll(progress).toBeGreaterThan(atStart);
    const afterCv = await progress();

    // evidence with a PDF and a PNG
    await page.getByRole('tab', { name: 'Bewijsstukken (0)' }).click();
    await page.getByRole('button', { name: 'Bewijsstuk toevoegen' }).click();
    const add = page.getByRole('dialog', { name: 'Bewijsstuk toevoegen' });
    await chooseOption(add, 'Soort', 'Onderwijsmateriaal');
    await add.getByRole('textbox', { name: 'Titel' }).fill('Werkgroepopdracht');
    await add.getByRole('textbox', { name: 'Datum' }).fill('2025-03-12');
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Bewijsstuk Werkgroepopdracht is toegevoegd.').waitFor();
    const item = page.getByRole('article', { name: 'Werkgroepopdracht' });
    await item.locator('input[type=file]').setInputFiles([
      { name: 'opdracht.pdf', mimeType: 'application/pdf', buffer: samplePdf('Werkgroepopdracht') },
      { name: 'bord.png', mimeType: 'image/png', buffer: samplePng() },
    ]);
    await item.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText('De 2 bestanden zijn opgeslagen.').waitFor();
    const pdfLink = item.getByRole('link', { name: 'opdracht.pdf' });
    await pdfLink.waitFor();
    await item.getByRole('link', { name: 'bord.png' }).waitFor();
    const fileResponse = await context.request.get((await pdfLink.getAttribute('href')) ?? '');
    expect(fileResponse.ok()).toBe(true);
    expect((await fileResponse.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // a file the server does not take: its message shows beside the upload
    await item.locator('input[type=file]').setInputFiles({
      name: 'notities.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('alleen tekst'),
    });
    await item.getByRole('button', { name: 'Uploaden' }).click();
    await item.getByText(/^Het bestand notities\.pdf /).waitFor();

    // a reflection with a bold word and a list, linked to the evidence
    await page.getByRole('tab', { name: 'Onderdelen' }).click();
    const design = page.getByRole('region', { name: 'Ontwerpen' });
    const editor = design.getByRole('textbox', { name: 'Tekst van Ontwerpen' });
    await editor.click();
    await page.keyboard.type('Ik ontwierp een ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('nieuwe');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' werkgroep.');
    await page.keyboard.press('Enter');
    await design.getByRole('button', { name: 'Opsomming' }).click();
    await page.keyboard.type('leerdoelen');
    await page.keyboard.press('Enter');
    await page.keyboard.type('toetsing');
    await design.getByText('Niet opgeslagen wijzigingen').waitFor();
    await chooseOption(design, 'Gekoppelde bewijsstukken', 'Werkgroepopdracht (Onderwijsmateriaal)');
    await page.keyboard.press('Escape');
    await design.getByRole('button', { name: 'Ontwerpen opslaan' }).click();
    await page.getByText('Ontwerpen is opgeslagen.').waitFor();
    await expect.poll(progress).toBeGreaterThan(afterCv);

    // what was stored is the contract's rich text, exactly as typed
    const api = await ApiSession.logIn(baseUrl, teacherEmail);
    const stored = (await api.call('GET', `/api/v1/trajectories/${trajectoryId}/portfolio`)) as {
      content: {
        sections: Record<string, { text: unknown; evidenceIds: string[] }>;
        evidence: { id: string }[];
      };
    };
    expect(stored.content.sections.design?.text).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Ik ontwierp een ' },
            { type: 'text', text: 'nieuwe', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' werkgroep.' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'leerdoelen' }] }],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'toetsing' }] }],
            },
          ],
        },
      ],
    });
    expect(stored.content.sections.design?.evidenceIds).toEqual([stored.content.evidence[0]?.id]);

    // the preview PDFs (R-UMCU-SUB-1: portfolio and appendices)
    await page.getByRole('tab', { name: 'Voorbeeld en inleveren' }).click();
    for (const name of ['Portfolio (pdf)', 'Bijlagen (pdf)']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name, exact: true }).click(),
      ]);
      expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-');
    }

    // the draft: version 1, and the portfolio is with the adviser
    await page.getByRole('button', { name: 'Concept inleveren…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Concept inleveren?' });
    await confirm.getByRole('button', { name: 'Concept inleveren' }).click();
    await page.getByText('Versie 1 ingeleverd').waitFor();
    expect(await page.getByRole('link', { name: 'Versie 1 bekijken' }).getAttribute('href')).toBe(
      `/trajectories/${trajectoryId}/versions/1`,
    );
    await page
      .getByText('Je concept ligt bij je adviseur. Na de feedback kun je het weer aanpassen.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Taak toevoegen' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Versie 1 bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Concept 1' }).waitFor();
  });

  it('is refused to a person the API does not let in, as the app refuses a page', async () => {
    const manager = await newContext(browser, baseUrl);
    try {
      await signIn(manager, baseUrl, 'manager@docentdossier.test');
      const managerPage = await manager.newPage();
      await managerPage.goto(`/trajectories/${trajectoryId}/portfolio`);
      await managerPage.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await managerPage.goto('/trajectories/00000000-0000-4000-8000-000000000000/portfolio');
      await managerPage.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    } finally {
      await manager.close();
    }
  });
});
