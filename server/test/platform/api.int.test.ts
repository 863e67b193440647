import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('API conventions', () => {
  it('answers the health check once it can serve requests', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document and a readable reference', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.json()).toMatchObject({ openapi: '3.1.0', info: { title: 'Docentdossier API' } });
    expect(doc.json().paths['/api/v1/me'].get.responses['200']).toBeDefined();
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown API path with 404 in the error shape', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Niet gevonden.' } });
  });

  it('answers unreadable JSON with 400 and a message, never a stack trace', async () => {
    const client = new TestClient(t.app, 'en');
    await client.get('/api/v1/auth/csrf');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en',
        cookie: `dd_csrf=${client.cookie('dd_csrf')}`,
        'x-csrf-token': client.cookie('dd_csrf') ?? '',
      },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'MALFORMED_REQUEST', message: 'The request could not be read.' },
    });
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('refuses a body larger than the limit with 413', async () => {
    const client = new TestClient(t.app);
    const response = await client.post('/api/v1/auth/login', {
      email: 'a@b.test',
      password: 'x'.repeat(2_000_000),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 404 to the single sign-on start when SSO is not configured', async () => {
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/oidc/start?returnTo=/x',
      headers: { 'accept-language': 'en' },
    });
    expect(bad.statusCode).toBe(404);
    expect(bad.json().error.code).toBe('OIDC_DISABLED');
  });

  it('sets security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('validation messages', () => {
  it('say what was received, in Dutch and in English', async () => {
    const nl = await new TestClient(t.app, 'nl').post('/api/v1/auth/login', {
      email: 'a@b.test',
      password: 42,
    });
    expect(nl.json().error.details.issues).toEqual([
      { field: 'body.password', message: 'Ongeldige invoer: verwacht string, ontving getal' },
    ]);
    const en = await new TestClient(t.app, 'en').post('/api/v1/auth/login', {
      email: 'a@b.test',
      password: 42,
    });
    expect(en.json().error.details.issues).toEqual([
      { field: 'body.password', message: 'Invalid input: expected string, received number' },
    ]);
  });
});
