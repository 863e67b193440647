import type { Catalogue, TrajectoryPlanInput } from '../../../contracts/trajectories.js';
import { dayInAmsterdam } from '../../src/modules/qualifications/index.js';
import { saveCatalogue } from '../../src/modules/trajectories/trajectories.repository.js';
import type { Db } from '../../src/platform/db/database.js';
import { makeInstitution, makePerson, type PersonOverrides } from '../factories.js';
import { type TestApp, TestClient } from '../harness.js';

// The people of one UMC for the trajectories' integration tests: a teacher in a department, an adviser
// for the whole institution and one for another division, the teacher's line manager, a line manager of
// another division, a coordinator, and a teacher of the same department.

export async function makeTrajectoryWorld(t: TestApp) {
  const db = t.database.db;
  const { institution, division, department, otherDivision } = await makeInstitution(db);
  const at = (overrides: PersonOverrides) => makePerson(db, overrides);
  const inst = institution.id;
  const teacher = await at({ roles: [{ role: 'teacher', institutionId: inst, unitId: department.id }] });
  const colleague = await at({ roles: [{ role: 'teacher', institutionId: inst, unitId: department.id }] });
  const adviser = await at({ roles: [{ role: 'educational-adviser', institutionId: inst }] });
  const otherAdviser = await at({
    roles: [{ role: 'educational-adviser', institutionId: inst, unitId: otherDivision.id }],
  });
  const manager = await at({ roles: [{ role: 'line-manager', institutionId: inst, unitId: division.id }] });
  const otherManager = await at({
    roles: [{ role: 'line-manager', institutionId: inst, unitId: otherDivision.id }],
  });
  const coordinator = await at({ roles: [{ role: 'coordinator', institutionId: inst }] });
  const people = { teacher, colleague, adviser, otherAdviser, manager, otherManager, coordinator };
  const clients = {} as Record<keyof typeof people, TestClient>;
  const clientsEn = {} as Record<keyof typeof people, TestClient>;
  for (const [name, person] of Object.entries(people) as [keyof typeof people, { email: string }][]) {
    clients[name] = new TestClient(t.app, 'nl');
    await clients[name].login(person.email);
    clientsEn[name] = new TestClient(t.app, 'en');
    await clientsEn[name].login(person.email);
  }
  return { institution, division, department, otherDivision, people, clients, clientsEn };
}

export const thisYear = () => Number(dayInAmsterdam(new Date()).slice(0, 4));

/** UMC Utrecht-like prices for this year: the four courses, two modules, every assessment. */
export function testCatalogue(year = thisYear()): Catalogue {
  const title = (nl: string, en: string) => ({ nl, en });
  return {
    year,
    items: [
      {
        kind: 'course',
        id: 'bko-leergang',
        title: title('BKO-leergang', 'BKO course'),
        qualification: 'BKO',
        priceCents: 350_000,
      },
      {
        kind: 'course',
        id: 'uvo-leergang',
        title: title('UvO-leergang', 'UvO course'),
        qualification: 'UvO',
        priceCents: 150_000,
      },
      {
        kind: 'course',
        id: 'kko-leergang',
        title: title('KKO-leergang', 'KKO course'),
        qualification: 'KKO',
        priceCents: 250_000,
      },
      {
        kind: 'course',
        id: 'sko-leergang',
        title: title('SKO-leergang', 'SKO course'),
        qualification: 'SKO',
        priceCents: 400_000,
      },
      { kind: 'module', id: 'toetsen', title: title('Toetsen', 'Assessment'), priceCents: 60_000 },
      {
        kind: 'module',
        id: 'feedback',
        title: title('Feedback geven', 'Giving feedback'),
        priceCents: 45_050,
      },
    ],
    assessmentPriceCents: { BKO: 95_000, UvO: 50_000, KKO: 95_000, SKO: 120_000 },
  };
}

export async function storeCatalogue(
  db: Db,
  institutionId: string,
  updatedBy: string,
  catalogue = testCatalogue(),
) {
  await saveCatalogue(db, { institutionId, catalogue, updatedBy, now: new Date() });
}

export const bkoCoursePlan = (payer: 'teacher' | 'division' = 'division'): TrajectoryPlanInput => ({
  qualification: 'BKO',
  route: 'course',
  schooling: [{ source: 'catalogue', itemId: 'bko-leergang' }],
  payer,
  notes: 'Start in september.',
});

/** Another teacher in the world's department, logged in in Dutch and in English. */
export async function newTeacher(t: TestApp, world: Awaited<ReturnType<typeof makeTrajectoryWorld>>) {
  const person = await makePerson(t.database.db, {
    roles: [{ role: 'teacher', institutionId: world.institution.id, unitId: world.department.id }],
  });
  const nl = new TestClient(t.app, 'nl');
  await nl.login(person.email);
  const en = new TestClient(t.app, 'en');
  await en.login(person.email);
  return { person, nl, en };
}

/** A trajectory of a new teacher, taken up to an intake recorded with `plan`. */
export async function trajectoryWithIntake(
  t: TestApp,
  world: Awaited<ReturnType<typeof makeTrajectoryWorld>>,
  plan: TrajectoryPlanInput = bkoCoursePlan(),
) {
  const teacher = await newTeacher(t, world);
  const requested = await teacher.nl.post('/api/v1/me/trajectories', {
    institutionId: world.institution.id,
    from: 'advice',
  });
  if (requested.statusCode !== 201) throw new Error(`request failed: ${requested.body}`);
  const id = requested.json().id as string;
  const recorded = await world.clients.adviser.post(`/api/v1/trajectories/${id}/intake`, { plan });
  if (recorded.statusCode !== 200) throw new Error(`intake failed: ${recorded.body}`);
  return { id, teacher };
}
