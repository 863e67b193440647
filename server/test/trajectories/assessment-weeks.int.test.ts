import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';
import { makeTrajectoryWorld } from './support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
});
afterAll(() => t.close());

const week = {
  name: 'Beoordelingsweek voorjaar 2027',
  startsOn: '2027-04-12',
  endsOn: '2027-04-16',
  draftDeadline: '2027-02-15',
  finalDeadline: '2027-03-15',
  qualifications: ['BKO', 'SKO'],
};

describe('assessment weeks (R-UMCU-ASM-3)', () => {
  it('are added and changed by a coordinator and read by the teachers', async () => {
    const { clients, institution } = w;
    const url = `/api/v1/institutions/${institution.id}/assessment-weeks`;
    const added = await clients.coordinator.post(url, week);
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ ...week, institutionId: institution.id });
    const autumn = {
      ...week,
      name: 'Najaar',
      startsOn: '2026-11-09',
      endsOn: '2026-11-13',
      draftDeadline: '2026-09-14',
      finalDeadline: '2026-10-12',
    };
    await clients.coordinator.post(url, autumn);
    const list = (await clients.teacher.get(url)).json().items;
    expect(list.map((x: { name: string }) => x.name)).toEqual(['Najaar', week.name]);

    const changed = await clients.coordinator.request('PUT', `/api/v1/assessment-weeks/${added.json().id}`, {
      ...week,
      finalDeadline: '2027-03-22',
    });
    expect(changed.json().finalDeadline).toBe('2027-03-22');
  });

  it('are kept by no one else, and their dates must be in order (400 naming the field in nl and en)', async () => {
    const { clients, clientsEn, institution } = w;
    const url = `/api/v1/institutions/${institution.id}/assessment-weeks`;
    for (const other of [clients.teacher, clients.adviser, clients.manager]) {
      expect((await other.post(url, week)).statusCode).toBe(403);
    }
    const late = await clientsEn.coordinator.post(url, { ...week, finalDeadline: '2027-04-20' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toBe('Invalid input for body.startsOn.');
    const early = await clients.coordinator.post(url, { ...week, draftDeadline: '2027-03-20' });
    expect(early.json().error.message).toBe('Ongeldige invoer bij body.finalDeadline.');
    const none = await clients.coordinator.post(url, { ...week, qualifications: [] });
    expect(none.json().error.message).toBe('Ongeldige invoer bij body.qualifications.');
    const unknown = await clients.coordinator.request(
      'PUT',
      '/api/v1/assessment-weeks/00000000-0000-4000-8000-000000000000',
      week,
    );
    expect(unknown.statusCode).toBe(404);
  });
});
