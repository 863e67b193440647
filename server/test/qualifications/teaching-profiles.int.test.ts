import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeachingProfile } from '../../../contracts/qualifications.js';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import {
  makeEarnedQualification,
  makeInstitution,
  makePerson,
  makePolicy,
  makeTeachingProfile,
  testPolicyDocument,
} from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An institution with a policy (BKO obligatory from 0.2 fte), a teacher in its department and their manager. */
async function setting() {
  const db = t.database.db;
  const place = await makeInstitution(db);
  await makePolicy(db, { institutionSlug: place.institution.slug });
  const teacher = await makePerson(db, {
    roles: [{ role: 'teacher', institutionId: place.institution.id, unitId: place.department.id }],
  });
  const manager = await makePerson(db, {
    roles: [{ role: 'line-manager', institutionId: place.institution.id, unitId: place.division.id }],
  });
  const otherManager = await makePerson(db, {
    roles: [{ role: 'line-manager', institutionId: place.institution.id, unitId: place.otherDivision.id }],
  });
  const asTeacher = new TestClient(t.app);
  await asTeacher.login(teacher.email);
  return { ...place, teacher, manager, otherManager, asTeacher };
}

const profile: Partial<TeachingProfile> = {
  employment: { permanent: true, years: 4, scale: 11 },
  teachingFte: 0.25,
  competencyAreas: ['design', 'delivery', 'assessment'],
  deliveryTasks: ['lecture'],
};

async function login(email: string, language: 'nl' | 'en' = 'nl') {
  const client = new TestClient(t.app, language);
  await client.login(email);
  return client;
}

describe('my teaching profile', () => {
  it('is written by the teacher, stored complete, audited, and listed per institution where I hold a role', async () => {
    const s = await setting();
    const before = (await s.asTeacher.get('/api/v1/me/teaching-profiles')).json();
    expect(before.items).toEqual([
      {
        institution: { id: s.institution.id, name: s.institution.name },
        policyId: expect.any(String),
        profile: null,
      },
    ]);
    expect((await s.asTeacher.get(`/api/v1/me/teaching-profiles/${s.institution.id}`)).statusCode).toBe(404);

    const saved = await s.asTeacher.request(
      'PUT',
      `/api/v1/me/teaching-profiles/${s.institution.id}`,
      profile,
    );
    expect(saved.statusCode).toBe(200);
    const record = saved.json();
    expect(record).toMatchObject({
      person: { id: s.teacher.id, displayName: s.teacher.displayName },
      institution: { id: s.institution.id },
      updatedBy: { id: s.teacher.id },
      confirmation: null,
      profile: {
        ...profile,
        positions: [],
        roles: [],
        contactHoursPerYear: 0,
        clinicalTrainer: false,
        teachingLicence: false,
      },
    });
    const read = (await s.asTeacher.get(`/api/v1/me/teaching-profiles/${s.institution.id}`)).json();
    expect(read).toEqual(record);
    const listed = (await s.asTeacher.get('/api/v1/me/teaching-profiles')).json();
    expect(listed.items[0].profile).toEqual(record);

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, record.id))
      .orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['teaching-profile.save', s.teacher.id]]);
  });

  it('refuses a bad field with 400 naming it', async () => {
    const s = await setting();
    const url = `/api/v1/me/teaching-profiles/${s.institution.id}`;
    const bad = await s.asTeacher.request('PUT', url, { teachingFte: 2, roles: ['dean'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect(
      bad
        .json()
        .error.details.issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(['body.roles.0', 'body.teachingFte']);
    const misspelt = await s.asTeacher.request('PUT', url, { teachingFTE: 0.2 });
    expect(misspelt.statusCode).toBe(400);
  });

  it('is kept only at an institution where I hold a role (403), and at one that exists (404)', async () => {
    const s = await setting();
    const elsewhere = await makeInstitution(t.database.db);
    const put = await s.asTeacher.request(
      'PUT',
      `/api/v1/me/teaching-profiles/${elsewhere.institution.id}`,
      profile,
    );
    expect(put.statusCode).toBe(403);
    expect(
      (await s.asTeacher.get(`/api/v1/me/teaching-profiles/${elsewhere.institution.id}`)).statusCode,
    ).toBe(403);
    const unknown = await s.asTeacher.request(
      'PUT',
      '/api/v1/me/teaching-profiles/00000000-0000-4000-8000-000000000000',
      profile,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('INSTITUTION_NOT_FOUND');
    expect((await s.asTeacher.get('/api/v1/me/teaching-profiles/not-a-uuid')).statusCode).toBe(400);
  });
});

describe("a teacher's profile seen by others", () => {
  it("is read and confirmed by the teacher's line manager, and a change by the teacher clears the confirmation", async () => {
    const s = await setting();
    const saved = (
      await s.asTeacher.request('PUT', `/api/v1/me/teaching-profiles/${s.institution.id}`, profile)
    ).json();
    const manager = await login(s.manager.email);

    expect((await manager.get(`/api/v1/teaching-profiles/${saved.id}`)).json()).toEqual(saved);
    const confirmed = await manager.post(`/api/v1/teaching-profiles/${saved.id}/confirm`, {
      updatedAt: saved.updatedAt,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().confirmation).toEqual({
      confirmedBy: { id: s.manager.id, displayName: s.manager.displayName },
      confirmedAt: expect.any(String),
    });

    // saving it unchanged keeps the confirmation; a change clears it
    const same = await s.asTeacher.request(
      'PUT',
      `/api/v1/me/teaching-profiles/${s.institution.id}`,
      profile,
    );
    expect(same.json().confirmation).not.toBeNull();
    const changed = await s.asTeacher.request('PUT', `/api/v1/me/teaching-profiles/${s.institution.id}`, {
      ...profile,
      teachingFte: 0.3,
    });
    expect(changed.json().confirmation).toBeNull();

    // confirming what was read before the change is a conflict
    const stale = await manager.post(`/api/v1/teaching-profiles/${saved.id}/confirm`, {
      updatedAt: confirmed.json().updatedAt,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('TEACHING_PROFILE_CHANGED');

    const actions = (
      await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, saved.id)).orderBy(auditLog.id)
    ).map((a) => a.action);
    expect(actions).toEqual([
      'teaching-profile.save',
      'teaching-profile.confirm',
      'teaching-profile.save',
      'teaching-profile.save',
    ]);
  });

  it('is hidden from another teacher and from a line manager of another unit; the teacher cannot confirm their own', async () => {
    const s = await setting();
    const saved = (
      await s.asTeacher.request('PUT', `/api/v1/me/teaching-profiles/${s.institution.id}`, profile)
    ).json();
    const colleague = await makePerson(t.database.db, {
      roles: [{ role: 'teacher', institutionId: s.institution.id, unitId: s.department.id }],
    });
    const asColleague = await login(colleague.email);
    const read = await asColleague.get(`/api/v1/teaching-profiles/${saved.id}`);
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('FORBIDDEN');

    const other = await login(s.otherManager.email);
    expect((await other.get(`/api/v1/teaching-profiles/${saved.id}`)).statusCode).toBe(403);
    expect((await other.post(`/api/v1/teaching-profiles/${saved.id}/confirm`, {})).statusCode).toBe(403);
    expect((await s.asTeacher.post(`/api/v1/teaching-profiles/${saved.id}/confirm`, {})).statusCode).toBe(
      403,
    );

    const missing = await other.get('/api/v1/teaching-profiles/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('TEACHING_PROFILE_NOT_FOUND');
    const badBody = await other.post(`/api/v1/teaching-profiles/${saved.id}/confirm`, {
      updatedAt: 'yesterday',
    });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().error.details.issues[0].field).toBe('body.updatedAt');
  });
});

describe('earned qualifications', () => {
  it('are recorded, listed and removed by the person, and audited', async () => {
    const s = await setting();
    const recorded = await s.asTeacher.post('/api/v1/me/qualifications', {
      code: 'BKO',
      earnedOn: '2021-06-30',
      issuer: 'Universiteit Utrecht',
      institutionId: s.institution.id,
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      personId: s.teacher.id,
      code: 'BKO',
      earnedOn: '2021-06-30',
      issuer: 'Universiteit Utrecht',
      institution: { id: s.institution.id, name: s.institution.name },
      recordedBy: { id: s.teacher.id },
    });
    expect((await s.asTeacher.get('/api/v1/me/qualifications')).json().items).toHaveLength(1);

    const twice = await s.asTeacher.post('/api/v1/me/qualifications', {
      code: 'BKO',
      earnedOn: '2022-01-01',
      issuer: 'Vrije Universiteit',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('QUALIFICATION_ALREADY_RECORDED');

    const removed = await s.asTeacher.delete(`/api/v1/me/qualifications/${recorded.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect((await s.asTeacher.get('/api/v1/me/qualifications')).json().items).toEqual([]);
    expect((await s.asTeacher.delete(`/api/v1/me/qualifications/${recorded.json().id}`)).statusCode).toBe(
      404,
    );
    const actions = (
      await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, recorded.json().id))
        .orderBy(auditLog.id)
    ).map((a) => a.action);
    expect(actions).toEqual(['earned-qualification.record', 'earned-qualification.remove']);
  });

  it('refuses an unknown code, a date in the future and a missing issuer with 400 naming the field', async () => {
    const s = await setting();
    const code = await s.asTeacher.post('/api/v1/me/qualifications', {
      code: 'PhD',
      earnedOn: '2021-06-30',
      issuer: 'UU',
    });
    expect(code.json().error.details.issues[0].field).toBe('body.code');
    const future = await s.asTeacher.post('/api/v1/me/qualifications', {
      code: 'UvO',
      earnedOn: '2999-01-01',
      issuer: 'Universiteit Utrecht',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({
      code: 'QUALIFICATION_DATE_IN_FUTURE',
      details: { issues: [{ field: 'body.earnedOn' }] },
    });
    const issuer = await s.asTeacher.post('/api/v1/me/qualifications', {
      code: 'UvO',
      earnedOn: '2021-06-30',
    });
    expect(issuer.json().error.details.issues[0].field).toBe('body.issuer');
  });

  it('are recorded for a person by a coordinator of their institution, not by one of another institution', async () => {
    const s = await setting();
    const coordinator = await makePerson(t.database.db, {
      roles: [{ role: 'coordinator', institutionId: s.institution.id }],
    });
    const elsewhere = await makeInstitution(t.database.db);
    const foreign = await makePerson(t.database.db, {
      roles: [{ role: 'coordinator', institutionId: elsewhere.institution.id }],
    });
    const asCoordinator = await login(coordinator.email);
    const body = { code: 'KKO', earnedOn: '2019-03-01', issuer: 'UMC Utrecht' };
    const recorded = await asCoordinator.post(`/api/v1/people/${s.teacher.id}/qualifications`, body);
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json().recordedBy.id).toBe(coordinator.id);
    expect((await s.asTeacher.get('/api/v1/me/qualifications')).json().items[0].code).toBe('KKO');

    const asForeign = await login(foreign.email);
    expect((await asForeign.post(`/api/v1/people/${s.teacher.id}/qualifications`, body)).statusCode).toBe(
      403,
    );
    expect((await asForeign.get(`/api/v1/people/${s.teacher.id}/qualifications`)).statusCode).toBe(403);
    expect(
      (await asForeign.delete(`/api/v1/people/${s.teacher.id}/qualifications/${recorded.json().id}`))
        .statusCode,
    ).toBe(403);
    const nobody = await asCoordinator.get(
      '/api/v1/people/00000000-0000-4000-8000-000000000000/qualifications',
    );
    expect(nobody.statusCode).toBe(404);
    expect(
      (await asCoordinator.delete(`/api/v1/people/${s.teacher.id}/qualifications/${recorded.json().id}`))
        .statusCode,
    ).toBe(204);
  });
});

describe('my advice', () => {
  it('applies the policy of the institution to my stored profile, with what I earned anywhere marked held', async () => {
    const s = await setting();
    const url = `/api/v1/me/advice?institutionId=${s.institution.id}`;
    const none = await s.asTeacher.get(url);
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('TEACHING_PROFILE_NOT_FOUND');

    await s.asTeacher.request('PUT', `/api/v1/me/teaching-profiles/${s.institution.id}`, profile);
    const advice = (await s.asTeacher.get(url)).json();
    expect(advice.qualifications).toEqual([
      { code: 'BKO', status: 'obligatory', rules: ['R-TEST-BKO-1'], explanation: 'at least 0.2 fte' },
    ]);

    // the BKO earned at another institution counts here too: it is recognised nationally
    await makeEarnedQualification(t.database.db, {
      personId: s.teacher.id,
      code: 'BKO',
      issuer: 'Vrije Universiteit',
    });
    expect((await s.asTeacher.get(url)).json().qualifications[0]).toMatchObject({
      status: 'obligatory',
      held: true,
    });
  });

  it('answers 403 at an institution where I hold no role, 404 where there is no policy, 400 without an institution', async () => {
    const s = await setting();
    const elsewhere = await makeInstitution(t.database.db);
    expect(
      (await s.asTeacher.get(`/api/v1/me/advice?institutionId=${elsewhere.institution.id}`)).statusCode,
    ).toBe(403);
    const noPolicy = await makeInstitution(t.database.db);
    const teacher = await makePerson(t.database.db, {
      roles: [{ role: 'teacher', institutionId: noPolicy.institution.id }],
    });
    await makeTeachingProfile(t.database.db, {
      personId: teacher.id,
      institutionId: noPolicy.institution.id,
    });
    const client = await login(teacher.email, 'en');
    const response = await client.get(`/api/v1/me/advice?institutionId=${noPolicy.institution.id}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({
      code: 'INSTITUTION_HAS_NO_POLICY',
      message: `${noPolicy.institution.name} has no qualification policy in Docentdossier (yet).`,
    });
    const missing = await client.get('/api/v1/me/advice');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.issues[0].field).toBe('querystring.institutionId');
  });

  it('follows the version in force on the day asked for', async () => {
    const db = t.database.db;
    const place = await makeInstitution(db);
    await makePolicy(db, {
      institutionSlug: place.institution.slug,
      versions: [
        { version: 'v1', validFrom: '2020-01-01', document: testPolicyDocument(0.5) },
        { version: 'v2', validFrom: '2025-01-01', document: testPolicyDocument(0.3) },
      ],
    });
    const teacher = await makePerson(db, {
      roles: [{ role: 'teacher', institutionId: place.institution.id }],
    });
    await makeTeachingProfile(db, {
      personId: teacher.id,
      institutionId: place.institution.id,
      profile: { teachingFte: 0.4 },
    });
    const client = await login(teacher.email);
    const at = async (on: string) =>
      (await client.get(`/api/v1/me/advice?institutionId=${place.institution.id}&on=${on}`)).json();
    expect((await at('2024-12-31')).policy.version).toBe('v1');
    expect((await at('2024-12-31')).qualifications[0].status).toBe('eligible');
    expect((await at('2025-01-01')).qualifications[0].status).toBe('obligatory');
    expect(
      (await client.get(`/api/v1/me/advice?institutionId=${place.institution.id}&on=2019-12-31`)).statusCode,
    ).toBe(404);
  });
});
