import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdviceRequestInput, PolicyDocument } from '../../../contracts/qualifications.js';
import { dayInAmsterdam } from '../../src/modules/qualifications/domain/versions.js';
import { ensureBuiltInPolicies } from '../../src/modules/qualifications/index.js';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import { makeInstitution, makePerson, makePolicy, testPolicyDocument } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;
let umcu: Awaited<ReturnType<typeof makeInstitution>>;
let coordinator: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  await ensureBuiltInPolicies(t.database.db, t.clock.now());
  // The shipped UMC Utrecht policy is linked to the institution with the slug `umcu`.
  umcu = await makeInstitution(t.database.db, { slug: 'umcu', name: 'UMC Utrecht' });
  const person = await makePerson(t.database.db, {
    roles: [{ role: 'coordinator', institutionId: umcu.institution.id }],
  });
  coordinator = new TestClient(t.app, 'en');
  await coordinator.login(person.email);
});
afterAll(() => t.close());

const today = () => dayInAmsterdam(t.clock.now());
function daysFromToday(days: number): string {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function login(email: string) {
  const client = new TestClient(t.app, 'en');
  await client.login(email);
  return client;
}

/** A copy of the document with every `{">=": [{"var": "teachingFte"}, from]}` in R-UMCU-BKO-1 set to `to`. */
function withBkoThreshold(document: PolicyDocument, from: number, to: number): PolicyDocument {
  const copy = structuredClone(document);
  const replace = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(replace);
    if (node && typeof node === 'object') {
      const ge = (node as Record<string, unknown>)['>='];
      if (Array.isArray(ge) && JSON.stringify(ge[0]) === '{"var":"teachingFte"}' && ge[1] === from) {
        return { '>=': [ge[0], to] };
      }
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replace(v)]));
    }
    return node;
  };
  const bko = copy.qualifications.find((q) => q.code === 'BKO');
  const rule = bko?.obligatoryWhen.find((c) => c.id === 'R-UMCU-BKO-1');
  if (!rule) throw new Error('no R-UMCU-BKO-1');
  rule.logic = replace(rule.logic) as typeof rule.logic;
  rule.explanation = {
    nl: rule.explanation.nl.replace('0,2 fte', '0,3 fte'),
    en: rule.explanation.en.replace('0.2 fte', '0.3 fte'),
  };
  return copy;
}

/** Broad task, permanent: the BKO is obligatory by R-UMCU-BKO-1 from 0.2 fte (and from 0.3 after the change). */
const broad = (teachingFte: number): AdviceRequestInput['profile'] => ({
  employment: { permanent: true, years: 5 },
  teachingFte,
  competencyAreas: ['design', 'delivery', 'assessment'],
  deliveryTasks: ['lecture', 'working-group'],
});

function advice(on: string, teachingFte: number) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/advice',
    headers: { 'accept-language': 'en' },
    payload: { policy: 'umcu', on, profile: broad(teachingFte) },
  });
}

describe('a UMC Utrecht coordinator changes the fte threshold of R-UMCU-BKO-1 from 0.2 to 0.3', () => {
  it('drafts, evaluates samples, sees the diff, publishes from a future date, and the advice follows from that date on', async () => {
    const start = daysFromToday(14);
    const dayBefore = daysFromToday(13);
    // asked before the change: the 2023 version, and its compiled form is now cached
    expect((await advice(start, 0.25)).json().qualifications[0]).toMatchObject({
      status: 'obligatory',
      rules: ['R-UMCU-BKO-1', 'R-UMCU-BKO-3'],
    });

    const versions = (await coordinator.get('/api/v1/policies/umcu/versions')).json();
    expect(versions.policy).toEqual({
      id: 'umcu',
      name: expect.any(String),
      institution: { id: umcu.institution.id, name: 'UMC Utrecht' },
    });
    expect(versions.items.map((v: { version: string; inForce: boolean }) => [v.version, v.inForce])).toEqual([
      ['2023-10-01', true],
      ['2016-01-01', false],
    ]);

    // a draft copied from the version in force
    const created = await coordinator.post('/api/v1/policies/umcu/versions', { validFrom: start });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({
      status: 'draft',
      version: null,
      validFrom: start,
      publishedAt: null,
      publishedBy: null,
      inForce: false,
    });
    expect(draft.basedOn).toBe(versions.items[0].id);
    const inForce = (await coordinator.get(`/api/v1/policies/umcu/versions/${versions.items[0].id}`)).json();
    expect(draft.document).toEqual(inForce.document);

    // edit it
    const edited = await coordinator.request('PUT', `/api/v1/policies/umcu/versions/${draft.id}`, {
      document: withBkoThreshold(draft.document, 0.2, 0.3),
    });
    expect(edited.statusCode).toBe(200);

    // the diff names the one condition that changed, by rule id
    const diff = (await coordinator.get(`/api/v1/policies/umcu/versions/${draft.id}/diff`)).json();
    expect(diff).toMatchObject({
      version: { id: draft.id, version: null, status: 'draft' },
      against: { id: inForce.id, version: '2023-10-01', validFrom: '2023-10-01' },
      identical: false,
      orderChanged: false,
      notes: [],
      qualifications: [
        {
          code: 'BKO',
          change: 'changed',
          conditions: [
            {
              list: 'obligatoryWhen',
              rule: 'R-UMCU-BKO-1',
              occurrence: 1,
              change: 'changed',
              fields: ['logic', 'explanation'],
            },
          ],
        },
      ],
    });

    // samples: 0.25 fte changes (obligatory → eligible), 0.35 does not
    const evaluated = await coordinator.post(`/api/v1/policies/umcu/versions/${draft.id}/evaluate`, {
      samples: [
        { label: 'a quarter', profile: broad(0.25) },
        { label: 'over 0.3', profile: broad(0.35) },
      ],
    });
    expect(evaluated.statusCode).toBe(200);
    const [quarter, over] = evaluated.json().results;
    expect(evaluated.json().inForce).toEqual({ id: inForce.id, version: '2023-10-01' });
    expect(quarter).toMatchObject({
      label: 'a quarter',
      changed: true,
      changes: [
        {
          code: 'BKO',
          before: { status: 'obligatory', rules: ['R-UMCU-BKO-1', 'R-UMCU-BKO-3'] },
          after: { status: 'eligible', rules: ['R-UMCU-ROUTE-1'] },
        },
      ],
    });
    expect(quarter.outcome.policy).toEqual({ id: 'umcu', version: 'draft' });
    expect(quarter.inForceOutcome.qualifications[0].status).toBe('obligatory');
    expect(over).toMatchObject({
      label: 'over 0.3',
      changed: false,
      changes: [],
      notesAdded: [],
      notesRemoved: [],
    });
    expect(over.outcome.qualifications[0].explanation).toContain('0.3 fte');

    // a draft is not advice yet
    expect((await advice(start, 0.25)).json().qualifications[0].status).toBe('obligatory');

    const published = await coordinator.post(`/api/v1/policies/umcu/versions/${draft.id}/publish`, {
      validFrom: start,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'published',
      version: start,
      validFrom: start,
      inForce: false,
      publishedBy: draft.createdBy,
    });
    expect(inForce.publishedBy).toBeNull();

    const before = (await advice(dayBefore, 0.25)).json();
    expect(before.policy).toEqual({ id: 'umcu', version: '2023-10-01' });
    expect(before.qualifications[0].status).toBe('obligatory');
    const from = (await advice(start, 0.25)).json();
    expect(from.policy).toEqual({ id: 'umcu', version: start });
    expect(from.qualifications[0]).toMatchObject({ status: 'eligible', rules: ['R-UMCU-ROUTE-1'] });
    expect((await advice(start, 0.3)).json().qualifications[0]).toMatchObject({
      status: 'obligatory',
      rules: ['R-UMCU-BKO-1', 'R-UMCU-BKO-3'],
    });

    // published: never changes again, never removed
    const edit = await coordinator.request('PUT', `/api/v1/policies/umcu/versions/${draft.id}`, {
      document: draft.document,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toEqual({
      code: 'POLICY_VERSION_PUBLISHED',
      message: `Version ${start} is published and never changes. Make a new draft from it and publish that.`,
    });
    expect((await coordinator.delete(`/api/v1/policies/umcu/versions/${draft.id}`)).statusCode).toBe(409);
    const again = await coordinator.post(`/api/v1/policies/umcu/versions/${draft.id}/publish`, {
      validFrom: start,
    });
    expect(again.statusCode).toBe(409);

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, draft.id))
      .orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual([
      'qualification-policy-version.create-draft',
      'qualification-policy-version.update-draft',
      'qualification-policy-version.publish',
    ]);
  });
});

describe('policy drafts', () => {
  it('are made from a document, checked with every problem named, and thrown away', async () => {
    const created = await coordinator.post('/api/v1/policies/umcu/versions', {
      validFrom: daysFromToday(30),
      document: testPolicyDocument(0.4),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().basedOn).toBeNull();
    const id = created.json().id;

    const broken = {
      qualifications: [
        {
          code: 'BKO',
          obligatoryWhen: [
            {
              id: 'R-TEST-1',
              logic: { '>=': [{ var: 'teachingFTE' }, 0.2] },
              explanation: { nl: 'x', en: 'x' },
            },
          ],
          notApplicable: { otherwise: { explanation: { nl: 'nee' } } },
        },
      ],
    };
    const refused = await coordinator.request('PUT', `/api/v1/policies/umcu/versions/${id}`, {
      document: broken,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('POLICY_DOCUMENT_INVALID');
    expect(refused.json().error.details.issues).toEqual([
      {
        path: 'qualifications.0.notApplicable.otherwise.explanation.en',
        field: 'body.document.qualifications.0.notApplicable.otherwise.explanation.en',
        // in the request's language, as zod words it
        message: 'Invalid input: expected string, received undefined',
      },
    ]);
    const fixedNote = {
      ...broken,
      qualifications: [
        {
          ...broken.qualifications[0],
          notApplicable: { otherwise: { explanation: { nl: 'nee', en: 'no' } } },
        },
      ],
    };
    const check = await coordinator.post('/api/v1/policies/umcu/check', { document: fixedNote });
    expect(check.json()).toEqual({
      valid: false,
      issues: [
        {
          path: 'qualifications.0.obligatoryWhen.0.logic',
          message: expect.stringContaining('reads unknown field "teachingFTE"'),
        },
      ],
    });
    // The problems are named in the language of the request, for the editor in the interface language.
    const inDutch = await coordinator.post(
      '/api/v1/policies/umcu/check',
      { document: fixedNote },
      { headers: { 'accept-language': 'nl' } },
    );
    expect(inDutch.json().issues[0].message).toContain('leest het onbekende veld "teachingFTE"');
    expect(
      (await coordinator.post('/api/v1/policies/umcu/check', { document: testPolicyDocument() })).json(),
    ).toEqual({
      valid: true,
      issues: [],
    });
    const badDate = await coordinator.request('PUT', `/api/v1/policies/umcu/versions/${id}`, {
      validFrom: '1-1-2030',
      document: testPolicyDocument(),
    });
    expect(badDate.json().error.details.issues[0].field).toBe('body.validFrom');

    expect((await coordinator.delete(`/api/v1/policies/umcu/versions/${id}`)).statusCode).toBe(204);
    expect((await coordinator.get(`/api/v1/policies/umcu/versions/${id}`)).statusCode).toBe(404);
  });

  it('are published from today or later, never on the start of another published version', async () => {
    const draft = async () =>
      (await coordinator.post('/api/v1/policies/umcu/versions', { validFrom: daysFromToday(60) })).json().id;
    const first = await draft();
    const past = await coordinator.post(`/api/v1/policies/umcu/versions/${first}/publish`, {
      validFrom: daysFromToday(-1),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error).toMatchObject({
      code: 'POLICY_VERSION_START_IN_PAST',
      details: { issues: [{ field: 'body.validFrom' }] },
    });
    expect(
      (
        await coordinator.post(`/api/v1/policies/umcu/versions/${first}/publish`, {
          validFrom: daysFromToday(60),
        })
      ).statusCode,
    ).toBe(200);
    const second = await draft();
    const taken = await coordinator.post(`/api/v1/policies/umcu/versions/${second}/publish`, {
      validFrom: daysFromToday(60),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('POLICY_VERSION_START_TAKEN');
    const missing = await coordinator.post(`/api/v1/policies/umcu/versions/${second}/publish`, {});
    expect(missing.json().error.details.issues[0].field).toBe('body.validFrom');
    // today is allowed: the version holds at once
    expect(
      (
        await coordinator.post(`/api/v1/policies/umcu/versions/${second}/publish`, { validFrom: today() })
      ).json().inForce,
    ).toBe(true);
  });

  it('refuses a bad list of samples with 400 naming the field, and unknown policies and versions with 404', async () => {
    const id = (
      await coordinator.post('/api/v1/policies/umcu/versions', { validFrom: daysFromToday(90) })
    ).json().id;
    const empty = await coordinator.post(`/api/v1/policies/umcu/versions/${id}/evaluate`, { samples: [] });
    expect(empty.json().error.details.issues[0].field).toBe('body.samples');
    const bad = await coordinator.post(`/api/v1/policies/umcu/versions/${id}/evaluate`, {
      samples: [{ profile: { teachingFte: 'much' } }],
    });
    expect(bad.json().error.details.issues[0].field).toBe('body.samples.0.profile.teachingFte');

    const unknownPolicy = await coordinator.get('/api/v1/policies/nowhere/versions');
    expect(unknownPolicy.statusCode).toBe(404);
    expect(unknownPolicy.json().error.code).toBe('POLICY_NOT_FOUND');
    const unknownVersion = await coordinator.get(
      '/api/v1/policies/umcu/versions/00000000-0000-4000-8000-000000000000/diff',
    );
    expect(unknownVersion.statusCode).toBe(404);
    expect(unknownVersion.json().error.code).toBe('POLICY_VERSION_NOT_FOUND');
    // a version of one policy is not found under another
    const platform = await makePerson(t.database.db, {
      roles: [{ role: 'administrator', institutionId: null }],
    });
    const asPlatform = await login(platform.email);
    expect((await asPlatform.get(`/api/v1/policies/umcu/versions/${id}`)).statusCode).toBe(200);
    expect((await asPlatform.get(`/api/v1/policies/aumc/versions/${id}`)).statusCode).toBe(404);
  });

  it('compares samples with nothing when no version is in force yet', async () => {
    const future = await makePolicy(t.database.db, {
      institutionSlug: null,
      versions: [{ version: '2099-01-01', validFrom: '2099-01-01', document: testPolicyDocument() }],
    });
    const platform = await makePerson(t.database.db, {
      roles: [{ role: 'administrator', institutionId: null }],
    });
    const asPlatform = await login(platform.email);
    const draft = await asPlatform.post(`/api/v1/policies/${future.id}/versions`, {
      validFrom: daysFromToday(1),
      document: testPolicyDocument(0.5),
    });
    expect(draft.statusCode).toBe(201);
    // no version in force to copy from
    const copy = await asPlatform.post(`/api/v1/policies/${future.id}/versions`, {
      validFrom: daysFromToday(1),
    });
    expect(copy.statusCode).toBe(404);
    expect(copy.json().error.code).toBe('POLICY_NOT_IN_FORCE');
    const evaluated = (
      await asPlatform.post(`/api/v1/policies/${future.id}/versions/${draft.json().id}/evaluate`, {
        samples: [{ profile: { teachingFte: 0.6 } }],
      })
    ).json();
    expect(evaluated.inForce).toBeNull();
    expect(evaluated.results[0]).toMatchObject({
      label: null,
      inForceOutcome: null,
      changed: true,
      changes: [{ code: 'BKO', before: null, after: { status: 'obligatory', rules: ['R-TEST-BKO-1'] } }],
    });
    const diff = (
      await asPlatform.get(`/api/v1/policies/${future.id}/versions/${draft.json().id}/diff`)
    ).json();
    expect(diff).toMatchObject({
      against: null,
      identical: false,
      qualifications: [{ code: 'BKO', change: 'added' }],
    });
  });
});

describe('who administers a policy', () => {
  it("a coordinator of another institution cannot read or edit this institution's policy", async () => {
    const aumc = await makeInstitution(t.database.db, { slug: 'aumc', name: 'Amsterdam UMC' });
    const foreign = await makePerson(t.database.db, {
      roles: [{ role: 'coordinator', institutionId: aumc.institution.id }],
    });
    const client = await login(foreign.email);
    expect((await client.get('/api/v1/policies')).json().items.map((p: { id: string }) => p.id)).toEqual([
      'aumc',
    ]);
    expect((await client.get('/api/v1/policies/aumc/versions')).statusCode).toBe(200);

    const versions = (await coordinator.get('/api/v1/policies/umcu/versions')).json().items;
    const anyVersion = versions[0].id;
    expect((await client.get('/api/v1/policies/umcu/versions')).statusCode).toBe(403);
    const draft = await client.post('/api/v1/policies/umcu/versions', { validFrom: daysFromToday(5) });
    expect(draft.statusCode).toBe(403);
    expect(draft.json().error.code).toBe('FORBIDDEN');
    expect(
      (await client.request('PUT', `/api/v1/policies/umcu/versions/${anyVersion}`, { document: {} }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await client.post(`/api/v1/policies/umcu/versions/${anyVersion}/publish`, {
          validFrom: daysFromToday(5),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await client.post(`/api/v1/policies/umcu/versions/${anyVersion}/evaluate`, {
          samples: [{ profile: {} }],
        })
      ).statusCode,
    ).toBe(403);
    expect((await client.get(`/api/v1/policies/umcu/versions/${anyVersion}/diff`)).statusCode).toBe(403);
    expect((await client.delete(`/api/v1/policies/umcu/versions/${anyVersion}`)).statusCode).toBe(403);
  });

  it('a teacher, a line manager and a unit-scoped coordinator cannot; an administrator of the institution and the platform administrator can', async () => {
    const teacher = await makePerson(t.database.db, {
      roles: [{ role: 'teacher', institutionId: umcu.institution.id, unitId: umcu.department.id }],
    });
    const manager = await makePerson(t.database.db, {
      roles: [{ role: 'line-manager', institutionId: umcu.institution.id, unitId: umcu.division.id }],
    });
    const unitCoordinator = await makePerson(t.database.db, {
      roles: [{ role: 'coordinator', institutionId: umcu.institution.id, unitId: umcu.division.id }],
    });
    const admin = await makePerson(t.database.db, {
      roles: [{ role: 'administrator', institutionId: umcu.institution.id }],
    });
    const platform = await makePerson(t.database.db, {
      roles: [{ role: 'administrator', institutionId: null }],
    });
    for (const [person, status] of [
      [teacher, 403],
      [manager, 403],
      [unitCoordinator, 403],
      [admin, 200],
      [platform, 200],
    ] as const) {
      const client = await login(person.email);
      expect((await client.get('/api/v1/policies/umcu/versions')).statusCode, person.displayName).toBe(
        status,
      );
    }
    const asTeacher = await login(teacher.email);
    expect((await asTeacher.get('/api/v1/policies')).json().items).toEqual([]);
    expect(
      (await asTeacher.post('/api/v1/policies/umcu/versions', { validFrom: daysFromToday(5) })).statusCode,
    ).toBe(403);

    // a policy of no institution known here: the platform administrator only
    const orphan = await makePolicy(t.database.db, { institutionSlug: null });
    const asPlatform = await login(platform.email);
    expect((await asPlatform.get(`/api/v1/policies/${orphan.id}/versions`)).statusCode).toBe(200);
    expect(
      (await asPlatform.get('/api/v1/policies')).json().items.map((p: { id: string }) => p.id),
    ).toContain(orphan.id);
    const asAdmin = await login(admin.email);
    expect((await asAdmin.get(`/api/v1/policies/${orphan.id}/versions`)).statusCode).toBe(403);
  });
});
