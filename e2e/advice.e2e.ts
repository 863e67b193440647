import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, type TestContext } from 'vitest';
import { accessibilityViolations, launchBrowser, newContext, signIn } from './support.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A browser context and page of the test's own, closed when it ends. */
async function start(test: TestContext) {
  const context = await newContext(browser, baseUrl);
  test.onTestFinished(() => context.close());
  const page = await context.newPage();
  return { page, w: wizard(page) };
}

/** What a person does in the wizard, on one page. */
function wizard(page: Page) {
  const stepHeading = (name: string | RegExp) => page.getByRole('heading', { level: 2, name });

  // The radio inputs are visually hidden behind their labels, which are what a user clicks.
  const chooseLanguage = (code: 'NL' | 'EN') =>
    page
      .getByRole('radiogroup', { name: /^(Taal|Language)$/ })
      .locator('label')
      .filter({ hasText: code })
      .click();

  return {
    stepHeading,
    chooseLanguage,

    async open() {
      await page.goto('/advies');
      await page.getByRole('heading', { level: 1, name: 'Welke kwalificatie heb ik nodig?' }).waitFor();
    },

    chooseInstitution: (name: 'UMC Utrecht' | 'Amsterdam UMC') =>
      page.getByLabel(name, { exact: true }).check(),

    /** Follows "Volgende" (or "Bekijk de uitkomst") and waits until the next step's heading has the focus. */
    async next(button: string, heading: string) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await stepHeading(heading).waitFor();
      await expect
        .poll(() => stepHeading(heading).evaluate((el) => el === el.ownerDocument.activeElement))
        .toBe(true);
    },

    /** No WCAG 2.1 AA violations in Dutch, then in English, and back to Dutch. */
    async expectAccessibleInBothLanguages(dutchHeading: string, englishHeading: string) {
      expect(await accessibilityViolations(page)).toEqual([]);
      await chooseLanguage('EN');
      await stepHeading(englishHeading).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await chooseLanguage('NL');
      await stepHeading(dutchHeading).waitFor();
    },

    qualification: (code: string) => page.getByRole('article', { name: new RegExp(`^${code} `) }),
    answers: () => page.getByRole('region', { name: 'Je antwoorden' }),
  };
}

describe('"Welke kwalificatie heb ik nodig?" without logging in', () => {
  it('UMC Utrecht: a full professor with a small task must earn the BKO (R-UMCU-BKO-2); accessible at every step, explained again in English', async (test) => {
    const { page, w } = await start(test);
    await page.goto('/login');
    await page.getByRole('link', { name: 'Doe de check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welke kwalificatie heb ik nodig?' }).waitFor();

    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await page.getByText('Kies een instelling.').waitFor();
    expect(await page.getByLabel('UMC Utrecht').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(
      true,
    );
    await w.expectAccessibleInBothLanguages('Instelling', 'Institution');
    await w.chooseInstitution('UMC Utrecht');

    await w.next('Volgende', 'Dienstverband');
    await page.getByLabel('Vast dienstverband').check();
    // A permanent contract is long enough whatever its length: the length is not asked.
    expect(await page.getByLabel('Hoe lang duurt je aanstelling?').count()).toBe(0);
    await w.expectAccessibleInBothLanguages('Dienstverband', 'Employment');

    await w.next('Volgende', 'Functie en rollen');
    await page.getByLabel('Hoogleraar', { exact: true }).check();
    await w.expectAccessibleInBothLanguages('Functie en rollen', 'Position and roles');

    await w.next('Volgende', 'Je onderwijstaak');
    await page.getByLabel('Hoe groot is je onderwijstaak?').fill('0,05');
    await page.getByLabel('Uitvoeren').check();
    await w.expectAccessibleInBothLanguages('Je onderwijstaak', 'Your teaching');

    await w.next('Volgende', 'Soorten onderwijs');
    await page.getByLabel('Hoorcollege').check();
    await w.expectAccessibleInBothLanguages('Soorten onderwijs', 'Kinds of teaching');

    await w.next('Volgende', 'Al behaald');
    await w.expectAccessibleInBothLanguages('Al behaald', 'Already earned');

    await w.next('Bekijk de uitkomst', 'Uitkomst voor UMC Utrecht');
    const bko = w.qualification('BKO');
    await bko.getByText('Verplicht', { exact: true }).waitFor();
    expect(await bko.textContent()).toContain(
      'Je bent hoogleraar of UHD; voor hen is de BKO verplicht, hoe klein de onderwijstaak ook is.',
    );
    expect(await bko.getByText(/^Regels? /).textContent()).toBe('Regel R-UMCU-BKO-2');
    const cards = await page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
    expect(cards.map((heading) => heading.split(' ')[0])).toEqual(['BKO', 'UvO', 'KKO', 'SKO']);
    await page.getByRole('heading', { level: 3, name: 'Vraag een intakegesprek aan' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The explanations come from the API in the interface language: switching asks again in English.
    const english = page.waitForRequest((request) => request.url().endsWith('/api/v1/advice'));
    await w.chooseLanguage('EN');
    expect((await english).headers()['accept-language']).toBe('en');
    await w.stepHeading('Result for UMC Utrecht').waitFor();
    await bko
      .getByText(
        'You are a full or associate professor; the BKO is obligatory for them, however small the teaching task.',
      )
      .waitFor();
    expect(await bko.getByText('Obligatory', { exact: true }).isVisible()).toBe(true);
    expect(await bko.getByText(/^Rules? /).textContent()).toBe('Rule R-UMCU-BKO-2');
    expect(await page.getByRole('heading', { level: 3, name: 'Request an intake' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('UMC Utrecht: 0.25 fte, a broad task and a 3-year appointment make the BKO obligatory (R-UMCU-BKO-1)', async (test) => {
    const { page, w } = await start(test);
    await w.open();
    await w.chooseInstitution('UMC Utrecht');
    await w.next('Volgende', 'Dienstverband');
    await page.getByLabel('Tijdelijk dienstverband').check();
    await page.getByLabel('Hoe lang duurt je aanstelling?').fill('3');
    await w.next('Volgende', 'Functie en rollen');
    await w.next('Volgende', 'Je onderwijstaak');
    await page.getByLabel('Hoe groot is je onderwijstaak?').fill('0,25');
    for (const area of ['Ontwerpen', 'Uitvoeren', 'Toetsen en beoordelen'])
      await page.getByLabel(area).check();
    await w.next('Volgende', 'Soorten onderwijs');
    await page.getByLabel('Hoorcollege').check();
    await page.getByLabel('Werkgroep').check();
    await w.next('Volgende', 'Al behaald');
    await w.next('Bekijk de uitkomst', 'Uitkomst voor UMC Utrecht');

    const bko = w.qualification('BKO');
    await bko.getByText('Verplicht', { exact: true }).waitFor();
    expect(await bko.getByText(/^Regels? /).textContent()).toBe('Regels R-UMCU-BKO-1, R-UMCU-BKO-3');
    expect(await bko.textContent()).toContain('brede onderwijstaak (ontwerpen, uitvoeren én toetsen)');
    // The answers as given, in the words of the questions, for the printed summary.
    const answers = w.answers();
    expect(await answers.getByRole('definition').allTextContents()).toEqual([
      'UMC Utrecht',
      'Tijdelijk dienstverband',
      '3 jaar',
      'Niet ingevuld',
      'Geen',
      'Geen',
      '0,25 fte',
      'Ontwerpen, Uitvoeren, Toetsen en beoordelen',
      'Hoorcollege, Werkgroep',
      'Nee',
      'Geen',
    ]);
  });

  it('Amsterdam UMC: 45 contact hours make the BKO obligatory (R-AUMC-OBL-1); asks nothing about employment; accessible at every step', async (test) => {
    const { page, w } = await start(test);
    await w.open();
    await w.chooseInstitution('Amsterdam UMC');
    await w.next('Volgende', 'Functie en rollen');
    // Amsterdam UMC's key roles, not UMC Utrecht's committees.
    expect(await page.getByLabel('Principal educator').count()).toBe(1);
    expect(await page.getByLabel('Lid van een curriculumcommissie').count()).toBe(0);
    await w.expectAccessibleInBothLanguages('Functie en rollen', 'Position and roles');

    await w.next('Volgende', 'Je onderwijstaak');
    await page.getByLabel('Hoeveel uur contactonderwijs geef je per collegejaar?').fill('45');
    await w.expectAccessibleInBothLanguages('Je onderwijstaak', 'Your teaching');

    await w.next('Volgende', 'Competentiegebieden');
    await w.expectAccessibleInBothLanguages('Competentiegebieden', 'Competency areas');

    await w.next('Volgende', 'Al behaald');
    await w.expectAccessibleInBothLanguages('Al behaald', 'Already earned');

    await w.next('Bekijk de uitkomst', 'Uitkomst voor Amsterdam UMC');
    const bko = w.qualification('BKO');
    await bko.getByText('Verplicht', { exact: true }).waitFor();
    expect(await bko.getByText(/^Regels? /).textContent()).toBe('Regel R-AUMC-OBL-1');
    expect(await page.getByRole('article').count()).toBe(1);
    await page.getByRole('heading', { level: 3, name: 'Meld je aan voor de BKO-leergang' }).waitFor();
    const questions = await page
      .getByRole('region', { name: 'Je antwoorden' })
      .getByRole('term')
      .allTextContents();
    expect(questions.some((question) => /dienstverband|salarisschaal|fte/i.test(question))).toBe(false);
    await w.expectAccessibleInBothLanguages('Uitkomst voor Amsterdam UMC', 'Result for Amsterdam UMC');
  });

  it('Amsterdam UMC: 25 hours for 2 years, 3 students and all five areas make the BKO eligible (R-AUMC-ELIG-1), with the teaching-licence note; prints the summary', async (test) => {
    const { page, w } = await start(test);
    await page.addInitScript(() => {
      // This file is type-checked without the DOM library; the function runs in the page.
      const window = globalThis as unknown as {
        print: () => void;
        document: { body: { setAttribute(name: string, value: string): void } };
      };
      window.print = () => window.document.body.setAttribute('data-printed', 'true');
    });
    await w.open();
    await w.chooseInstitution('Amsterdam UMC');
    await w.next('Volgende', 'Functie en rollen');
    await w.next('Volgende', 'Je onderwijstaak');
    await page.getByLabel('Hoeveel uur contactonderwijs geef je per collegejaar?').fill('25');
    await page.getByLabel('Hoeveel jaar geef je al zoveel onderwijs?').fill('2');
    await page.getByLabel('Hoeveel studenten begeleid je individueel?').fill('3');
    await w.next('Volgende', 'Competentiegebieden');
    for (const area of ['Ontwerpen', 'Uitvoeren', 'Begeleiden', 'Toetsen en beoordelen', 'Evalueren']) {
      await page.getByLabel(area).check();
    }
    await w.next('Volgende', 'Al behaald');
    await page.getByLabel('Ik heb een lesbevoegdheid').check();
    await w.next('Bekijk de uitkomst', 'Uitkomst voor Amsterdam UMC');

    const bko = w.qualification('BKO');
    await bko.getByText('Mogelijk', { exact: true }).waitFor();
    expect(await bko.getByText(/^Regels? /).textContent()).toBe('Regel R-AUMC-ELIG-1');
    const notes = page.getByRole('region', { name: 'Goed om te weten' });
    expect(await notes.textContent()).toContain('Je hebt een lesbevoegdheid');
    expect(await notes.getByText('Regel R-AUMC-EXEMPT-1').count()).toBe(1);

    await page.getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('true');
    // On paper: the result and the answers, without the page's buttons and frame.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('list', { name: 'Stappen' }).isVisible()).toBe(false);
    expect(await w.answers().isVisible()).toBe(true);
    expect(await bko.isVisible()).toBe(true);
  });
});

describe('"Welke kwalificatie heb ik nodig?" logged in', () => {
  it("is in everyone's navigation and opens inside the app", async (test) => {
    const { page, w } = await start(test);
    await signIn(page.context(), baseUrl, 'teacher@docentdossier.test');
    await page.goto('/');
    const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await navigation.getByRole('link', { name: 'Welke kwalificatie?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welke kwalificatie heb ik nodig?' }).waitFor();
    expect(
      await navigation.getByRole('link', { name: 'Welke kwalificatie?' }).getAttribute('aria-current'),
    ).toBe('page');
    await w.chooseInstitution('UMC Utrecht');
    await w.next('Volgende', 'Dienstverband');
  });
});
