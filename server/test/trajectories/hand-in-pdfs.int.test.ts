import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineOf, pageTexts, qpdfCheck } from '../../src/modules/documents/fixtures.js';
import { dayInAmsterdam } from '../../src/modules/qualifications/index.js';
import { addDays } from '../../src/modules/trajectories/domain/days.js';
import {
  trajectoryVersionFiles,
  trajectoryVersions,
} from '../../src/modules/trajectories/trajectories.tables.js';
import { multipart, samplePdf } from '../fixtures/files.js';
import { createTestApp, type TestApp, type TestClient } from '../harness.js';
import { bkoCoursePlan, makeTrajectoryWorld, storeCatalogue, trajectoryWithIntake } from './support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
  await storeCatalogue(t.database.db, w.institution.id, w.people.coordinator.id);
  // the institution's own numbers (R-UMCU-PF-1): only a CV task for the UvO, so a final is within reach
  const settings = Object.fromEntries(
    ['cv-forms', 'student-evaluation', 'observation-own-teaching', 'observation-of-colleague']
      .concat(['teaching-material', 'schooling-certificate', 'reflections', 'linked-evidence'])
      .map((id) => [id, 0]),
  );
  const set = await w.clients.coordinator.request(
    'PUT',
    `/api/v1/institutions/${w.institution.id}/requirement-settings/UvO`,
    { settings },
  );
  if (set.statusCode !== 200) throw new Error(set.body);
});
afterAll(() => t.close());

function upload(client: TestClient, url: string, file: Parameters<typeof multipart>[0]) {
  const { payload, contentType } = multipart(file);
  return client.request('POST', url, payload, { headers: { 'content-type': contentType } });
}

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const cvTask = {
  id: 't1',
  content: 'Werkcolleges anatomie',
  form: 'working-lecture',
  targetGroup: 'Bachelor jaar 1',
  from: '2024-09-01',
  until: null,
  hoursPerYear: 60,
  areas: ['delivery'],
};

/** The number of pages, and the appendices' bookmarks (the combined file's last top-level entry's children). */
function shape(bytes: Buffer) {
  return { pages: pageTexts(bytes).length, appendices: outlineOf(bytes).at(-1)?.children.length };
}

/** The appendices file: its contents list and each appendix are top-level bookmarks. */
function appendicesShape(bytes: Buffer) {
  return { pages: pageTexts(bytes).length, appendices: outlineOf(bytes).length - 1 };
}

const uvoPlan = {
  qualification: 'UvO' as const,
  route: 'course' as const,
  schooling: [{ source: 'catalogue' as const, itemId: 'uvo-leergang', completedOn: '2025-01-10' }],
  payer: 'teacher' as const,
};

describe('the hand-in as PDF (R-UMCU-SUB-2)', () => {
  it('previews and keeps the UvO hand-in as one PDF, each file of an item an appendix', async () => {
    const { clients } = w;
    const { id, teacher } = await trajectoryWithIntake(t, w, uvoPlan);
    const base = `/api/v1/trajectories/${id}`;
    const added = await teacher.nl.post(`${base}/evidence`, { kind: 'teaching-material', title: 'Opdracht' });
    const evidenceId = added.json().content.evidence[0].id;
    for (const name of ['een', 'twee']) {
      const stored = await upload(teacher.nl, `${base}/evidence/${evidenceId}/files`, {
        content: samplePdf(`Bijlage ${name}`),
        fileName: `${name}.pdf`,
      });
      expect(stored.statusCode).toBe(201);
    }

    const preview = await clients.adviser.get(`${base}/preview/combined.pdf`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('application/pdf');
    expect(qpdfCheck(preview.rawPayload).status).toBe(0);
    const texts = pageTexts(preview.rawPayload);
    expect(texts.some((p) => p.includes('Bijlage een'))).toBe(true);
    expect(texts.some((p) => p.includes('Bijlage twee'))).toBe(true);
    const appendices = outlineOf(preview.rawPayload).at(-1);
    expect(appendices?.children?.length).toBe(2);
    // UvO is one file (R-UMCU-SUB-2): there is no separate portfolio file
    expect((await teacher.nl.get(`${base}/preview/portfolio.pdf`)).statusCode).toBe(404);
    expect((await teacher.nl.get(`${base}/preview/pages.pdf`)).statusCode).toBe(400);

    await teacher.nl.request('PUT', `${base}/portfolio/cv`, { cv: [cvTask] });
    const today = dayInAmsterdam(new Date());
    const week = await clients.coordinator.post(`/api/v1/institutions/${w.institution.id}/assessment-weeks`, {
      name: 'Week',
      startsOn: addDays(today, 30),
      endsOn: addDays(today, 34),
      draftDeadline: addDays(today, 10),
      finalDeadline: addDays(today, 20),
      qualifications: ['UvO'],
    });
    const draft = await teacher.nl.post(`${base}/versions`, {
      kind: 'draft',
      assessmentWeekId: week.json().id,
    });
    expect(draft.statusCode).toBe(201);
    const kept = await teacher.nl.get(`${base}/versions/1/combined.pdf`);
    expect(kept.statusCode).toBe(200);
    expect(kept.headers['content-disposition']).toContain('concept-1.pdf');
    expect(qpdfCheck(kept.rawPayload).status).toBe(0);
    expect(shape(kept.rawPayload)).toEqual({ pages: texts.length, appendices: 2 });
    expect(
      (await clients.adviser.get(`${base}/versions/1/combined.pdf`)).rawPayload.equals(kept.rawPayload),
    ).toBe(true);
    expect((await teacher.nl.get(`${base}/versions/2/combined.pdf`)).statusCode).toBe(404);

    await clients.adviser.post(`${base}/versions/1/feedback`, { verdict: 'convincing', overall: 'Goed.' });
    expect((await teacher.nl.post(`${base}/versions`, { kind: 'final' })).statusCode).toBe(201);
    const final = await teacher.nl.get(`${base}/versions/2/combined.pdf`);
    expect(final.headers['content-disposition']).toContain('definitief.pdf');
    expect(qpdfCheck(final.rawPayload).status).toBe(0);
    expect(shape(final.rawPayload).appendices).toBe(2);

    // the line manager sees status and costs, never the content; nor does another adviser
    for (const client of [clients.manager, clients.otherAdviser]) {
      expect([403, 404]).toContain((await client.get(`${base}/preview/combined.pdf`)).statusCode);
      expect([403, 404]).toContain((await client.get(`${base}/versions/1/combined.pdf`)).statusCode);
    }
    expect((await clients.manager.get(`${base}/preview/combined.pdf`)).statusCode).toBe(403);
  });
});

describe('the hand-in as PDF (R-UMCU-SUB-1)', () => {
  it('previews and keeps a BKO hand-in as two PDFs: the portfolio and the appendices', async () => {
    const { clients } = w;
    const { id, teacher } = await trajectoryWithIntake(t, w, bkoCoursePlan('teacher'));
    const base = `/api/v1/trajectories/${id}`;
    const evidenceIds: string[] = [];
    for (const [kind, title, files] of [
      ['schooling-certificate', 'Certificaat BKO-leergang', ['certificaat']],
      ['student-evaluation', 'Evaluatie blok 2', ['evaluatie', 'toelichting']],
    ] as const) {
      const added = await teacher.nl.post(`${base}/evidence`, { kind, title });
      const item = added.json().content.evidence.find((e: { title: string }) => e.title === title);
      evidenceIds.push(item.id);
      for (const name of files) {
        await upload(teacher.nl, `${base}/evidence/${item.id}/files`, {
          content: samplePdf(name),
          fileName: `${name}.pdf`,
        });
      }
    }
    const [schooling] = (await teacher.nl.get(base)).json().plan.schooling;
    const done = await teacher.nl.post(`${base}/schooling/${schooling.id}/complete`, {
      completedOn: '2026-06-30',
      certificateEvidenceId: evidenceIds[0],
    });
    expect(done.json().state).toBe('portfolio-in-progress');
    await teacher.nl.request('PUT', `${base}/portfolio/cv`, { cv: [cvTask] });
    await teacher.nl.request('PUT', `${base}/portfolio/sections/delivery`, {
      text: paragraph('Mijn reflectie op het uitvoeren van onderwijs.'),
      evidenceIds: [evidenceIds[1]],
    });

    const portfolio = await teacher.nl.get(`${base}/preview/portfolio.pdf`);
    const appendices = await clients.adviser.get(`${base}/preview/appendices.pdf`);
    for (const file of [portfolio, appendices]) {
      expect(file.statusCode).toBe(200);
      expect(qpdfCheck(file.rawPayload).status).toBe(0);
    }
    expect(portfolio.headers['content-disposition']).toContain('voorbeeld.pdf');
    expect(pageTexts(portfolio.rawPayload).join(' ')).toContain('Mijn reflectie');
    // the evaluation's two files are appendices of their own, after the section that links them
    const titles = outlineOf(appendices.rawPayload).flatMap((e) => [
      e.title,
      ...e.children.map((c) => c.title),
    ]);
    expect(titles.join(' | ')).toMatch(/Evaluatie blok 2 \(1\/2\).*Evaluatie blok 2 \(2\/2\).*Certificaat/);
    expect(appendicesShape(appendices.rawPayload)).toEqual({ pages: 4, appendices: 3 });
    expect((await teacher.nl.get(`${base}/preview/combined.pdf`)).statusCode).toBe(404);
    expect((await clients.manager.get(`${base}/preview/portfolio.pdf`)).statusCode).toBe(403);

    expect((await teacher.nl.post(`${base}/versions`, { kind: 'draft' })).statusCode).toBe(201);
    const kept = await clients.adviser.get(`${base}/versions/1/appendices.pdf`);
    expect(kept.headers['content-disposition']).toContain('concept-1.pdf');
    expect(qpdfCheck(kept.rawPayload).status).toBe(0);
    expect(appendicesShape(kept.rawPayload)).toEqual({ pages: 4, appendices: 3 });
    const keptPortfolio = await teacher.nl.get(`${base}/versions/1/portfolio.pdf`);
    expect(qpdfCheck(keptPortfolio.rawPayload).status).toBe(0);
    expect(pageTexts(keptPortfolio.rawPayload).length).toBe(pageTexts(portfolio.rawPayload).length);
    expect((await clients.manager.get(`${base}/versions/1/portfolio.pdf`)).statusCode).toBe(403);

    // the files a failed build after the hand-in left out are built by the first download, the same again
    const db = t.database.db;
    const [version] = await db
      .select()
      .from(trajectoryVersions)
      .where(eq(trajectoryVersions.trajectoryId, id));
    if (!version) throw new Error('no version');
    await db.delete(trajectoryVersionFiles).where(eq(trajectoryVersionFiles.versionId, version.id));
    const rebuilt = await teacher.nl.get(`${base}/versions/1/appendices.pdf`);
    expect(rebuilt.statusCode).toBe(200);
    expect(appendicesShape(rebuilt.rawPayload)).toEqual({ pages: 4, appendices: 3 });
    const stored = await db
      .select()
      .from(trajectoryVersionFiles)
      .where(eq(trajectoryVersionFiles.versionId, version.id));
    expect(stored.map((f) => f.role).sort()).toEqual(['appendices', 'portfolio']);
  });
});
