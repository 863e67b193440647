import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/modules/identity/identity.tables.js';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import { makeInstitution, makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;
let institutionId: string;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '2' });
  institutionId = (await makeInstitution(t.database.db)).institution.id;
});
afterAll(() => t.close());

describe('login', () => {
  it('starts a session in an httpOnly SameSite cookie and answers with the person and roles', async () => {
    const person = await makePerson(t.database.db, { roles: [{ role: 'teacher', institutionId }] });
    const client = new TestClient(t.app);
    const response = await client.login(person.email.toUpperCase());
    const cookie = response.cookies.find((c) => c.name === 'dd_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.json()).toMatchObject({
      person: { id: person.id, email: person.email },
      roles: [{ role: 'teacher', institution: { id: institutionId } }],
    });
    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().person.id).toBe(person.id);
  });

  it('stores only a hash of the session token', async () => {
    const person = await makePerson(t.database.db);
    const client = new TestClient(t.app);
    await client.login(person.email);
    const token = client.cookie('dd_session');
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.personId, person.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).not.toBe(token);
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong password with one message for unknown address and wrong password alike', async () => {
    const person = await makePerson(t.database.db);
    const client = new TestClient(t.app);
    const wrong = await client.post('/api/v1/auth/login', { email: person.email, password: 'nope' });
    const unknown = await client.post('/api/v1/auth/login', {
      email: 'nobody@example.test',
      password: 'nope',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toEqual({
      code: 'AUTH_INVALID_CREDENTIALS',
      message: 'E-mailadres of wachtwoord klopt niet.',
    });
  });

  it('answers in English when the request asks for it', async () => {
    const client = new TestClient(t.app, 'en');
    const response = await client.post('/api/v1/auth/login', { email: 'nobody@example.test', password: 'x' });
    expect(response.json().error.message).toBe('E-mail address or password is incorrect.');
  });

  it('refuses further attempts after too many failures for one address, even with the right password', async () => {
    const person = await makePerson(t.database.db);
    const client = new TestClient(t.app);
    for (let i = 0; i < 3; i++) {
      expect(
        (await client.post('/api/v1/auth/login', { email: person.email, password: 'bad' })).statusCode,
      ).toBe(401);
    }
    const blocked = await client.post('/api/v1/auth/login', {
      email: person.email,
      password: 'correct horse battery staple',
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('AUTH_RATE_LIMITED');
    t.clock.advance(16 * 60_000);
    expect((await client.login(person.email)).statusCode).toBe(200);
  });

  it('names the invalid fields in the request language', async () => {
    const client = new TestClient(t.app, 'nl');
    const response = await client.post('/api/v1/auth/login', { email: 'geen-adres' });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toBe('Ongeldige invoer bij body.email, body.password.');
    expect(body.error.details.issues.map((i: { field: string }) => i.field)).toEqual([
      'body.email',
      'body.password',
    ]);
  });

  it('refuses a login without the CSRF token', async () => {
    const person = await makePerson(t.database.db);
    const client = new TestClient(t.app);
    const response = await client.post(
      '/api/v1/auth/login',
      { email: person.email, password: 'correct horse battery staple' },
      { csrf: false },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_INVALID');
  });
});

describe('CSRF defence', () => {
  it('refuses a state-changing request whose header does not match the cookie', async () => {
    const person = await makePerson(t.database.db);
    const client = new TestClient(t.app);
    await client.login(person.email);
    const missing = await client.patch('/api/v1/me', { displayName: 'X' }, { csrf: false });
    expect(missing.statusCode).toBe(403);
    const forged = await client.patch(
      '/api/v1/me',
      { displayName: 'X' },
      { headers: { 'x-csrf-token': 'forged' } },
    );
    expect(forged.statusCode).toBe(403);
    const ok = await client.patch('/api/v1/me', { displayName: 'Nieuwe Naam' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().person.displayName).toBe('Nieuwe Naam');
  });
});

describe('sessions', () => {
  it('ends at logout: the cookie no longer works and the logout is audited', async () => {
    const person = await makePerson(t.database.db);
    const client = new TestClient(t.app);
    await client.login(person.email);
    const token = client.cookie('dd_session');
    const logout = await client.post('/api/v1/auth/logout');
    expect(logout.statusCode).toBe(204);
    const replay = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `dd_session=${token}` },
    });
    expect(replay.statusCode).toBe(401);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.actorId, person.id));
    expect(audit.map((a) => a.action)).toEqual(['session.start', 'session.end']);
  });

  it('expires after the idle time, and is kept alive by use', async () => {
    const person = await makePerson(t.database.db);
    const client = new TestClient(t.app);
    await client.login(person.email);
    t.clock.advance(20 * 60_000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(20 * 60_000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await client.get('/api/v1/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('AUTH_REQUIRED');
  });

  it('expires after the maximum lifetime however active', async () => {
    const person = await makePerson(t.database.db);
    const client = new TestClient(t.app);
    await client.login(person.email);
    for (let step = 0; step < 4; step++) {
      t.clock.advance(25 * 60_000);
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    }
    t.clock.advance(21 * 60_000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });
});
