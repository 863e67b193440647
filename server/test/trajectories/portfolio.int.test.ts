import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, samplePdf } from '../fixtures/files.js';
import { createTestApp, type TestApp, type TestClient } from '../harness.js';
import { bkoCoursePlan, makeTrajectoryWorld, storeCatalogue, trajectoryWithIntake } from './support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
  await storeCatalogue(t.database.db, w.institution.id, w.people.coordinator.id);
});
afterAll(() => t.close());

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const task = {
  id: 't1',
  content: 'Werkgroepen farmacologie',
  form: 'working-group',
  targetGroup: 'Bachelor geneeskunde jaar 2',
  from: '2024-09-01',
  until: null,
  hoursPerYear: 40,
  areas: ['delivery'],
};

function upload(client: TestClient, url: string, file: Parameters<typeof multipart>[0]) {
  const { payload, contentType } = multipart(file);
  return client.request('POST', url, payload, { headers: { 'content-type': contentType } });
}

describe('the portfolio by template (R-UMCU-PF-1)', () => {
  it('is written by the teacher section by section, with evidence and a live checklist', async () => {
    const { clients } = w;
    const { id, teacher } = await trajectoryWithIntake(t, w, bkoCoursePlan('teacher'));
    const base = `/api/v1/trajectories/${id}`;
    const start = await teacher.nl.get(`${base}/portfolio`);
    expect(start.statusCode).toBe(200);
    expect(start.json()).toMatchObject({
      qualification: 'BKO',
      template: { validFrom: '2023-10-01' },
      revision: 1,
      editable: true,
      checklist: { complete: false, progress: 0 },
    });
    expect(start.json().content.sections.design).toEqual({
      text: { type: 'doc', content: [] },
      evidenceIds: [],
    });
    // the adviser reads it; the line manager and the coordinator never see the content
    expect((await clients.adviser.get(`${base}/portfolio`)).statusCode).toBe(200);
    expect((await clients.manager.get(`${base}/portfolio`)).statusCode).toBe(403);
    expect((await clients.coordinator.get(`${base}/portfolio`)).statusCode).toBe(403);
    expect((await clients.colleague.get(`${base}/portfolio`)).statusCode).toBe(404);

    const cv = await teacher.nl.request('PUT', `${base}/portfolio/cv`, { revision: 1, cv: [task] });
    expect(cv.statusCode).toBe(200);
    expect(cv.json().revision).toBe(2);
    const tasks = cv
      .json()
      .checklist.items.find((i: { requirementId: string }) => i.requirementId === 'cv-forms');
    expect(tasks).toMatchObject({ have: 1 });
    const stale = await teacher.en.request('PUT', `${base}/portfolio/cv`, { revision: 1, cv: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe(
      'Your portfolio has been changed elsewhere since (revision 2). Reload it before saving.',
    );
    expect((await clients.adviser.request('PUT', `${base}/portfolio/cv`, { cv: [] })).statusCode).toBe(403);

    const added = await teacher.nl.post(`${base}/evidence`, {
      kind: 'teaching-material',
      title: 'Werkgroepopdracht',
    });
    expect(added.statusCode).toBe(201);
    const evidenceId = added.json().content.evidence[0].id;
    const pdf = await upload(teacher.nl, `${base}/evidence/${evidenceId}/files`, {
      content: samplePdf('Opdracht'),
      fileName: 'opdracht.pdf',
    });
    expect(pdf.statusCode).toBe(201);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Rubric').addRow(['Criterium', 'Punten']);
    const xlsx = await upload(teacher.nl, `${base}/evidence/${evidenceId}/files`, {
      content: Buffer.from(await workbook.xlsx.writeBuffer()),
      fileName: 'rubric.xlsx',
    });
    expect(xlsx.statusCode).toBe(201);
    expect(
      xlsx.json().content.evidence[0].files.map((f: { name: string; mediaType: string }) => f.mediaType),
    ).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const text = await upload(teacher.en, `${base}/evidence/${evidenceId}/files`, {
      content: Buffer.from('alleen tekst'),
      fileName: 'notities.pdf',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.message).toBe(
      'The file notities.pdf is of a type not allowed here; allowed: PDF, PNG, JPEG, WebP, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt), OpenDocument (.ods), OpenDocument (.odp).',
    );
    const fileId = pdf.json().content.evidence[0].files[0].fileId;
    const download = await clients.adviser.get(`${base}/evidence/${evidenceId}/files/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(samplePdf('Opdracht'))).toBe(true);

    const words = Array.from({ length: 100 }, (_, i) => `woord${i}`).join(' ');
    const section = await teacher.nl.request('PUT', `${base}/portfolio/sections/design`, {
      text: paragraph(words),
      evidenceIds: [evidenceId],
    });
    expect(section.statusCode).toBe(200);
    expect(section.json().content.sections.design.evidenceIds).toEqual([evidenceId]);
    const reflections = section
      .json()
      .checklist.items.find((i: { requirementId: string }) => i.requirementId === 'reflections');
    expect(reflections?.sectionsShort ?? []).not.toContain('design');

    const html = await teacher.en.request('PUT', `${base}/portfolio/sections/design`, {
      text: '<p>html</p>',
      evidenceIds: [],
    });
    expect(html.statusCode).toBe(400);
    expect(html.json().error.message).toBe('Invalid input for body.text.');
    const unknownEvidence = await teacher.nl.request('PUT', `${base}/portfolio/sections/design`, {
      text: paragraph('x'),
      evidenceIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownEvidence.statusCode).toBe(400);
    expect(
      (
        await teacher.nl.request('PUT', `${base}/portfolio/sections/vision`, {
          text: paragraph('x'),
          evidenceIds: [],
        })
      ).statusCode,
    ).toBe(404);

    const removed = await teacher.nl.delete(`${base}/evidence/${evidenceId}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().content.evidence).toEqual([]);
    expect(removed.json().content.sections.design.evidenceIds).toEqual([]);
    expect((await teacher.nl.get(`${base}/evidence/${evidenceId}/files/${fileId}`)).statusCode).toBe(404);
  });

  it('records completed schooling with its certificate, and then moves on to the portfolio', async () => {
    const { id, teacher } = await trajectoryWithIntake(t, w, bkoCoursePlan('teacher'));
    const base = `/api/v1/trajectories/${id}`;
    const [schooling] = (await teacher.nl.get(base)).json().plan.schooling;
    const other = (await teacher.nl.post(`${base}/evidence`, { kind: 'other', title: 'Iets' })).json().content
      .evidence[0];
    const wrong = await teacher.nl.post(`${base}/schooling/${schooling.id}/complete`, {
      completedOn: '2026-06-30',
      certificateEvidenceId: other.id,
    });
    expect(wrong.statusCode).toBe(400);
    const added = await teacher.nl.post(`${base}/evidence`, {
      kind: 'schooling-certificate',
      title: 'Certificaat BKO-leergang',
    });
    const certificate = added
      .json()
      .content.evidence.find((e: { kind: string }) => e.kind === 'schooling-certificate');
    await upload(teacher.nl, `${base}/evidence/${certificate.id}/files`, {
      content: samplePdf(),
      fileName: 'certificaat.pdf',
    });
    const done = await teacher.nl.post(`${base}/schooling/${schooling.id}/complete`, {
      completedOn: '2026-06-30',
      certificateEvidenceId: certificate.id,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ state: 'portfolio-in-progress' });
    expect(done.json().plan.schooling[0]).toMatchObject({
      completedOn: '2026-06-30',
      certificateEvidenceId: certificate.id,
    });
    const keep = await teacher.en.delete(`${base}/evidence/${certificate.id}`);
    expect(keep.statusCode).toBe(409);
    expect(keep.json().error.code).toBe('EVIDENCE_IS_CERTIFICATE');
  });

  it('is locked while the costs await approval (409 naming the state)', async () => {
    const { id, teacher } = await trajectoryWithIntake(t, w, bkoCoursePlan('division'));
    const locked = await teacher.nl.request('PUT', `/api/v1/trajectories/${id}/portfolio/cv`, { cv: [task] });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe(
      'Je portfolio is nu niet te bewerken: het traject staat op ‘wacht op goedkeuring van de kosten’.',
    );
  });
});
