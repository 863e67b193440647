import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayInAmsterdam } from '../../src/modules/qualifications/index.js';
import { addDays } from '../../src/modules/trajectories/domain/days.js';
import { trajectoryVersions } from '../../src/modules/trajectories/trajectories.tables.js';
import { multipart, samplePdf } from '../fixtures/files.js';
import { createTestApp, type TestApp } from '../harness.js';
import { makeTrajectoryWorld, storeCatalogue, trajectoryWithIntake } from './support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;
const today = dayInAmsterdam(new Date());
const settingsUrl = () => `/api/v1/institutions/${w.institution.id}/requirement-settings/UvO`;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
  await storeCatalogue(t.database.db, w.institution.id, w.people.coordinator.id);
  // the institution's own numbers (R-UMCU-PF-1): here nothing but a CV task in delivery, so the test can
  // reach a complete checklist through the API
  const set = await w.clients.coordinator.request('PUT', settingsUrl(), {
    settings: {
      'cv-forms': 0,
      'student-evaluation': 0,
      'observation-own-teaching': 0,
      'observation-of-colleague': 0,
      'teaching-material': 0,
      'schooling-certificate': 0,
      reflections: 0,
      'linked-evidence': 0,
    },
  });
  if (set.statusCode !== 200) throw new Error(set.body);
});
afterAll(() => t.close());

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** UvO by its course, followed before the intake: nothing left to follow, straight to the portfolio. */
const uvoPlan = {
  qualification: 'UvO' as const,
  route: 'course' as const,
  schooling: [{ source: 'catalogue' as const, itemId: 'uvo-leergang', completedOn: '2025-01-10' }],
  payer: 'teacher' as const,
};

async function week(draftIn: number, finalIn: number, name: string) {
  const response = await w.clients.coordinator.post(
    `/api/v1/institutions/${w.institution.id}/assessment-weeks`,
    {
      name,
      startsOn: addDays(today, finalIn + 10),
      endsOn: addDays(today, finalIn + 14),
      draftDeadline: addDays(today, draftIn),
      finalDeadline: addDays(today, finalIn),
      qualifications: ['UvO', 'BKO'],
    },
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json() as { id: string; draftDeadline: string; startsOn: string };
}

describe('draft, feedback, final (R-UMCU-FB-1, R-UMCU-ASM-1, -3, -4)', () => {
  it('hands in numbered, locked versions; feedback per section; the final after "convincing"', async () => {
    const { clients, clientsEn } = w;
    const { id, teacher } = await trajectoryWithIntake(t, w, uvoPlan);
    const base = `/api/v1/trajectories/${id}`;
    expect((await teacher.nl.get(base)).json().state).toBe('portfolio-in-progress');
    const open = await week(10, 20, 'Open week');
    const closed = await week(-1, 5, 'Gesloten week');

    await teacher.nl.request('PUT', `${base}/portfolio/cv`, {
      cv: [
        {
          id: 't1',
          content: 'Werkcolleges anatomie',
          form: 'working-lecture',
          targetGroup: 'Bachelor jaar 1',
          from: '2024-09-01',
          until: null,
          hoursPerYear: 60,
          areas: ['delivery'],
        },
      ],
    });
    await teacher.nl.request('PUT', `${base}/portfolio/sections/delivery`, {
      text: paragraph('Eerste versie van mijn reflectie.'),
      evidenceIds: [],
    });

    const late = await teacher.nl.post(`${base}/versions`, { kind: 'draft', assessmentWeekId: closed.id });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe(
      `De deadline voor het concept van de beoordelingsweek van ${closed.startsOn} was ${closed.draftDeadline}. Kies een latere beoordelingsweek.`,
    );
    expect((await clients.adviser.post(`${base}/versions`, { kind: 'draft' })).statusCode).toBe(403);

    const first = await teacher.nl.post(`${base}/versions`, { kind: 'draft', assessmentWeekId: open.id });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ number: 1, kind: 'draft', verdict: null, feedback: null });
    expect(first.json().content.sections.delivery.text).toEqual(
      paragraph('Eerste versie van mijn reflectie.'),
    );
    expect((await teacher.nl.get(base)).json().state).toBe('draft-handed-in');
    const adviserTold = (await clients.adviser.get('/api/v1/me/notifications')).json().items[0];
    expect(adviserTold).toMatchObject({ kind: 'trajectory.hand-in-draft', entityId: id });

    // locked while the adviser has it
    const locked = await teacher.en.request('PUT', `${base}/portfolio/sections/delivery`, {
      text: paragraph('Stiekem verder'),
      evidenceIds: [],
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe(
      'Your portfolio cannot be edited now: the trajectory is at ‘draft handed in’.',
    );
    const early = await teacher.en.post(`${base}/versions`, { kind: 'final' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe(
      'Handing in the final version is not possible now: the trajectory is at ‘draft handed in’.',
    );

    // feedback: by the adviser, on known sections
    const feedback = {
      verdict: 'needs-work',
      overall: 'Goed begin.',
      sections: { delivery: 'Meer voorbeelden.' },
    };
    expect((await teacher.nl.post(`${base}/versions/1/feedback`, feedback)).statusCode).toBe(403);
    const unknownSection = await clientsEn.adviser.post(`${base}/versions/1/feedback`, {
      ...feedback,
      sections: { vision: 'x' },
    });
    expect(unknownSection.statusCode).toBe(400);
    expect(unknownSection.json().error.message).toBe(
      'Invalid input for body.sections: the portfolio has no section vision.',
    );
    const badVerdict = await clientsEn.adviser.post(`${base}/versions/1/feedback`, {
      ...feedback,
      verdict: 'ok',
    });
    expect(badVerdict.json().error.message).toBe('Invalid input for body.verdict.');
    const given = await clients.adviser.post(`${base}/versions/1/feedback`, feedback);
    expect(given.statusCode).toBe(200);
    expect(given.json()).toMatchObject({
      verdict: 'needs-work',
      feedback: { sections: { delivery: 'Meer voorbeelden.' } },
    });
    expect((await teacher.nl.get('/api/v1/me/notifications')).json().items[0].message).toContain(
      'gaf feedback op concept 1: nog niet af.',
    );

    // "needs work": no final yet
    const notYet = await teacher.nl.post(`${base}/versions`, { kind: 'final' });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.code).toBe('TRAJECTORY_FEEDBACK_NOT_CONVINCING');

    // revising: the first edit moves the trajectory on
    const revised = await teacher.nl.request('PUT', `${base}/portfolio/sections/delivery`, {
      text: paragraph('Tweede versie, met voorbeelden.'),
      evidenceIds: [],
    });
    expect(revised.json().editable).toBe(true);
    expect((await teacher.nl.get(base)).json().state).toBe('revising');
    const second = await teacher.nl.post(`${base}/versions`, { kind: 'draft' });
    expect(second.json().number).toBe(2);

    const diff = await teacher.nl.get(`${base}/versions/compare?from=1&to=2`);
    expect(diff.statusCode).toBe(200);
    expect(diff.json().sections).toEqual([
      {
        sectionId: 'delivery',
        textChanged: true,
        before: 'Eerste versie van mijn reflectie.',
        after: 'Tweede versie, met voorbeelden.',
        evidenceAdded: [],
        evidenceRemoved: [],
      },
    ]);
    expect((await teacher.nl.get(`${base}/versions/compare?from=1&to=9`)).statusCode).toBe(404);
    // the first version did not change with the revision
    expect((await teacher.nl.get(`${base}/versions/1`)).json().content.sections.delivery.text).toEqual(
      paragraph('Eerste versie van mijn reflectie.'),
    );

    await clients.adviser.post(`${base}/versions/2/feedback`, {
      verdict: 'convincing',
      overall: 'Compleet en overtuigend.',
    });
    const final = await teacher.nl.post(`${base}/versions`, { kind: 'final' });
    expect(final.statusCode).toBe(201);
    expect(final.json()).toMatchObject({ number: 3, kind: 'final', checklist: { complete: true } });
    expect((await teacher.nl.get(`${base}/portfolio`)).json().editable).toBe(false);
    expect(
      (await teacher.nl.get(`${base}/versions`))
        .json()
        .items.map((v: { verdict: string | null }) => v.verdict),
    ).toEqual(['needs-work', 'convincing', null]);

    // the adviser's check of the final version (R-UMCU-ASM-4)
    const noReason = await clientsEn.adviser.post(`${base}/final-check`, { decision: 'return' });
    expect(noReason.json().error.message).toBe('Invalid input for body.reason.');
    const accepted = await clients.adviser.post(`${base}/final-check`, { decision: 'accept' });
    expect(accepted.json().state).toBe('awaiting-assessment');
    // the manager sees the status only
    const asManager = (await clients.manager.get(base)).json();
    expect(asManager).toMatchObject({ state: 'awaiting-assessment', view: 'status-and-costs', plan: null });
    expect((await clients.manager.get(`${base}/versions`)).statusCode).toBe(403);
  });

  it('keeps handed-in versions as they were: the database refuses a change', async () => {
    const { id, teacher } = await trajectoryWithIntake(t, w, uvoPlan);
    await teacher.nl.post(`/api/v1/trajectories/${id}/versions`, { kind: 'draft' });
    const change = t.database.db
      .update(trajectoryVersions)
      .set({ snapshot: {} })
      .where(eq(trajectoryVersions.trajectoryId, id));
    await expect(change).rejects.toThrow();
    await expect(
      t.database.db.delete(trajectoryVersions).where(eq(trajectoryVersions.trajectoryId, id)),
    ).rejects.toThrow();
  });
});

describe("the institution's numbers (R-UMCU-PF-1)", () => {
  it('are set by a coordinator beside the defaults, naming an unknown requirement', async () => {
    const { clients, clientsEn } = w;
    const read = (await clients.teacher.get(settingsUrl())).json();
    expect(read).toMatchObject({
      qualification: 'UvO',
      templateValidFrom: '2023-10-01',
      settings: { reflections: 0 },
    });
    expect(read.defaults).toMatchObject({ 'student-evaluation': 2, reflections: 100, 'cv-forms': 2 });
    expect(read.requirements).toContainEqual({
      id: 'reflections',
      label: { nl: 'Een reflectie per competentiegebied', en: 'A reflection per competency area' },
      rules: expect.any(Array),
      counts: 'words',
      default: 100,
    });
    expect(read.requirements.map((r: { id: string }) => r.id)).toEqual(Object.keys(read.defaults));
    expect((await clients.adviser.request('PUT', settingsUrl(), { settings: {} })).statusCode).toBe(403);
    const typo = await clientsEn.coordinator.request('PUT', settingsUrl(), {
      settings: { reflection: 50, 'cv-areas': 1 },
    });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error.message).toBe(
      'Invalid input for body.settings: the portfolio template has no requirement with a number reflection, cv-areas.',
    );
  });
});

describe('taking back, moving weeks, withdrawing and cancelling', () => {
  it('retracts a draft, moves to an open week only, and closes for good when withdrawn', async () => {
    const { clients, clientsEn } = w;
    const { id, teacher } = await trajectoryWithIntake(t, w, uvoPlan);
    const base = `/api/v1/trajectories/${id}`;
    const open = await week(12, 22, 'Nog open');
    const closed = await week(-2, 4, 'Concept te laat');
    await teacher.nl.post(`${base}/versions`, { kind: 'draft' });
    const retracted = await teacher.nl.post(`${base}/retract-draft`);
    expect(retracted.json().state).toBe('portfolio-in-progress');
    await teacher.nl.post(`${base}/versions`, { kind: 'draft' });
    await clients.adviser.post(`${base}/versions/2/feedback`, {
      verdict: 'needs-work',
      overall: 'Nog niet.',
    });

    const tooLate = await clientsEn.adviser.request('PUT', `${base}/assessment-week`, {
      assessmentWeekId: closed.id,
    });
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().error.code).toBe('TRAJECTORY_DRAFT_DEADLINE_PASSED');
    const moved = await clients.adviser.request('PUT', `${base}/assessment-week`, {
      assessmentWeekId: open.id,
    });
    expect(moved.statusCode).toBe(200);
    expect(
      (await clients.manager.request('PUT', `${base}/assessment-week`, { assessmentWeekId: open.id }))
        .statusCode,
    ).toBe(403);

    expect((await clients.coordinator.post(`${base}/cancel`, {})).statusCode).toBe(400);
    const withdrawn = await teacher.nl.post(`${base}/withdraw`, { reason: 'Andere baan.' });
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn', reason: 'Andere baan.' });
    const after = await teacher.en.post(`${base}/revise`);
    expect(after.statusCode).toBe(409);
    expect(after.json().error.message).toBe(
      'This trajectory is withdrawn and no longer changes. Request a new intake if needed.',
    );
  });

  it('is cancelled by a coordinator with a reason', async () => {
    const { id } = await trajectoryWithIntake(t, w, uvoPlan);
    const cancelled = await w.clients.coordinator.post(`/api/v1/trajectories/${id}/cancel`, {
      reason: 'Dubbel aangevraagd.',
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', view: 'status' });
  });
});

describe('UvO → BKO (R-UMCU-UVO-4)', () => {
  it('starts the BKO portfolio from the UvO portfolio: CV, the shared section and the evidence', async () => {
    const { clients, clientsEn, institution } = w;
    const { id: uvo, teacher } = await trajectoryWithIntake(t, w, uvoPlan);
    const base = `/api/v1/trajectories/${uvo}`;
    const cv = [
      {
        id: 't1',
        content: 'Practica fysiologie',
        form: 'practical',
        targetGroup: 'Bachelor jaar 2',
        from: '2023-02-01',
        until: null,
        hoursPerYear: 30,
        areas: ['delivery'],
      },
    ];
    await teacher.nl.request('PUT', `${base}/portfolio/cv`, { cv });
    const added = await teacher.nl.post(`${base}/evidence`, {
      kind: 'student-evaluation',
      title: 'Evaluatie 2024',
    });
    const evidenceId = added.json().content.evidence[0].id;
    const { payload, contentType } = multipart({
      content: samplePdf('Evaluatie'),
      fileName: 'evaluatie.pdf',
    });
    await teacher.nl.request('POST', `${base}/evidence/${evidenceId}/files`, payload, {
      headers: { 'content-type': contentType },
    });
    await teacher.nl.request('PUT', `${base}/portfolio/sections/delivery`, {
      text: paragraph('Mijn uitvoering.'),
      evidenceIds: [evidenceId],
    });

    const { id: bko } = (
      await teacher.nl.post('/api/v1/me/trajectories', {
        institutionId: institution.id,
        from: 'dossier',
        qualification: 'BKO',
      })
    ).json();
    const kko = await clientsEn.adviser.post(`/api/v1/trajectories/${bko}/intake`, {
      plan: {
        qualification: 'KKO',
        route: 'course',
        schooling: [{ source: 'catalogue', itemId: 'kko-leergang' }],
        payer: 'teacher',
      },
      carryOverFrom: uvo,
    });
    expect(kko.statusCode).toBe(400);
    expect(kko.json().error.message).toBe('A KKO portfolio cannot start from a UvO portfolio.');
    const recorded = await clients.adviser.post(`/api/v1/trajectories/${bko}/intake`, {
      plan: {
        qualification: 'BKO',
        route: 'course',
        schooling: [{ source: 'catalogue', itemId: 'bko-leergang' }],
        payer: 'teacher',
      },
      carryOverFrom: uvo,
    });
    expect(recorded.statusCode).toBe(200);
    const portfolio = (await teacher.nl.get(`/api/v1/trajectories/${bko}/portfolio`)).json();
    expect(portfolio.qualification).toBe('BKO');
    expect(portfolio.content.cv).toEqual(cv);
    const [copied] = portfolio.content.evidence;
    expect(copied).toMatchObject({
      kind: 'student-evaluation',
      title: 'Evaluatie 2024',
      carriedOverFrom: { qualification: 'UvO', trajectoryId: uvo },
    });
    expect(copied.id).not.toBe(evidenceId);
    expect(portfolio.content.sections.delivery).toEqual({
      text: paragraph('Mijn uitvoering.'),
      evidenceIds: [copied.id],
    });
    expect(portfolio.content.sections.design).toEqual({
      text: { type: 'doc', content: [] },
      evidenceIds: [],
    });
    const file = await teacher.nl.get(
      `/api/v1/trajectories/${bko}/evidence/${copied.id}/files/${copied.files[0].fileId}`,
    );
    expect(file.rawPayload.equals(samplePdf('Evaluatie'))).toBe(true);

    // someone else's trajectory cannot be the source
    const other = await trajectoryWithIntake(t, w, uvoPlan);
    const { id: third } = (
      await other.teacher.nl.post('/api/v1/me/trajectories', {
        institutionId: institution.id,
        from: 'dossier',
      })
    ).json();
    const foreign = await clients.adviser.post(`/api/v1/trajectories/${third}/intake`, {
      plan: {
        qualification: 'BKO',
        route: 'course',
        schooling: [{ source: 'catalogue', itemId: 'bko-leergang' }],
        payer: 'teacher',
      },
      carryOverFrom: uvo,
    });
    expect(foreign.statusCode).toBe(404);
  });
});
