import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  ApiSession,
  accessibilityViolations,
  createAccount,
  launchBrowser,
  newContext,
  registerDemoAttendance,
  signIn,
  uniqueEmail,
} from './support.js';
import { addEvidence, portfolioInProgress, reflection, uvoTrajectory } from './trajectories.js';

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
});
afterEach(async () => {
  await context.close();
});

const languages = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
] as const;

async function useLanguage(code: string) {
  await context.addInitScript((language) => localStorage.setItem('dd.language', language), code);
}

async function visit(path: string, heading: RegExp, title?: RegExp) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  if (title) expect(await page.title()).toMatch(title);
}

describe.each(languages)('WCAG 2.1 AA in $name', ({ code }) => {
  // Accounts whose saved language is this one: logging in switches the interface to it.
  const administrator = uniqueEmail(`admin-${code}`);
  const teacher = uniqueEmail(`teacher-${code}`);
  const lineManager = uniqueEmail(`manager-${code}`);
  const adviser = uniqueEmail(`adviser-${code}`);
  const intakeTeacher = uniqueEmail(`intake-teacher-${code}`);
  beforeAll(async () => {
    await createAccount(baseUrl, {
      email: administrator,
      displayName: 'Ada Admin',
      language: code,
      role: 'administrator',
    });
    await createAccount(baseUrl, {
      email: teacher,
      displayName: 'Tom Teacher',
      language: code,
      role: 'teacher',
    });
    await createAccount(baseUrl, {
      email: lineManager,
      displayName: 'Lena Manager',
      language: code,
      role: 'line-manager',
    });
    await createAccount(baseUrl, {
      email: adviser,
      displayName: 'Ada Adviser',
      language: code,
      role: 'educational-adviser',
    });
    await createAccount(baseUrl, {
      email: intakeTeacher,
      displayName: `Ilse Intake ${code}`,
      language: code,
      role: 'teacher',
    });
  });

  it('has no violations on the login page, also while it shows an error', async () => {
    await useLanguage(code);
    await visit('/login', /^(Inloggen|Log in)$/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^(Inloggen|Log in)$/ }).click();
    await page.getByText(/geldig e-mailadres|valid email address/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('has no violations on the start, profile and administration pages', async () => {
    await signIn(context, baseUrl, administrator);
    await visit('/', /^(Welkom|Welcome), /, /^(Start|Home) – Docentdossier$/);
    expect(await page.locator('html').getAttribute('lang')).toBe(code);
    expect(await accessibilityViolations(page)).toEqual([]);

    await visit('/profile', /^(Mijn profiel|My profile)$/, /^(Mijn profiel|My profile) – Docentdossier$/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await visit('/admin', /^(Beheer|Administration)$/, /^(Beheer|Administration) – Docentdossier$/);
    await page.getByRole('table').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: /^(Instellingen|Institutions)$/ }).click();
    await page.getByRole('heading', { level: 2, name: 'UMC Utrecht' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^(Instelling toevoegen|Add institution)$/ }).click();
    await page.getByRole('dialog').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('has no violations on the qualification policy pages: versions, a published version with sample results, a draft and its dialogs', async () => {
    await signIn(context, baseUrl, administrator);
    await visit(
      '/policies?policy=umcu',
      /^(Kwalificatiebeleid|Qualification policy)$/,
      /^(Kwalificatiebeleid|Qualification policy) – Docentdossier$/,
    );
    await page.getByRole('table').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '2023-10-01' }).click();
    await page.getByRole('heading', { level: 2, name: /^(Versie|Version) 2023-10-01$/ }).waitFor();
    await page.getByRole('button', { name: /^(Doorrekenen|Evaluate)$/ }).click();
    await page.getByRole('article').first().waitFor();
    await page.getByText(/^(Deze versie is gelijk|This version is the same)/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /^(Alle versies|All versions)$/ }).click();
    await page.getByRole('button', { name: /^(Nieuw concept|New draft)$/ }).click();
    await page.getByText(/^(Het document is in orde|The document is valid)\.$/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^(Publiceren…|Publish…)$/ }).click();
    await page.getByRole('dialog').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /^(Concept verwijderen|Delete draft)$/ }).click();
    const dialog = page.getByRole('dialog');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: /^(Verwijderen|Delete)$/ }).click();
    await page.getByRole('heading', { level: 2, name: /^(Versies van|Versions of) / }).waitFor();
  });

  it('has no violations on the qualification overview', async () => {
    await signIn(context, baseUrl, administrator);
    await visit(
      '/compliance',
      /^(Kwalificatieoverzicht|Qualification overview)$/,
      /^(Kwalificatieoverzicht|Qualification overview) – Docentdossier$/,
    );
    await page.getByRole('table', { name: /^(Docenten|Teachers)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('has no violations on the qualification advice page, before and after logging in', async () => {
    const title = /^(Welke kwalificatie heb ik nodig\?|Which qualification do I need\?)$/;
    await useLanguage(code);
    await visit(
      '/advies',
      title,
      /^(Welke kwalificatie heb ik nodig\?|Which qualification do I need\?) – Docentdossier$/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await signIn(context, baseUrl, teacher);
    await visit('/advies', title);
    await page.getByRole('navigation').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("has no violations on the teacher's teaching profile and qualifications pages, nor on the line manager's confirmation page", async () => {
    await signIn(context, baseUrl, teacher);
    await visit(
      '/teaching-profile',
      /^(Mijn onderwijsprofiel|My teaching profile)$/,
      /^(Mijn onderwijsprofiel|My teaching profile) – Docentdossier$/,
    );
    await page.getByRole('button', { name: /^(Profiel bewaren|Save profile)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await visit('/qualifications', /^(Mijn kwalificaties|My qualifications)$/);
    await page.getByRole('button', { name: /^(Registreren|Record)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // an institution-wide line manager of UMC Utrecht sees the demo teachers' profiles waiting
    await signIn(context, baseUrl, lineManager);
    await visit('/teaching-profiles', /^(Profielen bevestigen|Confirm profiles)$/);
    await page.getByRole('article').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("has no violations on the adviser's intake queue, an intake with its forms and cancel dialog, and the caseload", async () => {
    const requester = await ApiSession.logIn(baseUrl, intakeTeacher);
    const me = (await requester.call('GET', '/api/v1/me')) as { roles: { institution: { id: string } }[] };
    const request = (await requester.call('POST', '/api/v1/me/trajectories', {
      institutionId: me.roles[0]?.institution.id,
      from: 'dossier',
      qualification: 'SKO',
      message: 'Graag een intake.',
    })) as { id: string };

    await signIn(context, baseUrl, adviser);
    await visit('/intakes', /^Intakes$/, /^Intakes – Docentdossier$/);
    await page.getByRole('link', { name: `Ilse Intake ${code}` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await visit(`/intakes/${request.id}`, /^(Intake van|Intake of) Ilse Intake/);
    await page.getByRole('button', { name: /^(Uit de catalogus|From the catalogue)$/ }).waitFor();
    await page.getByRole('button', { name: /^(Scholing elders|Schooling elsewhere)$/ }).click();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^(Traject annuleren|Cancel trajectory)$/ }).click();
    await page.getByRole('dialog').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await visit('/caseload', /^(Mijn begeleiding|My caseload)$/);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("has no violations on the teacher's trajectories, the intake request and a trajectory, nor on the line manager's costs to approve", async () => {
    await signIn(context, baseUrl, teacher);
    await visit('/trajectories', /^(Mijn trajecten|My trajectories)$/);
    await page.getByRole('heading', { name: /^(Nog geen traject|No trajectory yet)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^(Intake aanvragen|Request an intake)$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: /^(Aanvraag versturen|Send request)$/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /^(Intake voor een kwalificatie|Intake for a qualification)$/ })
      .waitFor();
    await page.getByRole('region', { name: /^(Gegevens|Details)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await signIn(context, baseUrl, lineManager);
    await visit('/cost-approvals', /^(Kosten goedkeuren|Costs to approve)$/);
    // institution-wide, this line manager may see the costs other e2e files leave waiting
    await page
      .getByText(/^(Er wachten geen kosten|No costs are waiting)/)
      .or(page.getByRole('main').getByRole('list'))
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("has no violations on the register's provider and audit pages: a teacher's audits, a provider's activities, the coordinator's samples, the assessor's audits", async () => {
    await signIn(context, baseUrl, teacher);
    await visit(
      '/register/audits',
      /^(Mijn steekproefcontroles|My sample audits)$/,
      /^(Mijn steekproefcontroles|My sample audits) – Docentdossier$/,
    );
    await page.getByText(/^(Je dossier is niet getrokken|Your dossier has not been drawn)/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The demo accounts of these roles keep Dutch as their language, so these pages show in Dutch.
    await signIn(context, baseUrl, 'provider@docentdossier.test');
    await visit('/provider', /^(Gevalideerde activiteiten|Validated activities)$/);
    await page.getByRole('link', { name: 'Feedback geven op klinisch redeneren' }).click();
    await page.getByRole('table', { name: /^(Deelnemers|Attendees)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /^(Terug naar de activiteiten|Back to the activities)$/ }).click();
    await page.getByRole('button', { name: /^(Activiteit publiceren|Publish activity)$/ }).click();
    await page.getByRole('dialog').getByRole('combobox').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await signIn(context, baseUrl, 'coordinator@docentdossier.test');
    await visit('/audit/draws', /^(Steekproeven|Samples)$/);
    await page.getByRole('button', { name: /^(Steekproef trekken|Draw sample)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await visit('/register-compliance', /^(Registeroverzicht|Register overview)$/);
    await page.getByRole('table', { name: /^(Docenten|Teachers)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await signIn(context, baseUrl, 'assessor@docentdossier.test');
    await visit('/audit/reviews', /^(Dossiercontroles|Dossier audits)$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("has no violations on the coordinator's trajectory pages: overview, assessment weeks and their dialog, catalogue and requirement numbers", async () => {
    // the demo coordinator keeps Dutch, so these pages show in Dutch in both runs
    await signIn(context, baseUrl, 'coordinator@docentdossier.test');
    const chooseUmcUtrecht = async () => {
      await page.getByRole('combobox', { name: /^(Instelling|Institution)$/ }).click();
      await page.getByRole('option', { name: 'UMC Utrecht', exact: true }).click();
    };
    await visit('/trajectories-overview', /^(Trajectenoverzicht|Trajectories overview)$/);
    await chooseUmcUtrecht();
    await page.getByRole('table', { name: /^(Trajecten|Trajectories)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await visit('/assessment-weeks', /^(Beoordelingsweken|Assessment weeks)$/);
    await chooseUmcUtrecht();
    await page.getByRole('table', { name: /^(Beoordelingsweken|Assessment weeks)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^(Week toevoegen|Add a week)$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
    await dialog.getByText(/^(Geef de week een naam\.|Give the week a name\.)$/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await visit('/trajectory-catalogue', /^(Catalogus en prijzen|Catalogue and prices)$/);
    await chooseUmcUtrecht();
    await page.getByRole('group', { name: /^(Leergang BKO|BKO course)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: /^(Eisen aan het portfolio|Portfolio requirements)$/ }).click();
    await page.getByRole('table', { name: /BKO/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("has no violations on the teacher's register dossier, its activity dialog, and the register hours with a cap cut", async () => {
    // Settings and an exam meeting a cap cuts (R-REG-CAP-3), arranged through the API.
    const api = await ApiSession.logIn(baseUrl, teacher);
    await api.call('PUT', '/api/v1/me/register/settings', { sector: 'vo', periodEnd: '2026-07-31' });
    await api.call('POST', '/api/v1/me/register/activities', {
      kind: '6.2b',
      title: 'Examenbespreking',
      date: '2025-06-12',
      hours: 5,
      content: 'subject',
    });
    await signIn(context, baseUrl, teacher);
    await visit(
      '/register',
      /^(Mijn registerdossier|My register dossier)$/,
      /^(Mijn registerdossier|My register dossier) – Docentdossier$/,
    );
    await page.getByRole('table', { name: /^(Mijn activiteiten|My activities)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^(Activiteit toevoegen|Add activity)$/ }).click();
    await page.getByRole('dialog').getByRole('combobox').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await visit('/register/progress', /^(Mijn registeruren|My register hours)$/);
    await page.getByRole('table', { name: /^(Wat een regel inperkte|What a rule limited)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('has no violations on my notifications, with an unread one', async () => {
    const notified = uniqueEmail(`notified-${code}`);
    await createAccount(baseUrl, {
      email: notified,
      displayName: 'Noor Notified',
      language: code,
      role: 'teacher',
    });
    await registerDemoAttendance(baseUrl, notified);
    await signIn(context, baseUrl, notified);
    await visit(
      '/notifications',
      /^(Meldingen|Notifications)$/,
      /^(Meldingen|Notifications) – Docentdossier$/,
    );
    await page.getByRole('link', { name: /^(Meldingen, 1 ongelezen|Notifications, 1 unread)$/ }).waitFor();
    await page.getByRole('button', { name: /^(Markeer als gelezen|Mark as read)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("has no violations on the teacher's portfolio: the CV and its dialog, the sections' editors, evidence, hand-in", async () => {
    const writer = uniqueEmail(`portfolio-${code}`);
    await createAccount(baseUrl, {
      email: writer,
      displayName: 'Pia Portfolio',
      language: code,
      role: 'teacher',
    });
    const trajectoryId = await portfolioInProgress(baseUrl, writer);
    await signIn(context, baseUrl, writer);
    await visit(
      `/trajectories/${trajectoryId}/portfolio`,
      /^Portfolio BKO$/,
      /^Portfolio BKO – Docentdossier$/,
    );
    await page.getByRole('button', { name: /^(Taak toevoegen|Add task)$/ }).click();
    await page.getByRole('dialog').getByRole('combobox').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: /^(Onderdelen|Sections)$/ }).click();
    await page.getByRole('textbox', { name: /^(Tekst van Ontwerpen|Text of Design)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: /^(Bewijsstukken|Evidence) \(0\)$/ }).click();
    await page.getByRole('button', { name: /^(Bewijsstuk toevoegen|Add evidence)$/ }).click();
    await page.getByRole('dialog').getByRole('combobox').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: /^(Voorbeeld en inleveren|Preview and hand-in)$/ }).click();
    await page.getByRole('button', { name: /^(Concept inleveren…|Hand in draft…)$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("has no violations on a trajectory's versions, a version with feedback, the comparison, taking back a draft and the adviser's feedback form", async () => {
    const owner = uniqueEmail(`versions-${code}`);
    await createAccount(baseUrl, {
      email: owner,
      displayName: 'Vera Versies',
      language: code,
      role: 'teacher',
    });
    const trajectory = await uvoTrajectory(baseUrl, owner);
    const { teacher, adviser, base } = trajectory;
    const evidenceId = await addEvidence(trajectory, 'student-evaluation', 'Evaluatie 2025');
    const text = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Werkcolleges' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Vet', marks: [{ type: 'bold' }] }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Eén' }] }] },
          ],
        },
      ],
    };
    await teacher.call('PUT', `${base}/portfolio/sections/delivery`, { text, evidenceIds: [evidenceId] });
    await teacher.call('POST', `${base}/versions`, { kind: 'draft' });
    await adviser.call('POST', `${base}/versions/1/feedback`, {
      verdict: 'needs-work',
      overall: 'Goed begin.',
      sections: { delivery: 'Meer voorbeelden.' },
    });
    await teacher.call('PUT', `${base}/portfolio/sections/delivery`, {
      text: reflection('Herzien.'),
      evidenceIds: [],
    });
    await teacher.call('POST', `${base}/versions`, { kind: 'draft' });

    await signIn(context, baseUrl, owner);
    await visit(
      `/trajectories/${trajectory.id}/versions`,
      /^(Ingeleverde versies|Handed-in versions)$/,
      /^(Ingeleverde versies|Handed-in versions) – Docentdossier$/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await visit(`/trajectories/${trajectory.id}/versions/1`, /^(Concept|Draft) 1$/);
    await page.getByText('Meer voorbeelden.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await visit(
      `/trajectories/${trajectory.id}/compare?from=1&to=2`,
      /^(Versies vergelijken|Compare versions)$/,
    );
    await page.getByText('Herzien.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await visit(`/trajectories/${trajectory.id}/versions/2`, /^(Concept|Draft) 2$/);
    await page.getByRole('button', { name: /^(Concept terugnemen…|Take back draft…)$/ }).click();
    await page.getByRole('dialog').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // adviser@ keeps Dutch as their language, so the feedback form shows in Dutch
    await signIn(context, baseUrl, 'adviser@docentdossier.test');
    await visit(`/trajectories/${trajectory.id}/versions/2`, /^Concept 2$/);
    await page.getByRole('button', { name: 'Feedback versturen' }).click();
    await page.getByText('Kies een oordeel.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('has no violations on the page for an unknown address', async () => {
    await useLanguage(code);
    await visit('/does-not-exist', /^(Pagina niet gevonden|Page not found)$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('has no violations on the page of a person without access', async () => {
    await signIn(context, baseUrl, teacher);
    await visit('/admin', /^(Geen toegang|No access)$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('keyboard use', () => {
  it('offers a skip link as the first stop, which moves focus to the main content', async () => {
    await signIn(context, baseUrl, 'trainer@docentdossier.test');
    await visit('/', /^Welkom, /);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skipLink.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(
      await page.getByRole('main').evaluate((element) => element === element.ownerDocument.activeElement),
    ).toBe(true);
  });

  it('reaches and follows the navigation with the keyboard', async () => {
    await signIn(context, baseUrl, 'trainer@docentdossier.test');
    await visit('/', /^Welkom, /);
    await page.getByRole('link', { name: 'Mijn profiel' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
    expect(await page.getByRole('link', { name: 'Mijn profiel' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens the navigation from the menu button on a phone, and keeps it out of reach when closed', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await signIn(context, baseUrl, 'trainer@docentdossier.test');
    await visit('/', /^Welkom, /);
    const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const isInert = () => navigation.evaluate((element) => element.hasAttribute('inert'));
    expect(await isInert()).toBe(true);

    await page.getByRole('button', { name: 'Menu openen of sluiten' }).click();
    expect(await isInert()).toBe(false);
    await navigation.getByRole('link', { name: 'Mijn profiel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
    await expect.poll(isInert).toBe(true);
  });
});
