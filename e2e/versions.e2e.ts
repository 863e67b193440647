import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, createAccount, launchBrowser, pageAs, uniqueEmail } from './support.js';
import {
  type ArrangedTrajectory,
  addEvidence,
  reflection,
  uvoAssessmentWeek,
  uvoTrajectory,
} from './trajectories.js';

// Issue 5 item 4 in the browser: the adviser gives feedback per section on a handed-in draft (R-UMCU-FB-1),
// the teacher reads it, compares two versions and downloads a version's PDF (R-UMCU-SUB-2), and the adviser
// accepts the final version (R-UMCU-ASM-4). What happens between those steps is arranged through the API.
//
// The teacher is this file's own, so no other test's trajectory of teacher@ (one open intake request per
// teacher) gets in the way; adviser@ and coordinator@ are UMC Utrecht's demo accounts.

const baseUrl = inject('baseUrl');
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const teacherEmail = uniqueEmail('versions-teacher');
const firstText = `Eerste reflectie ${stamp}. ${'Ik geef werkcolleges en vraag studenten om feedback. '.repeat(14)}`;
const secondText = `Herziene reflectie ${stamp}, met voorbeelden uit mijn werkgroepen.`;

let browser: Browser;
let trajectory: ArrangedTrajectory;

/** A fresh browser, logged in as `email`. */
async function as(email: string): Promise<Page> {
  return pageAs(browser, baseUrl, email);
}

beforeAll(async () => {
  browser = await launchBrowser();
  await createAccount(baseUrl, {
    email: teacherEmail,
    displayName: `Vera Versies ${stamp}`,
    language: 'nl',
    role: 'teacher',
    unit: 'Cardiologie',
  });
  trajectory = await uvoTrajectory(baseUrl, teacherEmail);
  const { teacher, base } = trajectory;
  // A portfolio that meets UvO's checklist with UMC Utrecht's default numbers (R-UMCU-PF-1), so the final
  // version can be handed in later: two forms of delivery, each kind of evidence, a reflection of 100+ words.
  await teacher.call('PUT', `${base}/portfolio/cv`, {
    cv: [
      {
        id: 'werkcollege',
        content: 'Werkcolleges fysiologie',
        form: 'working-lecture',
        targetGroup: 'Bachelor jaar 2',
        from: '2024-09-01',
        until: null,
        hoursPerYear: 40,
        areas: ['delivery'],
      },
      {
        id: 'practicum',
        content: 'Practicum ECG',
        form: 'practical',
        targetGroup: 'Master jaar 1',
        from: '2023-02-01',
        until: '2025-06-30',
        hoursPerYear: 24,
        areas: ['delivery'],
      },
    ],
  });
  const kinds = [
    ['student-evaluation', 'Evaluatie werkcollege 2024'],
    ['student-evaluation', 'Evaluatie practicum 2025'],
    ['observation-own-teaching', 'Observatie door mijn adviseur'],
    ['observation-own-teaching', 'Video-opname werkcollege'],
    ['observation-of-colleague', 'Observatie van een collega in de kliniek'],
    ['observation-of-colleague', 'Observatie van een werkgroep'],
    ['teaching-material', 'Casus voor het werkcollege'],
    ['schooling-certificate', 'Certificaat UvO-leergang'],
  ] as const;
  const evidenceIds: string[] = [];
  for (const [kind, title] of kinds) evidenceIds.push(await addEvidence(trajectory, kind, title));
  await teacher.call('PUT', `${base}/portfolio/sections/delivery`, {
    text: reflection(firstText),
    evidenceIds: evidenceIds.slice(0, 2),
  });
  const portfolio = (await teacher.call('GET', `${base}/portfolio`)) as { checklist: { complete: boolean } };
  expect(portfolio.checklist.complete).toBe(true);
  const week = await uvoAssessmentWeek(trajectory, `Beoordelingsweek ${stamp}`);
  await teacher.call('POST', `${base}/versions`, { kind: 'draft', assessmentWeekId: week });
});
afterAll(async () => {
  await browser?.close();
});

describe('versions: feedback, compare, download, final check', () => {
  it('the adviser gives feedback per section and overall on the draft: "needs work" (R-UMCU-FB-1)', async () => {
    const page = await as('adviser@docentdossier.test');
    await page.goto(`/trajectories/${trajectory.id}/versions/1`);
    await page.getByRole('heading', { level: 1, name: 'Concept 1' }).waitFor();
    // read-only as handed in: the CV, the reflection, the linked evidence with its file
    const delivery = page.getByRole('region', { name: 'Uitvoeren' });
    await delivery.getByText(`Eerste reflectie ${stamp}.`, { exact: false }).waitFor();
    await delivery.getByRole('link', { name: 'student-evaluation.pdf' }).first().waitFor();
    await page.getByRole('table', { name: 'Onderwijstaken' }).getByText('Practicum ECG').waitFor();

    const form = page.getByRole('region', { name: 'Feedback geven' });
    await form.getByRole('button', { name: 'Feedback versturen' }).click();
    await form.getByText('Schrijf je algemene feedback.').waitFor();
    await form.getByText('Kies een oordeel.').waitFor();
    await form.getByRole('textbox', { name: 'Commentaar op Onderwijs-cv' }).fill('Het cv is helder.');
    await form.getByRole('textbox', { name: 'Commentaar op Uitvoeren' }).fill('Geef concrete voorbeelden.');
    await form.getByRole('textbox', { name: 'Algemene feedback' }).fill('Een goed begin.');
    await form.getByRole('radio', { name: 'Nog niet af' }).check();
    await form.getByRole('button', { name: 'Feedback versturen' }).click();
    await page.getByText('Je feedback op concept 1 is verstuurd.').waitFor();
    await form.waitFor({ state: 'detached' });
    const feedback = page.getByRole('region', { name: 'Feedback van de onderwijsadviseur' });
    await feedback.getByText('Een goed begin.').waitFor();
    expect(await feedback.getByText('Nog niet af').count()).toBe(1);
  });

  it('the teacher reads the feedback, compares versions 1 and 2 and downloads a version as PDF', async () => {
    // the teacher revises through the API and hands in again
    const { teacher, base } = trajectory;
    await teacher.call('POST', `${base}/revise`, {});
    const portfolio = (await teacher.call('GET', `${base}/portfolio`)) as {
      content: { sections: { delivery: { evidenceIds: string[] } } };
    };
    await teacher.call('PUT', `${base}/portfolio/sections/delivery`, {
      text: reflection(firstText, secondText),
      evidenceIds: portfolio.content.sections.delivery.evidenceIds,
    });
    await teacher.call('POST', `${base}/versions`, { kind: 'draft' });

    const page = await as(teacherEmail);
    await page.goto(`/trajectories/${trajectory.id}/versions`);
    await page.getByRole('heading', { level: 1, name: 'Ingeleverde versies' }).waitFor();
    const table = page.getByRole('table', { name: 'Versies' });
    const first = table.getByRole('row').filter({ hasText: 'Concept 1' });
    expect(await first.getByText('Nog niet af').count()).toBe(1);
    expect(
      await table.getByRole('row').filter({ hasText: 'Concept 2' }).getByText('Nog geen feedback').count(),
    ).toBe(1);

    await first.getByRole('link', { name: 'Concept 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Concept 1' }).waitFor();
    await page
      .getByRole('region', { name: 'Feedback van de onderwijsadviseur' })
      .getByText('Een goed begin.')
      .waitFor();
    await page.getByRole('region', { name: 'Uitvoeren' }).getByText('Geef concrete voorbeelden.').waitFor();
    await page.getByRole('region', { name: 'Onderwijs-cv' }).getByText('Het cv is helder.').waitFor();

    await page.getByRole('link', { name: 'Alle versies' }).click();
    const choice = page.getByRole('region', { name: 'Twee versies vergelijken' });
    expect(await choice.getByRole('combobox', { name: 'Eerdere versie' }).inputValue()).toBe('Concept 1');
    expect(await choice.getByRole('combobox', { name: 'Latere versie' }).inputValue()).toBe('Concept 2');
    await choice.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Versies vergelijken' }).waitFor();
    expect(page.url()).toContain('from=1');
    const section = page.getByRole('region', { name: 'Uitvoeren' });
    await section.getByText('Gewijzigd', { exact: true }).waitFor();
    await section.getByText(secondText, { exact: false }).waitFor();
    await page
      .getByRole('region', { name: 'Taken in het onderwijs-cv' })
      .getByText('Geen wijzigingen.')
      .waitFor();

    await page.getByRole('link', { name: 'Alle versies' }).click();
    const second = page
      .getByRole('table', { name: 'Versies' })
      .getByRole('row')
      .filter({ hasText: 'Concept 2' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      second.getByRole('link', { name: 'Portfolio met bijlagen (pdf)' }).click(),
    ]);
    const path = await download.path();
    expect((await readFile(path)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('the adviser returns the final version with a reason, then accepts the next one (R-UMCU-ASM-4)', async () => {
    const { teacher, adviser, base } = trajectory;
    await adviser.call('POST', `${base}/versions/2/feedback`, {
      verdict: 'convincing',
      overall: 'Compleet en overtuigend.',
    });
    await teacher.call('POST', `${base}/versions`, { kind: 'final' });

    const page = await as('adviser@docentdossier.test');
    await page.goto(`/trajectories/${trajectory.id}/versions/3`);
    await page.getByRole('heading', { level: 1, name: 'Definitieve versie 3' }).waitFor();
    const check = page.getByRole('region', { name: 'Definitieve versie controleren' });
    await check.getByRole('radio', { name: 'Teruggeven aan de docent' }).check();
    await check.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await check.getByText('Schrijf waarom je de versie teruggeeft.').waitFor();
    await check.getByRole('textbox', { name: 'Reden' }).fill('De handtekening op het certificaat ontbreekt.');
    await check.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('De definitieve versie is teruggegeven aan de docent.').waitFor();
    await check.waitFor({ state: 'detached' });
    await page.getByText('De handtekening op het certificaat ontbreekt.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(((await teacher.call('GET', base)) as { state: string }).state).toBe('revising');

    await teacher.call('POST', `${base}/versions`, { kind: 'final' });
    await page.goto(`/trajectories/${trajectory.id}/versions/4`);
    await page.getByRole('heading', { level: 1, name: 'Definitieve versie 4' }).waitFor();
    await check.getByRole('radio', { name: 'Accepteren voor de beoordeling' }).check();
    await check.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('De definitieve versie is geaccepteerd voor de beoordeling.').waitFor();
    await check.waitFor({ state: 'detached' });
    expect(((await teacher.call('GET', base)) as { state: string }).state).toBe('awaiting-assessment');
  });
});
