import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInstitution, makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Operation = { security?: unknown[] };

async function operations() {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase() as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
      path,
      url: path.replace(/\{[^}]+\}/g, randomUUID()),
      isPublic: Array.isArray(op.security) && op.security.length === 0,
    })),
  );
}

describe('deny by default', () => {
  it('answers 401 to an anonymous request on every route the OpenAPI document does not declare public', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(10);
    const client = new TestClient(t.app);
    const checked: string[] = [];
    for (const op of ops.filter((o) => !o.isPublic)) {
      const response = await client.request(
        op.method,
        op.url,
        op.method === 'GET' || op.method === 'DELETE' ? undefined : {},
      );
      expect(response.statusCode, `${op.method} ${op.path}`).toBe(401);
      expect(response.json().error.code, `${op.method} ${op.path}`).toBe('AUTH_REQUIRED');
      checked.push(`${op.method} ${op.path}`);
    }
    expect(checked).toContain('GET /api/v1/me');
    expect(checked).toContain('POST /api/v1/people');
  });

  it('declares public only the routes meant to be public', async () => {
    const publicOps = (await operations()).filter((o) => o.isPublic).map((o) => `${o.method} ${o.path}`);
    expect(publicOps.sort()).toEqual(
      [
        'GET /api/health',
        'GET /api/v1/auth/config',
        'GET /api/v1/auth/csrf',
        'GET /api/v1/auth/oidc/callback',
        'GET /api/v1/auth/oidc/start',
        'POST /api/v1/auth/login',
        'POST /api/v1/advice',
        'POST /api/v1/register/check',
        'GET /api/v1/register/catalogue',
      ].sort(),
    );
  });
});

describe('a teacher', () => {
  it("cannot read another person's data, nor another institution's", async () => {
    const home = await makeInstitution(t.database.db);
    const other = await makeInstitution(t.database.db);
    const teacher = await makePerson(t.database.db, {
      roles: [{ role: 'teacher', institutionId: home.institution.id, unitId: home.department.id }],
    });
    const colleague = await makePerson(t.database.db, {
      roles: [{ role: 'teacher', institutionId: home.institution.id, unitId: home.department.id }],
    });
    const client = new TestClient(t.app);
    await client.login(teacher.email);

    expect((await client.get(`/api/v1/people/${teacher.id}`)).statusCode).toBe(200);
    const foreign = await client.get(`/api/v1/people/${colleague.id}`);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('FORBIDDEN');
    expect((await client.get('/api/v1/people')).statusCode).toBe(403);
    expect((await client.get(`/api/v1/people?institutionId=${home.institution.id}`)).statusCode).toBe(403);

    expect((await client.get(`/api/v1/institutions/${home.institution.id}`)).statusCode).toBe(200);
    expect((await client.get(`/api/v1/institutions/${other.institution.id}`)).statusCode).toBe(403);
    const visible = (await client.get('/api/v1/institutions')).json().items.map((i: { id: string }) => i.id);
    expect(visible).toEqual([home.institution.id]);

    const create = await client.post(`/api/v1/institutions/${home.institution.id}/units`, {
      name: 'Eigen afdeling',
      kind: 'department',
    });
    expect(create.statusCode).toBe(403);
    const selfPromotion = await client.post(`/api/v1/people/${teacher.id}/roles`, {
      role: 'administrator',
      institutionId: home.institution.id,
    });
    expect(selfPromotion.statusCode).toBe(403);
  });
});

describe("an institution's administrator", () => {
  it('manages people of that institution only', async () => {
    const home = await makeInstitution(t.database.db);
    const other = await makeInstitution(t.database.db);
    const admin = await makePerson(t.database.db, {
      roles: [{ role: 'administrator', institutionId: home.institution.id }],
    });
    const member = await makePerson(t.database.db, {
      roles: [{ role: 'teacher', institutionId: home.institution.id }],
    });
    const outsider = await makePerson(t.database.db, {
      roles: [{ role: 'teacher', institutionId: other.institution.id }],
    });
    const client = new TestClient(t.app);
    await client.login(admin.email);

    expect((await client.get(`/api/v1/people/${member.id}`)).statusCode).toBe(200);
    expect((await client.get(`/api/v1/people/${outsider.id}`)).statusCode).toBe(403);
    const listed = (await client.get('/api/v1/people?limit=200'))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(listed).toContain(member.id);
    expect(listed).not.toContain(outsider.id);
    expect((await client.get(`/api/v1/people?institutionId=${other.institution.id}`)).statusCode).toBe(403);

    const assignHere = await client.post(`/api/v1/people/${member.id}/roles`, {
      role: 'coordinator',
      institutionId: home.institution.id,
    });
    expect(assignHere.statusCode).toBe(201);
    const assignThere = await client.post(`/api/v1/people/${member.id}/roles`, {
      role: 'coordinator',
      institutionId: other.institution.id,
    });
    expect(assignThere.statusCode).toBe(403);
    const platform = await client.post(`/api/v1/people/${member.id}/roles`, {
      role: 'administrator',
      institutionId: null,
    });
    expect(platform.statusCode).toBe(403);
    expect(
      (await client.post('/api/v1/institutions', { slug: 'nieuw', name: 'Nieuw', kind: 'school' }))
        .statusCode,
    ).toBe(403);
  });
});
