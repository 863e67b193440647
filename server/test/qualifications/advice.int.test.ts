import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdviceRequestInput, PolicyDocumentInput } from '../../../contracts/qualifications.js';
import { builtInPolicies, ensureBuiltInPolicies } from '../../src/modules/qualifications/index.js';
import { qualificationPolicyVersions } from '../../src/modules/qualifications/qualifications.tables.js';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import { createTestApp, type TestApp } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await ensureBuiltInPolicies(t.database.db, t.clock.now());
});
afterAll(() => t.close());

/** Another system calling: no cookie, no CSRF token, only the JSON and perhaps a language. */
function ask(body: unknown, language?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/advice',
    headers: language ? { 'accept-language': language } : {},
    payload: body as object,
  });
}

const profile: AdviceRequestInput['profile'] = {
  employment: { permanent: true, years: 3, scale: 12 },
  positions: [],
  roles: ['programme-coordinator'],
  teachingFte: 0.25,
  contactHoursPerYear: 45,
  teachingYears: 2,
  studentsSupervised: 3,
  competencyAreas: ['design', 'delivery', 'assessment'],
  deliveryTasks: ['lecture', 'working-group'],
  clinicalTrainer: false,
  teachingLicence: false,
  held: ['BKO'],
};

describe('POST /api/v1/advice', () => {
  it('answers UMC Utrecht with all four qualifications, the deciding rules and Dutch explanations, without cookie or CSRF token', async () => {
    const response = await ask({ policy: 'umcu', on: '2026-11-23', profile });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      policy: { id: 'umcu', version: '2023-10-01' },
      qualifications: [
        {
          code: 'BKO',
          status: 'obligatory',
          rules: ['R-UMCU-BKO-1', 'R-UMCU-BKO-3'],
          explanation:
            'Je bent voor minstens 2 jaar (of vast) in dienst en hebt een brede onderwijstaak (ontwerpen, ' +
            'uitvoeren én toetsen) van minstens 0,2 fte per jaar, dus de BKO is verplicht.',
          held: true,
        },
        {
          code: 'UvO',
          status: 'eligible',
          rules: ['R-UMCU-UVO-4'],
          explanation:
            'De UvO is een tussenstap op weg naar de BKO: je kunt hem halen en later uitbouwen tot een volledige BKO.',
        },
        {
          code: 'KKO',
          status: 'not-applicable',
          rules: ['R-UMCU-KKO-1'],
          explanation:
            'De KKO is voor zorgprofessionals die opleiden in de klinische praktijk, en dat doe je niet.',
        },
        {
          code: 'SKO',
          status: 'eligible',
          rules: ['R-UMCU-SKO-1'],
          explanation: 'Je hebt de BKO al; de SKO bouwt daarop voort en staat voor je open.',
        },
      ],
      notes: [
        {
          rule: 'R-UMCU-ROUTE-1',
          text:
            'Elk traject begint met een intakegesprek met een onderwijskundig adviseur, die met je bepaalt welke ' +
            'kwalificatie relevant en haalbaar is en langs welke route.',
        },
        {
          rule: 'R-UMCU-COST-1',
          text:
            'Een traject kost didactische scholing (losse modules of een leergang) plus een beoordelingstraject; ' +
            'de kosten zijn voor jezelf of voor je divisie.',
        },
      ],
    });
  });

  it('answers Amsterdam UMC with the BKO, every obligation that holds, and its notes', async () => {
    const response = await ask({
      policy: 'aumc',
      on: '2026-11-23',
      profile: { ...profile, teachingLicence: true },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      policy: { id: 'aumc', version: '2023-06-01' },
      qualifications: [
        {
          code: 'BKO',
          status: 'obligatory',
          rules: ['R-AUMC-OBL-1'],
          explanation:
            'Je geeft 40 uur of meer contactonderwijs per jaar aan groepen studenten, dus je bent BKO-plichtig. ' +
            'Je bent een sleutelpersoon in het onderwijs (bijvoorbeeld coördinator, lid van een examen-, toets- ' +
            'of opleidingscommissie, principal of medical educator), dus je bent BKO-plichtig.',
          held: true,
        },
      ],
      notes: [
        {
          rule: 'R-AUMC-EXEMPT-1',
          text:
            'Je hebt een lesbevoegdheid: in de meeste gevallen hoef je de verplichte BKO-scholing niet te volgen. ' +
            'Een portfolio maak je wel als je de BKO wilt of moet halen.',
        },
        {
          rule: 'R-AUMC-COST-1',
          text: 'Aan het BKO-traject zijn geen kosten verbonden; de BKO-leergang is ABAN-geaccrediteerd voor 24 punten.',
        },
      ],
    });
  });

  it('explains in English when Accept-Language asks for it', async () => {
    const response = await ask({ policy: 'umcu', on: '2026-11-23', profile }, 'en-GB,en;q=0.9,nl;q=0.5');
    const body = response.json();
    expect(body.qualifications[0].explanation).toBe(
      'You are employed for at least 2 years (or permanently) and have a broad teaching task (design, delivery ' +
        'and assessment) of at least 0.2 fte a year, so the BKO is obligatory for you.',
    );
    expect(body.notes[1]).toEqual({
      rule: 'R-UMCU-COST-1',
      text:
        'A trajectory costs didactic schooling (separate modules or a course) plus an assessment trajectory; ' +
        'you or your division pays.',
    });
  });

  it('reads a field left out as "none", so a caller sends only what the policy needs', async () => {
    const response = await ask({ policy: 'aumc', profile: { contactHoursPerYear: 40 } });
    expect(response.statusCode).toBe(200);
    expect(response.json().qualifications).toEqual([
      expect.objectContaining({ code: 'BKO', status: 'obligatory', rules: ['R-AUMC-OBL-1'] }),
    ]);
    const empty = await ask({ policy: 'umcu', profile: {} });
    expect(empty.json().qualifications.map((q: { status: string }) => q.status)).toEqual([
      'not-applicable',
      'not-applicable',
      'not-applicable',
      'not-applicable',
    ]);
    expect(empty.json().qualifications[0]).not.toHaveProperty('held');
  });

  it.each([
    ['a number sent as text', { teachingFte: '0.25' }, 'profile.teachingFte'],
    ['a negative number', { contactHoursPerYear: -1 }, 'profile.contactHoursPerYear'],
    ['an unknown role', { roles: ['dean'] }, 'profile.roles.0'],
    ['an unknown competency area', { competencyAreas: ['design', 'research'] }, 'profile.competencyAreas.1'],
    ['a misspelt field', { teachingFTE: 0.25 }, 'profile'],
    ['a fraction of a student', { studentsSupervised: 2.5 }, 'profile.studentsSupervised'],
    ['a wrong type inside employment', { employment: { permanent: 'yes' } }, 'profile.employment.permanent'],
    ['an unknown qualification held', { held: ['PhD'] }, 'profile.held.0'],
  ])('refuses %s with 400 naming the field', async (_, bad, field) => {
    const response = await ask({ policy: 'umcu', profile: bad }, 'en');
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe(`Invalid input for body.${field}.`);
    expect(error.details.issues[0].field).toBe(`body.${field}`);
  });

  it('refuses a malformed date and a missing profile with 400 naming the field', async () => {
    const date = await ask({ policy: 'umcu', on: '23-11-2026', profile: {} });
    expect(date.statusCode).toBe(400);
    expect(date.json().error.message).toBe('Ongeldige invoer bij body.on.');
    const missing = await ask({ policy: 'umcu' });
    expect(missing.json().error.message).toBe('Ongeldige invoer bij body.profile.');
  });

  it('answers 404 in the error shape for a policy that does not exist', async () => {
    const response = await ask({ policy: 'unknown-umc', profile: {} }, 'en');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'POLICY_NOT_FOUND', message: 'There is no policy named unknown-umc.' },
    });
  });

  it('answers 404 for a day before the policy had any version', async () => {
    const response = await ask({ policy: 'umcu', on: '2015-12-31', profile: {} });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({
      code: 'POLICY_NOT_IN_FORCE',
      message: 'Op 2015-12-31 gold er nog geen versie van het beleid umcu.',
    });
  });

  it('applies the old BKO requirements before 1 October 2023 and the new from that day (R-UMCU-BKO-OLD)', async () => {
    const before = (await ask({ policy: 'umcu', on: '2023-09-30', profile })).json();
    const from = (await ask({ policy: 'umcu', on: '2023-10-01', profile })).json();
    expect(before.policy).toEqual({ id: 'umcu', version: '2016-01-01' });
    expect(before.notes.map((n: { rule: string }) => n.rule)).toContain('R-UMCU-BKO-OLD');
    expect(from.policy).toEqual({ id: 'umcu', version: '2023-10-01' });
    expect(before.qualifications).toEqual(from.qualifications);
  });

  it('takes today in the Netherlands when no date is given', async () => {
    const moveTo = (iso: string) => t.clock.advance(Date.parse(iso) - t.clock.now().getTime());
    try {
      moveTo('2023-09-30T21:59:00Z'); // 23:59 on 30 September in Amsterdam
      expect((await ask({ policy: 'umcu', profile: {} })).json().policy.version).toBe('2016-01-01');
      moveTo('2023-09-30T22:01:00Z'); // 00:01 on 1 October in Amsterdam, still 30 September in UTC
      expect((await ask({ policy: 'umcu', profile: {} })).json().policy.version).toBe('2023-10-01');
    } finally {
      t.clock.advance(Date.now() - t.clock.now().getTime());
    }
  });

  it('is in the OpenAPI document as a public operation that explains its defaults', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operation = doc.paths['/api/v1/advice'].post;
    expect(operation.security).toEqual([]);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '404']);
    const teachingFte =
      operation.requestBody.content['application/json'].schema.properties.profile.properties.teachingFte;
    expect(teachingFte.description).toMatch(/Absent: 0/);
  });
});

describe('policies as data', () => {
  it('ships the policies once, published and audited as the system', async () => {
    expect(await ensureBuiltInPolicies(t.database.db, t.clock.now())).toBe(0);
    const shipped = builtInPolicies.reduce((n, p) => n + p.versions.length, 0);
    const published = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'qualification-policy-version.publish'));
    expect(published).toHaveLength(shipped);
    expect(published.every((a) => a.actorId === null)).toBe(true);
  });

  it('never changes or removes a published version', async () => {
    const [version] = await t.database.db.select().from(qualificationPolicyVersions).limit(1);
    await expect(
      t.database.db.execute(
        sql`update qualification_policy_versions set valid_from = '2000-01-01' where id = ${version?.id}`,
      ),
    ).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`delete from qualification_policy_versions where id = ${version?.id}`),
    ).rejects.toThrow();
  });

  it("answers for another institution whose policy is only data, from each version's start date", async () => {
    const text = (s: string) => ({ nl: s, en: s });
    const document = (threshold: number): PolicyDocumentInput => ({
      qualifications: [
        {
          code: 'BKO',
          obligatoryWhen: [
            {
              id: 'R-TEST-1',
              logic: { '>=': [{ var: 'teachingFte' }, threshold] },
              explanation: text(`≥ ${threshold}`),
            },
          ],
          notApplicable: { otherwise: { explanation: text('nee') } },
        },
      ],
    });
    await ensureBuiltInPolicies(t.database.db, t.clock.now(), [
      {
        id: 'test-umc',
        institutionSlug: null,
        name: 'Test UMC',
        versions: [
          { version: 'v1', validFrom: '2024-01-01', document: document(0.5) },
          { version: 'v2', validFrom: '2027-01-01', document: document(0.3) },
        ],
      },
    ]);
    const at = async (on: string) =>
      (await ask({ policy: 'test-umc', on, profile: { teachingFte: 0.4 } }, 'en')).json();
    expect(await at('2026-12-31')).toEqual({
      policy: { id: 'test-umc', version: 'v1' },
      qualifications: [{ code: 'BKO', status: 'not-applicable', rules: [], explanation: 'nee' }],
      notes: [],
    });
    expect((await at('2027-01-01')).qualifications[0]).toMatchObject({
      status: 'obligatory',
      rules: ['R-TEST-1'],
    });
  });
});
