import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';
import {
  bkoCoursePlan,
  makeTrajectoryWorld,
  testCatalogue,
  thisYear,
  trajectoryWithIntake,
} from './support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
});
afterAll(() => t.close());

const url = (year: number | string = thisYear()) =>
  `/api/v1/institutions/${w.institution.id}/trajectory-catalogues/${year}`;
const { year: _year, ...catalogueBody } = testCatalogue();

describe('the catalogue per institution and year (R-UMCU-COST-1)', () => {
  it('is written whole by a coordinator and read by those who plan with it', async () => {
    const { clients } = w;
    expect((await clients.adviser.get(url())).statusCode).toBe(404);
    const saved = await clients.coordinator.request('PUT', url(), catalogueBody);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      year: thisYear(),
      assessmentPriceCents: { BKO: 95_000 },
      items: catalogueBody.items,
    });
    for (const reader of [clients.teacher, clients.adviser, clients.manager]) {
      expect((await reader.get(url())).json().items).toHaveLength(catalogueBody.items.length);
    }
    const list = await clients.teacher.get(`/api/v1/institutions/${w.institution.id}/trajectory-catalogues`);
    expect(list.json().items.map((c: { year: number }) => c.year)).toEqual([thisYear()]);

    // written again: the items are replaced
    const fewer = { ...catalogueBody, items: catalogueBody.items.slice(0, 4) };
    expect((await clients.coordinator.request('PUT', url(), fewer)).json().items).toHaveLength(4);
    await clients.coordinator.request('PUT', url(), catalogueBody);
  });

  it('is written by no one else, and refuses prices that are not whole cents and items twice', async () => {
    const { clients, clientsEn } = w;
    for (const other of [clients.teacher, clients.adviser, clients.manager]) {
      expect((await other.request('PUT', url(), catalogueBody)).statusCode).toBe(403);
    }
    const halfCent = {
      ...catalogueBody,
      items: [{ kind: 'module', id: 'x', title: { nl: 'X', en: 'X' }, priceCents: 10.5 }],
    };
    const bad = await clientsEn.coordinator.request('PUT', url(), halfCent);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('Invalid input for body.items.0.priceCents.');
    const twice = { ...catalogueBody, items: [catalogueBody.items[4], catalogueBody.items[4]] };
    const dup = await clients.coordinator.request('PUT', url(), twice);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.message).toBe('Ongeldige invoer bij body.items: toetsen staat er twee keer in.');
    expect((await clients.coordinator.request('PUT', url(1999), catalogueBody)).statusCode).toBe(400);
  });
});

describe("the line manager's decision on the costs", () => {
  it('approves: on to the schooling; the teacher and the adviser are told', async () => {
    const { clients, people } = w;
    const { id, teacher } = await trajectoryWithIntake(t, w, bkoCoursePlan('division'));
    // not the adviser, not a line manager of another division, not the teacher
    expect(
      (await clients.adviser.post(`/api/v1/trajectories/${id}/cost-decision`, { decision: 'approve' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await clients.otherManager.post(`/api/v1/trajectories/${id}/cost-decision`, { decision: 'approve' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await teacher.nl.post(`/api/v1/trajectories/${id}/cost-decision`, { decision: 'approve' })).statusCode,
    ).toBe(403);

    const approved = await clients.manager.post(`/api/v1/trajectories/${id}/cost-decision`, {
      decision: 'approve',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      state: 'schooling',
      view: 'status-and-costs',
      plan: null,
      costDecision: { decision: 'approved', reason: null, decidedBy: { id: people.manager.id } },
    });
    const told = (await teacher.nl.get('/api/v1/me/notifications')).json().items;
    expect(told[0]).toMatchObject({ kind: 'trajectory.approve-costs', entityId: id });
    expect(told[0].message).toContain('heeft de kosten van je traject goedgekeurd.');

    const again = await w.clientsEn.manager.post(`/api/v1/trajectories/${id}/cost-decision`, {
      decision: 'approve',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'Approving the costs is not possible now: the trajectory is at ‘schooling’.',
    );
  });

  it('declines with a reason; the adviser then revises the plan, the teacher paying', async () => {
    const { clients, clientsEn } = w;
    const { id, teacher } = await trajectoryWithIntake(t, w, bkoCoursePlan('division'));
    const noReason = await clientsEn.manager.post(`/api/v1/trajectories/${id}/cost-decision`, {
      decision: 'decline',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toBe('Invalid input for body.reason.');
    const declined = await clients.manager.post(`/api/v1/trajectories/${id}/cost-decision`, {
      decision: 'decline',
      reason: 'Geen budget dit jaar.',
    });
    expect(declined.json()).toMatchObject({
      state: 'cost-declined',
      costDecision: { decision: 'declined', reason: 'Geen budget dit jaar.' },
    });
    const adviserTold = (await clients.adviser.get('/api/v1/me/notifications')).json().items;
    expect(adviserTold[0].message).toMatch(
      /heeft de kosten van het traject van .+ afgewezen: Geen budget dit jaar\.$/,
    );

    const revised = await clients.adviser.post(`/api/v1/trajectories/${id}/intake`, {
      plan: bkoCoursePlan('teacher'),
    });
    expect(revised.json()).toMatchObject({
      state: 'schooling',
      costDecision: null,
      costs: { payer: 'teacher' },
    });
    expect((await teacher.nl.get(`/api/v1/trajectories/${id}`)).json().plan.payer).toBe('teacher');
  });
});
