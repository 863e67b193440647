import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineOf, pageTexts, qpdfCheck } from '../../src/modules/documents/fixtures.js';
import { multipart, samplePdf } from '../fixtures/files.js';
import { createTestApp, type TestApp, type TestClient } from '../harness.js';
import { makeTrajectoryWorld, storeCatalogue, trajectoryWithIntake } from './support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
  await storeCatalogue(t.database.db, w.institution.id, w.people.coordinator.id);
});
afterAll(() => t.close());

function upload(client: TestClient, url: string, file: Parameters<typeof multipart>[0]) {
  const { payload, contentType } = multipart(file);
  return client.request('POST', url, payload, { headers: { 'content-type': contentType } });
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

    const draft = await teacher.nl.post(`${base}/versions`, { kind: 'draft' });
    expect(draft.statusCode).toBe(201);
    const kept = await teacher.nl.get(`${base}/versions/1/combined.pdf`);
    expect(kept.statusCode).toBe(200);
    expect(kept.headers['content-disposition']).toContain('concept-1.pdf');
    expect(qpdfCheck(kept.rawPayload).status).toBe(0);
    expect(pageTexts(kept.rawPayload).length).toBe(texts.length);
    expect(
      (await clients.adviser.get(`${base}/versions/1/combined.pdf`)).rawPayload.equals(kept.rawPayload),
    ).toBe(true);
    expect((await teacher.nl.get(`${base}/versions/2/combined.pdf`)).statusCode).toBe(404);

    // the line manager sees status and costs, never the content; nor does another adviser
    for (const client of [clients.manager, clients.otherAdviser]) {
      expect([403, 404]).toContain((await client.get(`${base}/preview/combined.pdf`)).statusCode);
      expect([403, 404]).toContain((await client.get(`${base}/versions/1/combined.pdf`)).statusCode);
    }
    expect((await clients.manager.get(`${base}/preview/combined.pdf`)).statusCode).toBe(403);
  });
});
