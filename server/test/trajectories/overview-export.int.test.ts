import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayInAmsterdam } from '../../src/modules/qualifications/index.js';
import { createTestApp, type TestApp } from '../harness.js';
import { makeTrajectoryWorld, storeCatalogue, trajectoryWithIntake } from './support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
  await storeCatalogue(t.database.db, w.institution.id, w.people.coordinator.id);
});
afterAll(() => t.close());

const url = (format: string, query = '') =>
  `/api/v1/institutions/${w.institution.id}/trajectories.${format}${query}`;

describe('the overview as a spreadsheet (issue 5, item 8)', () => {
  it('gives a coordinator the rows of the overview in CSV, in the language asked, narrowed by state', async () => {
    const { person } = (await trajectoryWithIntake(t, w)).teacher;
    const requested = await w.clients.colleague.post('/api/v1/me/trajectories', {
      institutionId: w.institution.id,
      from: 'dossier',
      qualification: 'UvO',
    });
    expect(requested.statusCode).toBe(201);
    const today = dayInAmsterdam(new Date());

    const nl = await w.clients.coordinator.get(url('csv'));
    expect(nl.statusCode).toBe(200);
    expect(nl.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(nl.headers['content-disposition']).toMatch(
      /^attachment; filename="trajecten-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = nl.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Docent;Kwalificatie;Fase;Onderwijskundig adviseur;Verwachte beoordelingsweek;Laatst gewijzigd',
    );
    expect(lines.slice(1)).toEqual([
      `${person.displayName};BKO;Kosten wachten op akkoord;${w.people.adviser.displayName};;${today}`,
      `${w.people.colleague.displayName};UvO;Intake aangevraagd;;;${today}`,
    ]);

    const en = await w.clientsEn.coordinator.get(url('csv', '?state=intake-requested'));
    const enLines = en.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(enLines).toEqual([
      'Teacher;Qualification;Stage;Educational adviser;Expected assessment week;Last changed',
      `${w.people.colleague.displayName};UvO;Intake requested;;;${today}`,
    ]);
    expect(en.headers['content-disposition']).toContain('trajectories-');
    expect(en.headers['content-disposition']).toContain('-intake-requested-');
  });

  it('gives the same as an Excel workbook', async () => {
    const xlsx = await w.clients.coordinator.get(url('xlsx'));
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('is refused to whoever may not see the overview, and a bad state is 400', async () => {
    expect((await w.clients.teacher.get(url('csv'))).statusCode).toBe(403);
    expect((await w.clients.manager.get(url('xlsx'))).statusCode).toBe(403);
    const bad = await w.clientsEn.coordinator.get(url('csv', '?state=finished'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/state/);
  });
});
