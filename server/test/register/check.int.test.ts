import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterCheckRequestInput } from '../../../contracts/register.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Another system calling: no cookie, no CSRF token, only the JSON and perhaps a language. */
function check(body: unknown, language?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/register/check',
    headers: language ? { 'accept-language': language } : {},
    payload: body as object,
  });
}

/** A vo teacher's four years: 160 RU, 100 on the primary process, only 30 of those subject content. */
const request: RegisterCheckRequestInput = {
  sector: 'vo',
  periodEnd: '2026-07-31',
  teacher: { peTeacher: false, bilingualSchool: false },
  activities: [
    {
      id: 'a1',
      kind: '6.2b',
      date: '2024-06-01',
      hours: 5,
      content: 'subject',
      halfDays: 3,
      words: 1200,
      group: 'Examencommissie X',
    },
    { id: 'a2', kind: '2', date: '2022-08-01', hours: 27, content: 'subject' },
    { id: 'a3', kind: '1', date: '2023-05-10', hours: 70, content: 'didactic' },
    { id: 'a4', kind: '5.5a', date: '2023-09-01', hours: 4, content: 'general' },
    { id: 'a5', kind: '5.5a', date: '2024-03-01', hours: 4, content: 'general' },
    { id: 'a6', kind: '4', date: '2025-11-20', hours: 54, content: 'general' },
    { id: 'a7', kind: '3', date: '2022-07-31', hours: 8, content: 'subject' },
  ],
};

describe('POST /api/v1/register/check', () => {
  it('answers the counted hours, the caps that cut and the shortfalls, without cookie or CSRF token', async () => {
    const response = await check(request);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      period: { start: '2022-08-01', end: '2026-07-31' },
      totalRU: 160,
      primaryRU: 100,
      subjectRU: 30,
      meetsNorm: false,
      shortfalls: [{ rule: 'R-REG-NORM-3', missingRU: 10 }],
      activities: [
        { id: 'a1', countedRU: 3, rules: ['R-REG-CAP-3'] },
        { id: 'a2', countedRU: 27, rules: [] },
        { id: 'a3', countedRU: 70, rules: [] },
        { id: 'a4', countedRU: 4, rules: [] },
        { id: 'a5', countedRU: 2, rules: ['R-REG-CAP-1'] },
        { id: 'a6', countedRU: 54, rules: [] },
        { id: 'a7', countedRU: 0, rules: ['R-REG-NORM-1'] },
      ],
    });
    expect(response.cookies.map((c) => c.name)).not.toContain('dd_session');
  });

  it('meets the norm once the subject content reaches 40 RU, and reads an absent teacher as neither', async () => {
    const { teacher: _, ...rest } = request;
    const response = await check({
      ...rest,
      activities: [
        ...request.activities,
        { id: 'a8', kind: '7.4b', date: '2025-02-01', hours: 10, content: 'subject', words: 1000 },
        { id: 'a9', kind: 'first-aid', date: '2025-02-01', hours: 8, content: 'general' },
      ],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      totalRU: 170,
      primaryRU: 110,
      subjectRU: 40,
      meetsNorm: true,
      shortfalls: [],
    });
    expect(body.activities.slice(-2)).toEqual([
      { id: 'a8', countedRU: 10, rules: [] },
      { id: 'a9', countedRU: 0, rules: ['R-REG-CAP-8'] },
    ]);
  });

  it('counts one decimal without float drift: 0.1 + 0.2 hours are 0.3 RU', async () => {
    const response = await check({
      sector: 'po',
      periodEnd: '2026-07-31',
      activities: [
        { id: 'x', kind: '7.1a', date: '2024-01-01', hours: 0.1, content: 'pedagogical' },
        { id: 'y', kind: '7.1b', date: '2024-01-01', hours: 0.2, content: 'pedagogical' },
      ],
    });
    expect(response.json()).toMatchObject({
      totalRU: 0.3,
      primaryRU: 0.3,
      subjectRU: 0,
      shortfalls: [
        { rule: 'R-REG-NORM-1', missingRU: 159.7 },
        { rule: 'R-REG-NORM-2', missingRU: 99.7 },
      ],
    });
  });

  it('is also reachable from a logged-out browser without a CSRF header', async () => {
    const client = new TestClient(t.app, 'en');
    const response = await client.post('/api/v1/register/check', request, { csrf: false });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['an unknown kind', { kind: '5.6a' }, 'activities.0.kind'],
    ['type 5 without a sub-kind', { kind: '5' }, 'activities.0.kind'],
    [
      'a meeting of a trade organisation without half-days',
      { kind: '6.4a', halfDays: undefined },
      'activities.0.halfDays',
    ],
    ['an article without its length', { kind: '7.4a', words: undefined }, 'activities.0.words'],
    ['committee work without its committee', { kind: '6.2e', group: undefined }, 'activities.0.group'],
    ['committee work with a blank committee', { kind: '6.2e', group: '   ' }, 'activities.0.group'],
    ['negative hours', { hours: -1 }, 'activities.0.hours'],
    ['hours sent as text', { hours: '5' }, 'activities.0.hours'],
    ['a malformed date', { date: '01-06-2024' }, 'activities.0.date'],
    ['a date that does not exist', { date: '2023-02-29' }, 'activities.0.date'],
    ['an unknown content kind', { content: 'vakinhoud' }, 'activities.0.content'],
    ['half a half-day', { kind: '6.4a', halfDays: 1.5 }, 'activities.0.halfDays'],
    ['a misspelt field', { halfdays: 2 }, 'activities.0'],
  ])('refuses %s with 400 naming the field', async (_, change, field) => {
    const activity = { ...request.activities[0], ...change };
    const response = await check({ ...request, activities: [activity] }, 'en');
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe(`Invalid input for body.${field}.`);
    expect(error.details.issues[0].field).toBe(`body.${field}`);
  });

  it.each([
    ['a missing period end', { periodEnd: undefined }, 'periodEnd'],
    ['an unknown sector', { sector: 'hbo' }, 'sector'],
    ['a teacher flag sent as text', { teacher: { peTeacher: 'yes' } }, 'teacher.peTeacher'],
    ['missing activities', { activities: undefined }, 'activities'],
  ])('refuses %s with 400 naming the field', async (_, change, field) => {
    const response = await check({ ...request, ...change }, 'en');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(`Invalid input for body.${field}.`);
  });

  it('words the refusal in Dutch by default and in English on request', async () => {
    const body = {
      ...request,
      activities: [{ ...request.activities[0], kind: '6.4a', halfDays: undefined }],
    };
    const dutch = (await check(body)).json().error;
    expect(dutch.message).toBe('Ongeldige invoer bij body.activities.0.halfDays.');
    expect(dutch.details.issues[0].message).toBe('Ongeldige invoer: verwacht getal, ontving undefined');
    const english = (await check(body, 'en-GB,en;q=0.9')).json().error;
    expect(english.details.issues[0].message).toBe('Invalid input: expected number, received undefined');
  });

  it('refuses two activities with the same id with 400 naming the second', async () => {
    const body = {
      ...request,
      activities: [request.activities[1], request.activities[2], { ...request.activities[3], id: 'a2' }],
    };
    const english = await check(body, 'en');
    expect(english.statusCode).toBe(400);
    expect(english.json()).toEqual({
      error: {
        code: 'REGISTER_DUPLICATE_ACTIVITY_ID',
        message: 'Invalid input for body.activities.2.id: the id a2 occurs earlier too.',
        details: {
          issues: [
            {
              field: 'body.activities.2.id',
              message: 'Invalid input for body.activities.2.id: the id a2 occurs earlier too.',
            },
          ],
        },
      },
    });
    expect((await check(body)).json().error.message).toBe(
      'Ongeldige invoer bij body.activities.2.id: de id a2 komt al eerder voor.',
    );
  });

  it('answers an empty list with every shortfall', async () => {
    const response = await check({ sector: 'vo', periodEnd: '2026-07-31', activities: [] });
    expect(response.json()).toEqual({
      period: { start: '2022-08-01', end: '2026-07-31' },
      totalRU: 0,
      primaryRU: 0,
      subjectRU: 0,
      meetsNorm: false,
      shortfalls: [
        { rule: 'R-REG-NORM-1', missingRU: 160 },
        { rule: 'R-REG-NORM-2', missingRU: 100 },
        { rule: 'R-REG-NORM-3', missingRU: 40 },
      ],
      activities: [],
    });
  });

  it('is in the OpenAPI document as a public operation with a summary and a description', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operation = doc.paths['/api/v1/register/check'].post;
    expect(operation.security).toEqual([]);
    expect(operation.summary).toMatch(/register hours/);
    expect(operation.description).toMatch(/R-REG-CAP-1/);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400']);
    const activity = operation.requestBody.content['application/json'].schema.properties.activities.items;
    expect(activity.properties.kind.enum).toContain('7.6b');
    expect(activity.properties.halfDays.description).toMatch(/6\.4a/);
  });
});
