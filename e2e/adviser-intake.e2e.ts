import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiSession, chooseOption, createAccount, launchBrowser, pageAs, uniqueEmail } from './support.js';

// Issue 5, items 1 and 2, the adviser's side: a teacher's intake request (set up through the API) appears in
// the adviser's queue; the adviser offers two times, the teacher accepts one, and the adviser records the
// plan — a course paid by the division — seeing its total cost and then that it waits for the line manager
// (R-UMCU-ROUTE-1, R-UMCU-COST-1). A KKO course with a module is refused with the server's reason
// (R-UMCU-ROUTE-3, R-UMCU-KKO-1).
//
// Other e2e files share the database: the teachers are this file's own (one open request per teacher), in
// Cardiologie so manager@ is their line manager; the catalogue of the year keeps what is in it, with this
// file's items added.

const baseUrl = inject('baseUrl');
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const teachers = {
  bko: { email: uniqueEmail('intake-bko'), name: `Ivo Intake ${stamp}` },
  kko: { email: uniqueEmail('intake-kko'), name: `Kim Kliniek ${stamp}` },
};
const bkoCourse = { id: 'e2e-adviser-bko-course', nl: 'BKO-leergang (e2e)', cents: 245000 };
const kkoCourse = { id: 'e2e-adviser-kko-course', nl: 'KKO-leergang (e2e)', cents: 180000 };
const module = { id: 'e2e-adviser-module', nl: 'Feedback geven (e2e)', cents: 35000 };

let browser: Browser;
let institutionId = '';
let assessmentCents = 0;

const euros = (cents: number) =>
  new Intl.NumberFormat('nl', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const squeeze = (text: string | null) => (text ?? '').replace(/\s/g, '');

interface Catalogue {
  items: { id: string }[];
  assessmentPriceCents: Record<string, number>;
}

/** This year's catalogue with this file's items and prices added to what another test may have put in. */
async function ensureCatalogue(): Promise<void> {
  const coordinator = await ApiSession.logIn(baseUrl, 'coordinator@docentdossier.test');
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(
    new Date(),
  );
  const path = `/api/v1/institutions/${institutionId}/trajectory-catalogues/${year}`;
  const existing = (await coordinator.call('GET', path).catch(() => null)) as Catalogue | null;
  const mine = [
    {
      kind: 'course',
      id: bkoCourse.id,
      title: { nl: bkoCourse.nl, en: 'UTQ course (e2e)' },
      qualification: 'BKO',
      priceCents: bkoCourse.cents,
    },
    {
      kind: 'course',
      id: kkoCourse.id,
      title: { nl: kkoCourse.nl, en: 'KKO course (e2e)' },
      qualification: 'KKO',
      priceCents: kkoCourse.cents,
    },
    {
      kind: 'module',
      id: module.id,
      title: { nl: module.nl, en: 'Giving feedback (e2e)' },
      priceCents: module.cents,
    },
  ];
  const ids = new Set(mine.map((item) => item.id));
  const saved = (await coordinator.call('PUT', path, {
    items: [...(existing?.items ?? []).filter((item) => !ids.has(item.id)), ...mine],
    assessmentPriceCents: { BKO: 65000, KKO: 65000, ...existing?.assessmentPriceCents },
  })) as Catalogue;
  assessmentCents = saved.assessmentPriceCents.BKO ?? 0;
}

async function requestIntake(email: string, qualification: string, message: string): Promise<string> {
  const teacher = await ApiSession.logIn(baseUrl, email);
  const created = (await teacher.call('POST', '/api/v1/me/trajectories', {
    institutionId,
    from: 'advice',
    qualification,
    message,
  })) as { id: string };
  return created.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  for (const teacher of Object.values(teachers)) {
    await createAccount(baseUrl, {
      email: teacher.email,
      displayName: teacher.name,
      language: 'nl',
      role: 'teacher',
      unit: 'Cardiologie',
    });
  }
  const me = (await (await ApiSession.logIn(baseUrl, teachers.bko.email)).call('GET', '/api/v1/me')) as {
    roles: { institution: { id: string } | null }[];
  };
  institutionId = me.roles[0]?.institution?.id ?? '';
  await ensureCatalogue();
});
afterAll(async () => {
  await browser.close();
});

async function asAdviser(): Promise<Page> {
  return pageAs(browser, baseUrl, 'adviser@docentdossier.test');
}

/** A datetime-local value `days` from now at `hour`:00, in the browser's (and this process's) time zone. */
function inDays(days: number, hour: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T${pad(hour)}:00`;
}

describe("the adviser's intake", () => {
  it('offers two times, sees the one accepted, and records a course paid by the division', async () => {
    const trajectoryId = await requestIntake(teachers.bko.email, 'BKO', `Graag in het voorjaar ${stamp}.`);
    const page = await asAdviser();

    await page.goto('/intakes');
    await page.getByRole('heading', { level: 1, name: 'Intakes' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: teachers.bko.name });
    await row.getByText(`Graag in het voorjaar ${stamp}.`).waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['BKO', 'Kwalificatieadvies', 'Intake aangevraagd']),
    );
    await row.getByRole('link', { name: teachers.bko.name }).click();
    await page.getByRole('heading', { level: 1, name: `Intake van ${teachers.bko.name}` }).waitFor();

    const offers = page.getByRole('form', { name: 'Tijden aanbieden' });
    await offers.getByRole('textbox', { name: 'Tijd 1', exact: true }).fill(inDays(10, 10));
    await offers.getByRole('textbox', { name: 'Plaats', exact: true }).fill('Onderwijscentrum, kamer 2.14');
    await offers.getByRole('button', { name: 'Tijd toevoegen' }).click();
    await offers.getByRole('textbox', { name: 'Tijd 2', exact: true }).fill(inDays(12, 14));
    expect(await offers.getByRole('textbox', { name: 'Plaats', exact: true }).nth(1).inputValue()).toBe(
      'Onderwijscentrum, kamer 2.14',
    );
    await offers.getByRole('button', { name: '2 tijden aanbieden' }).click();
    await page.getByText('De docent heeft nog geen tijd gekozen.').waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'kamer 2.14' }).count()).toBe(2);

    // the teacher chooses the second time
    const teacher = await ApiSession.logIn(baseUrl, teachers.bko.email);
    const detail = (await teacher.call('GET', `/api/v1/trajectories/${trajectoryId}`)) as {
      offers: { id: string; startsAt: string }[];
    };
    const second = detail.offers.toSorted((a, b) => a.startsAt.localeCompare(b.startsAt))[1];
    await teacher.call('POST', `/api/v1/trajectories/${trajectoryId}/intake-offers/${second?.id}/accept`, {});
    await page.reload();
    await page.getByText('De docent heeft een tijd gekozen (vetgedrukt).').waitFor();
    const chosen = page.getByRole('row').filter({ has: page.getByText('Gekozen', { exact: true }) });
    expect(await chosen.count()).toBe(1);

    // the plan: the BKO course, paid by the division
    const plan = page.getByRole('region', { name: 'Plan van de intake' });
    expect(await plan.getByRole('combobox', { name: 'Kwalificatie', exact: true }).inputValue()).toBe(
      'BKO – Basiskwalificatie Onderwijs',
    );
    await plan.getByRole('button', { name: 'Uit de catalogus' }).click();
    await chooseOption(plan, 'Onderdeel 1 uit de catalogus', `${bkoCourse.nl} (${euros(bkoCourse.cents)})`);
    await plan.getByRole('radio', { name: 'De divisie' }).check();
    await plan
      .getByText('De divisie betaalt: na het vastleggen beslist de leidinggevende over de kosten.')
      .waitFor();
    const total = bkoCourse.cents + assessmentCents;
    expect(squeeze(await plan.getByTestId('plan-total').textContent())).toBe(squeeze(euros(total)));
    await plan.getByRole('textbox', { name: 'Aantekeningen' }).fill('Start met de leergang in februari.');
    await plan.getByRole('button', { name: 'Intake vastleggen' }).click();

    await plan.getByText('Het plan is vastgelegd.').waitFor();
    await plan
      .getByText('De divisie betaalt: het plan wacht nu op de goedkeuring van de leidinggevende.')
      .waitFor();
    const recordedTotal = plan.getByRole('row', { name: /^Totaal/ });
    expect(squeeze(await recordedTotal.textContent())).toBe(squeeze(`Totaal${euros(total)}`));

    // what the line manager sees: the costs to decide on
    const manager = await ApiSession.logIn(baseUrl, 'manager@docentdossier.test');
    expect(await manager.call('GET', `/api/v1/trajectories/${trajectoryId}`)).toMatchObject({
      state: 'cost-approval-pending',
      costs: { totalCents: total, payer: 'division', needsApproval: true },
    });
  });

  it('shows why a KKO course with a separate module is refused, beside the item it names', async () => {
    const trajectoryId = await requestIntake(teachers.kko.email, 'KKO', '');
    const page = await asAdviser();
    await page.goto(`/intakes/${trajectoryId}`);
    const plan = page.getByRole('region', { name: 'Plan van de intake' });
    await plan.getByRole('button', { name: 'Uit de catalogus' }).click();
    await chooseOption(plan, 'Onderdeel 1 uit de catalogus', `${kkoCourse.nl} (${euros(kkoCourse.cents)})`);
    await plan.getByRole('button', { name: 'Uit de catalogus' }).click();
    await chooseOption(plan, 'Onderdeel 2 uit de catalogus', `${module.nl} (${euros(module.cents)})`);
    await plan.getByRole('button', { name: 'Intake vastleggen' }).click();

    const refusal = plan.getByRole('alert').filter({ hasText: 'Het plan is niet vastgelegd' });
    await refusal
      .getByText('bij de leergang van de KKO horen geen losse modules.', { exact: false })
      .waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      `Intake van ${teachers.kko.name}`,
    );
    const teacher = await ApiSession.logIn(baseUrl, teachers.kko.email);
    expect(await teacher.call('GET', `/api/v1/trajectories/${trajectoryId}`)).toMatchObject({
      state: 'intake-requested',
      plan: null,
    });
  });
});
