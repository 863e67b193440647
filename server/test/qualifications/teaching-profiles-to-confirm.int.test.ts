import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInstitution, makePerson, makePolicy, makeTeachingProfile } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function login(email: string, language: 'nl' | 'en' = 'nl') {
  const client = new TestClient(t.app, language);
  await client.login(email);
  return client;
}

/**
 * An institution with teachers in its department (below the division) and in another division, each with a
 * profile, a line manager of the division, and a teacher at another institution.
 */
async function setting() {
  const db = t.database.db;
  const place = await makeInstitution(db);
  const elsewhere = await makeInstitution(db);
  await makePolicy(db, { institutionSlug: place.institution.slug });
  const inDepartment = await makePerson(db, {
    displayName: 'Anna in de afdeling',
    roles: [{ role: 'teacher', institutionId: place.institution.id, unitId: place.department.id }],
  });
  const inOtherDivision = await makePerson(db, {
    roles: [{ role: 'teacher', institutionId: place.institution.id, unitId: place.otherDivision.id }],
  });
  const atOtherInstitution = await makePerson(db, {
    roles: [{ role: 'teacher', institutionId: elsewhere.institution.id, unitId: elsewhere.department.id }],
  });
  const manager = await makePerson(db, {
    roles: [{ role: 'line-manager', institutionId: place.institution.id, unitId: place.division.id }],
  });
  const profiles = {
    inDepartment: await makeTeachingProfile(db, {
      personId: inDepartment.id,
      institutionId: place.institution.id,
      profile: { teachingFte: 0.3 },
    }),
    inOtherDivision: await makeTeachingProfile(db, {
      personId: inOtherDivision.id,
      institutionId: place.institution.id,
    }),
    atOtherInstitution: await makeTeachingProfile(db, {
      personId: atOtherInstitution.id,
      institutionId: elsewhere.institution.id,
    }),
  };
  return { ...place, elsewhere, inDepartment, manager, profiles };
}

const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

describe('teaching profiles to confirm', () => {
  it('lists for a line manager the profiles of the teachers in their units and below, with those units, and moves a profile from pending to confirmed once confirmed', async () => {
    const s = await setting();
    const manager = await login(s.manager.email);

    const all = await manager.get('/api/v1/teaching-profiles');
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toEqual([
      {
        id: s.profiles.inDepartment.id,
        person: { id: s.inDepartment.id, displayName: 'Anna in de afdeling' },
        institution: { id: s.institution.id, name: s.institution.name },
        profile: expect.objectContaining({ teachingFte: 0.3 }),
        updatedAt: s.profiles.inDepartment.updatedAt.toISOString(),
        updatedBy: { id: s.inDepartment.id, displayName: 'Anna in de afdeling' },
        confirmation: null,
        units: [{ id: s.department.id, name: s.department.name }],
      },
    ]);
    expect(ids((await manager.get('/api/v1/teaching-profiles?confirmation=pending')).json())).toEqual([
      s.profiles.inDepartment.id,
    ]);
    expect((await manager.get('/api/v1/teaching-profiles?confirmation=confirmed')).json().items).toEqual([]);

    const confirmed = await manager.post(`/api/v1/teaching-profiles/${s.profiles.inDepartment.id}/confirm`, {
      updatedAt: s.profiles.inDepartment.updatedAt.toISOString(),
    });
    expect(confirmed.statusCode).toBe(200);
    expect((await manager.get('/api/v1/teaching-profiles?confirmation=pending')).json().items).toEqual([]);
    const done = (await manager.get('/api/v1/teaching-profiles?confirmation=confirmed')).json();
    expect(ids(done)).toEqual([s.profiles.inDepartment.id]);
    expect(done.items[0].confirmation.confirmedBy).toEqual({
      id: s.manager.id,
      displayName: s.manager.displayName,
    });

    // a change by the teacher puts it back among the pending ones
    const teacher = await login(s.inDepartment.email);
    const changed = await teacher.request('PUT', `/api/v1/me/teaching-profiles/${s.institution.id}`, {
      teachingFte: 0.4,
    });
    expect(changed.statusCode).toBe(200);
    expect(ids((await manager.get('/api/v1/teaching-profiles?confirmation=pending')).json())).toEqual([
      s.profiles.inDepartment.id,
    ]);
  });

  it('shows an institution-wide line manager every profile there, longest waiting first, and none of another institution', async () => {
    const s = await setting();
    const wide = await makePerson(t.database.db, {
      roles: [{ role: 'line-manager', institutionId: s.institution.id }],
    });
    const client = await login(wide.email);
    expect(ids((await client.get('/api/v1/teaching-profiles')).json())).toEqual([
      s.profiles.inDepartment.id,
      s.profiles.inOtherDivision.id,
    ]);
  });

  it('does not list the line manager their own profile', async () => {
    const s = await setting();
    const managerWhoTeaches = await makePerson(t.database.db, {
      roles: [
        { role: 'line-manager', institutionId: s.institution.id, unitId: s.division.id },
        { role: 'teacher', institutionId: s.institution.id, unitId: s.department.id },
      ],
    });
    const own = await makeTeachingProfile(t.database.db, {
      personId: managerWhoTeaches.id,
      institutionId: s.institution.id,
    });
    const client = await login(managerWhoTeaches.email);
    const listed = ids((await client.get('/api/v1/teaching-profiles')).json());
    expect(listed).toContain(s.profiles.inDepartment.id);
    expect(listed).not.toContain(own.id);
  });

  it('is refused to anyone without a line-manager role, teachers and coordinators included', async () => {
    const s = await setting();
    const coordinator = await makePerson(t.database.db, {
      roles: [{ role: 'coordinator', institutionId: s.institution.id }],
    });
    for (const email of [s.inDepartment.email, coordinator.email]) {
      const response = await (await login(email, 'en')).get('/api/v1/teaching-profiles');
      expect(response.statusCode, email).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses an unknown filter with a 400 naming the field, in the caller’s language', async () => {
    const s = await setting();
    const response = await (await login(s.manager.email, 'en')).get(
      '/api/v1/teaching-profiles?confirmation=maybe',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('confirmation');
  });
});
