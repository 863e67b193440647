import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ApiSession,
  accessibilityViolations,
  createAccount,
  launchBrowser,
  pageAs,
  uniqueEmail,
} from './support.js';

// Issue 5's intake (R-UMCU-ROUTE-1, R-UMCU-COST-1): a teacher requests an intake from their trajectories
// page, accepts a time the adviser offers, the adviser records a plan the division pays, the line manager
// approves the costs from their list, and the teacher sees the trajectory move on to the schooling. The
// adviser's pages are another engineer's: their part goes through the API here.
//
// The teacher is this file's own, in Cardiologie (division Hart en Longen, so manager@'s), like teacher@:
// other e2e files use teacher@'s trajectories, and one open request per institution would collide.

const baseUrl = inject('baseUrl');
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const teacher = { email: uniqueEmail('intake-teacher'), name: `Ilse Intake ${stamp}` };
const year = new Date().getFullYear();

let browser: Browser;
let umcuId: string;
/** the BKO course of this year's catalogue at UMC Utrecht */
let courseId: string;

/** This year's catalogue: the one there is, or a minimal one the coordinator writes. */
async function bkoCourse(): Promise<string> {
  const coordinator = await ApiSession.logIn(baseUrl, 'coordinator@docentdossier.test');
  const list = (await coordinator.call('GET', `/api/v1/institutions/${umcuId}/trajectory-catalogues`)) as {
    items: { year: number; items: { kind: string; id: string; qualification?: string }[] }[];
  };
  const current = list.items.find((catalogue) => catalogue.year === year);
  const course = current?.items.find((item) => item.kind === 'course' && item.qualification === 'BKO');
  if (course && current) return course.id;
  await coordinator.call('PUT', `/api/v1/institutions/${umcuId}/trajectory-catalogues/${year}`, {
    items: [
      ...(current?.items ?? []),
      {
        kind: 'course',
        id: `bko-e2e-${stamp}`,
        title: { nl: 'BKO-leergang', en: 'BKO course' },
        qualification: 'BKO',
        priceCents: 350_000,
      },
    ],
    assessmentPriceCents: { BKO: 95_000, UvO: 50_000, KKO: 95_000, SKO: 120_000 },
  });
  return `bko-e2e-${stamp}`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  await createAccount(baseUrl, {
    email: teacher.email,
    displayName: teacher.name,
    language: 'nl',
    role: 'teacher',
    unit: 'Cardiologie',
  });
  const admin = await ApiSession.logIn(baseUrl, 'admin@docentdossier.test');
  const institutions = (await admin.call('GET', '/api/v1/institutions')) as {
    items: { id: string; slug: string }[];
  };
  umcuId = institutions.items.find((institution) => institution.slug === 'umcu')?.id ?? '';
  courseId = await bkoCourse();
});
afterAll(async () => {
  await browser.close();
});

/** A fresh browser, logged in as `email`. */
async function as(email: string): Promise<Page> {
  return pageAs(browser, baseUrl, email);
}

describe('an intake, from the request to the approved costs', () => {
  let trajectoryUrl: string;
  let teacherPage: Page;

  it('the teacher requests an intake from their trajectories page, once', async () => {
    teacherPage = await as(teacher.email);
    const page = teacherPage;
    await page.goto('/trajectories');
    await page.getByRole('heading', { level: 1, name: 'Mijn trajecten' }).waitFor();
    await page.getByRole('heading', { name: 'Nog geen traject' }).waitFor();

    await page.getByRole('button', { name: 'Intake aanvragen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Intake aanvragen' });
    // the teacher's one institution is chosen already
    expect(await dialog.getByRole('combobox', { name: 'Instelling' }).inputValue()).toBe('UMC Utrecht');
    await dialog.getByRole('combobox', { name: 'Kwalificatie die je in gedachten hebt' }).click();
    await page.getByRole('option', { name: /^BKO – / }).click();
    await dialog.getByRole('textbox', { name: 'Bericht aan de adviseur' }).fill('Dinsdagen kan ik goed.');
    await dialog.getByRole('button', { name: 'Aanvraag versturen' }).click();

    await page.getByRole('heading', { level: 1, name: 'BKO-traject' }).waitFor();
    trajectoryUrl = new URL(page.url()).pathname;
    expect(trajectoryUrl).toMatch(/^\/trajectories\/[0-9a-f-]{36}$/);
    await page.getByText('Intake aangevraagd', { exact: true }).first().waitFor();
    await page.getByText('Dinsdagen kan ik goed.').waitFor();

    // a second request while this one is open: the server's message, next to the action
    await page.goto('/trajectories');
    await page.getByRole('link', { name: 'BKO-traject' }).waitFor();
    await page.getByRole('button', { name: 'Intake aanvragen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Aanvraag versturen' }).click();
    await page
      .getByRole('dialog')
      .getByText('Je hebt bij UMC Utrecht al een intake aangevraagd. Een adviseur neemt contact met je op.')
      .waitFor();
  });

  it('the teacher accepts the time the adviser offers', async () => {
    const id = trajectoryUrl.split('/').pop() ?? '';
    const adviser = await ApiSession.logIn(baseUrl, 'adviser@docentdossier.test');
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(9, 0, 0, 0);
    await adviser.call('POST', `/api/v1/trajectories/${id}/intake-offers`, {
      times: [{ startsAt: startsAt.toISOString(), minutes: 45, location: `Kamer ${stamp}` }],
    });

    const page = teacherPage;
    await page.goto(trajectoryUrl);
    await page.getByText(`45 minuten, Kamer ${stamp}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Kies / }).click();
    await page.getByText('Je hebt een tijd voor de intake gekozen.').waitFor();
    await page.getByText('Gekozen', { exact: true }).waitFor();

    // the adviser records the intake: the BKO course, the division pays
    const recorded = (await adviser.call('POST', `/api/v1/trajectories/${id}/intake`, {
      plan: {
        qualification: 'BKO',
        route: 'course',
        schooling: [{ source: 'catalogue', itemId: courseId }],
        payer: 'division',
        notes: 'Start na de zomer.',
      },
    })) as { state: string };
    expect(recorded.state).toBe('cost-approval-pending');
  });

  it('the line manager approves the costs from their list, and the teacher sees the schooling begin', async () => {
    const page = await as('manager@docentdossier.test');
    await page.goto('/cost-approvals');
    await page.getByRole('heading', { level: 1, name: 'Kosten goedkeuren' }).waitFor();
    await page.getByRole('link', { name: `${teacher.name} – BKO-traject` }).click();
    await page.getByRole('heading', { level: 1, name: `BKO-traject – ${teacher.name}` }).waitFor();
    const costs = page.getByRole('region', { name: 'Kosten' });
    await costs.getByRole('rowheader', { name: 'Totaal' }).waitFor();
    // a line manager sees status and costs, never the plan's content
    expect(await page.getByRole('region', { name: 'Plan van de intake' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await costs.getByRole('button', { name: 'Kosten goedkeuren' }).click();
    await page.getByText('De kosten zijn goedgekeurd.').waitFor();
    await costs.getByText('Kosten goedgekeurd').waitFor();
    await page.goto('/cost-approvals');
    await page.getByRole('heading', { level: 1, name: 'Kosten goedkeuren' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: `${teacher.name} – BKO-traject` }).count()).toBe(0);

    await teacherPage.goto(trajectoryUrl);
    await teacherPage.getByRole('heading', { level: 1, name: 'BKO-traject' }).waitFor();
    await teacherPage.getByText('Kosten goedgekeurd').waitFor();
    await teacherPage.locator('[aria-current="step"]', { hasText: 'Scholing' }).waitFor();
  });
});
