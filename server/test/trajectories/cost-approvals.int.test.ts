import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';
import { bkoCoursePlan, makeTrajectoryWorld, storeCatalogue, trajectoryWithIntake } from './support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
  await storeCatalogue(t.database.db, w.institution.id, w.people.coordinator.id);
});
afterAll(() => t.close());

const ids = (res: { json: () => { items: { id: string }[] } }) => res.json().items.map((i) => i.id);

/** A trajectory of a new teacher in the other division, its intake recorded with the division paying. */
async function otherDivisionTrajectory() {
  const person = await makePerson(t.database.db, {
    roles: [{ role: 'teacher', institutionId: w.institution.id, unitId: w.otherDivision.id }],
  });
  const teacher = new TestClient(t.app, 'nl');
  await teacher.login(person.email);
  const requested = await teacher.post('/api/v1/me/trajectories', {
    institutionId: w.institution.id,
    from: 'dossier',
  });
  const id = requested.json().id as string;
  await w.clients.adviser.post(`/api/v1/trajectories/${id}/intake`, { plan: bkoCoursePlan('division') });
  return id;
}

describe('GET /me/cost-approvals: the costs waiting for a line manager (R-UMCU-COST-1)', () => {
  it("lists the pending costs of the manager's own division only, until they are decided", async () => {
    const { clients } = w;
    const ours = await trajectoryWithIntake(t, w, bkoCoursePlan('division'));
    const teacherPays = await trajectoryWithIntake(t, w, bkoCoursePlan('teacher'));
    const theirs = await otherDivisionTrajectory();

    const list = await clients.manager.get('/api/v1/me/cost-approvals');
    expect(list.statusCode).toBe(200);
    expect(ids(list)).toContain(ours.id);
    expect(ids(list)).not.toContain(theirs);
    expect(ids(list)).not.toContain(teacherPays.id);
    expect(list.json().items.find((i: { id: string }) => i.id === ours.id)).toMatchObject({
      state: 'cost-approval-pending',
      qualification: 'BKO',
      teacher: { id: ours.teacher.person.id },
    });

    const other = await clients.otherManager.get('/api/v1/me/cost-approvals');
    expect(ids(other)).toContain(theirs);
    expect(ids(other)).not.toContain(ours.id);

    await clients.manager.post(`/api/v1/trajectories/${ours.id}/cost-decision`, { decision: 'approve' });
    expect(ids(await clients.manager.get('/api/v1/me/cost-approvals'))).not.toContain(ours.id);
  });

  it('is 403 for whoever is no line manager, in their language', async () => {
    const { clients, clientsEn } = w;
    for (const other of [clients.teacher, clients.adviser, clients.coordinator]) {
      expect((await other.get('/api/v1/me/cost-approvals')).statusCode).toBe(403);
    }
    const refused = await clientsEn.teacher.get('/api/v1/me/cost-approvals');
    expect(refused.json().error.code).toBe('FORBIDDEN');
    expect(refused.json().error.message).toMatch(/^You /);
  });
});
