import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../src/modules/identity/identity.tables.js';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import { makeInstitution, makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;
let admin: TestClient;
let adminId: string;

beforeAll(async () => {
  t = await createTestApp();
  const person = await makePerson(t.database.db, { roles: [{ role: 'administrator', institutionId: null }] });
  adminId = person.id;
  admin = new TestClient(t.app);
  await admin.login(person.email);
});
afterAll(() => t.close());

describe('institutions and units', () => {
  it('lets the platform administrator add an institution and a tree of units, audited', async () => {
    const created = await admin.post('/api/v1/institutions', {
      slug: 'umc-test',
      name: 'UMC Test',
      kind: 'umc',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const faculty = await admin.post(`/api/v1/institutions/${id}/units`, {
      name: 'Faculteit',
      kind: 'faculty',
    });
    expect(faculty.statusCode).toBe(201);
    const department = await admin.post(`/api/v1/institutions/${id}/units`, {
      name: 'Afdeling',
      kind: 'department',
      parentId: faculty.json().id,
    });
    expect(department.json()).toMatchObject({ parentId: faculty.json().id, kind: 'department' });

    const institution = (await admin.get(`/api/v1/institutions/${id}`)).json();
    expect(institution.units.map((u: { name: string }) => u.name)).toEqual(['Faculteit', 'Afdeling']);

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit).toMatchObject([{ action: 'institution.create', actorId: adminId }]);
  });

  it('refuses a duplicate code and a parent unit of another institution', async () => {
    await admin.post('/api/v1/institutions', { slug: 'dubbel', name: 'Een', kind: 'school' });
    const again = await admin.post('/api/v1/institutions', { slug: 'dubbel', name: 'Twee', kind: 'school' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({ code: 'SLUG_TAKEN', message: 'De code dubbel is al in gebruik.' });

    const a = await makeInstitution(t.database.db);
    const b = await makeInstitution(t.database.db);
    const cross = await admin.post(`/api/v1/institutions/${a.institution.id}/units`, {
      name: 'X',
      kind: 'department',
      parentId: b.division.id,
    });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().error.code).toBe('UNIT_OUTSIDE_INSTITUTION');
  });

  it('names a malformed id in the path', async () => {
    const response = await admin.get('/api/v1/institutions/not-an-id', {
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('Invalid input for params.id.');
  });

  it('answers 404 for an institution that does not exist', async () => {
    const response = await admin.get('/api/v1/institutions/00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('INSTITUTION_NOT_FOUND');
  });
});

describe('people and roles', () => {
  it('adds a person who can then log in, and gives and takes roles, each audited', async () => {
    const { institution, department } = await makeInstitution(t.database.db);
    const created = await admin.post('/api/v1/people', {
      displayName: 'Nieuwe Docent',
      email: 'nieuw@example.test',
      language: 'en',
      password: 'een lang wachtwoord',
    });
    expect(created.statusCode).toBe(201);
    const personId = created.json().id as string;

    const assigned = await admin.post(`/api/v1/people/${personId}/roles`, {
      role: 'teacher',
      institutionId: institution.id,
      unitId: department.id,
    });
    expect(assigned.statusCode).toBe(201);
    expect(assigned.json().roles).toMatchObject([
      {
        role: 'teacher',
        institution: { id: institution.id },
        unit: { id: department.id, name: 'Afdeling A1' },
      },
    ]);

    const twice = await admin.post(`/api/v1/people/${personId}/roles`, {
      role: 'teacher',
      institutionId: institution.id,
      unitId: department.id,
    });
    expect(twice.statusCode).toBe(409);

    const newcomer = new TestClient(t.app);
    const login = await newcomer.login('nieuw@example.test', 'een lang wachtwoord');
    expect(login.json().person.language).toBe('en');

    const assignmentId = assigned.json().roles[0].id as string;
    const revoked = await admin.delete(`/api/v1/people/${personId}/roles/${assignmentId}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().roles).toEqual([]);

    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.actorId, adminId))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['person.create', 'role.assign', 'role.revoke']));
  });

  it('refuses an e-mail address that is taken, in any letter case, and keeps nothing of the attempt', async () => {
    await makePerson(t.database.db, { email: 'bezet@example.test' });
    const response = await admin.post('/api/v1/people', {
      displayName: 'Kopie',
      email: 'BEZET@example.test',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      'Er is al een persoon met het e-mailadres BEZET@example.test.',
    );
    const copies = await t.database.db.select().from(people).where(eq(people.displayName, 'Kopie'));
    expect(copies).toEqual([]);
  });

  it('rolls back the whole change when a write inside it fails', async () => {
    const { institution } = await makeInstitution(t.database.db);
    const person = await makePerson(t.database.db);
    const before = await t.database.db.select().from(auditLog);
    // The unit exists but belongs elsewhere: the use case fails after it has started its transaction.
    const other = await makeInstitution(t.database.db);
    const response = await admin.post(`/api/v1/people/${person.id}/roles`, {
      role: 'teacher',
      institutionId: institution.id,
      unitId: other.department.id,
    });
    expect(response.statusCode).toBe(400);
    expect(await t.database.db.select().from(auditLog)).toHaveLength(before.length);
  });

  it('needs an institution for every role except the platform administrator', async () => {
    const person = await makePerson(t.database.db);
    const response = await admin.post(`/api/v1/people/${person.id}/roles`, {
      role: 'teacher',
      institutionId: null,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('ROLE_NEEDS_INSTITUTION');
  });

  it('keeps at least one platform administrator', async () => {
    const self = (await admin.get('/api/v1/me')).json();
    const platformRole = self.roles.find((r: { institution: unknown }) => r.institution === null);
    const response = await admin.delete(`/api/v1/people/${adminId}/roles/${platformRole.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('LAST_PLATFORM_ADMIN');
  });

  it('pages through people by name with an opaque cursor and searches by name or e-mail', async () => {
    const { institution } = await makeInstitution(t.database.db);
    const names = ['Zeno Zwart', 'Yara Yilmaz', 'Xander Xu', 'Wim Wit', 'Vera Vos'];
    for (const displayName of names) {
      await makePerson(t.database.db, {
        displayName,
        roles: [{ role: 'teacher', institutionId: institution.id }],
      });
    }
    const seen: string[] = [];
    let url = `/api/v1/people?institutionId=${institution.id}&limit=2`;
    for (;;) {
      const page = (await admin.get(url)).json();
      seen.push(...page.items.map((p: { displayName: string }) => p.displayName));
      if (!page.next) break;
      url = `/api/v1/people?institutionId=${institution.id}&limit=2&cursor=${page.next}`;
    }
    expect(seen).toEqual([...names].sort());
    const found = (await admin.get(`/api/v1/people?q=${encodeURIComponent('yilmaz')}`)).json();
    expect(found.items.map((p: { displayName: string }) => p.displayName)).toEqual(['Yara Yilmaz']);
  });

  it('lets a person change their own name and language', async () => {
    const person = await makePerson(t.database.db);
    const client = new TestClient(t.app);
    await client.login(person.email);
    const response = await client.patch('/api/v1/me', { language: 'en' });
    expect(response.json().person.language).toBe('en');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, 'person.update')));
    expect(audit[0]).toMatchObject({ before: { language: 'nl' }, after: { language: 'en' } });
    const bad = await client.patch('/api/v1/me', { language: 'fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('body.language');
  });
});
