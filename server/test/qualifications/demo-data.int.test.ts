import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../../contracts/qualifications.js';
import { DEMO_PASSWORD, seedDemoData } from '../../src/modules/identity/index.js';
import { ensureBuiltInPolicies, seedQualificationDemoData } from '../../src/modules/qualifications/index.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await ensureBuiltInPolicies(t.database.db, t.clock.now());
});
afterAll(() => t.close());

async function login(email: string) {
  const client = new TestClient(t.app, 'en');
  await client.login(email, DEMO_PASSWORD);
  return client;
}

describe('qualification demo data', () => {
  it('is added only after the demo people exist, and only once', async () => {
    expect(await seedQualificationDemoData(t.database.db, t.clock.now())).toBe(false);
    expect(await seedDemoData(t.database.db)).toBe(true);
    expect(await seedQualificationDemoData(t.database.db, t.clock.now())).toBe(true);
    expect(await seedQualificationDemoData(t.database.db, t.clock.now())).toBe(false);
  });

  it('gives the demo teacher a profile at UMC Utrecht and Amsterdam UMC, and advice from it', async () => {
    const teacher = await login('teacher@docentdossier.test');
    const mine = (await teacher.get('/api/v1/me/teaching-profiles')).json().items as {
      institution: { id: string; name: string };
      policyId: string | null;
      profile: unknown;
    }[];
    const withProfile = mine.filter((i) => i.profile).map((i) => [i.institution.name, i.policyId]);
    expect(withProfile).toEqual([
      ['Amsterdam UMC', 'aumc'],
      ['UMC Utrecht', 'umcu'],
    ]);
    const umcu = mine.find((i) => i.policyId === 'umcu');
    const advice = (await teacher.get(`/api/v1/me/advice?institutionId=${umcu?.institution.id}`)).json();
    expect(advice.qualifications[0]).toMatchObject({ code: 'BKO', status: 'obligatory' });
    const aumc = mine.find((i) => i.policyId === 'aumc');
    const aumcAdvice = (await teacher.get(`/api/v1/me/advice?institutionId=${aumc?.institution.id}`)).json();
    expect(aumcAdvice.qualifications[0]).toMatchObject({
      code: 'BKO',
      status: 'eligible',
      rules: ['R-AUMC-ELIG-1'],
    });
  });

  it("shows the demo line manager their division's teachers, with varied statuses and one BKO held", async () => {
    const manager = await login('manager@docentdossier.test');
    const umcuId = (await manager.get('/api/v1/institutions')).json().items[0].id;
    const report: ComplianceReport = (await manager.get(`/api/v1/institutions/${umcuId}/compliance`)).json();
    expect(report.teachers.map((r) => r.person.displayName)).toEqual([
      'Daan de Docent',
      'Eva Hartman',
      'Noor Bakker',
      'Sem de Vries',
      'Tim Jansen',
    ]);
    const status = (name: string) =>
      report.teachers
        .find((r) => r.person.displayName === name)
        ?.qualifications.map(
          (q) => `${q.code}:${q.status}${q.held ? ':held' : ''}${q.missing ? ':missing' : ''}`,
        );
    expect(status('Eva Hartman')?.[0]).toBe('BKO:obligatory:held');
    expect(status('Noor Bakker')).toContain('SKO:obligatory:missing');
    expect(status('Sem de Vries')).toContain('UvO:obligatory:missing');
    expect(status('Tim Jansen')?.[0]).toBe('BKO:no-profile');
    expect(report.summary).toMatchObject({ teachers: 5, withProfile: 4, confirmed: 1 });

    const coordinator = await login('coordinator@docentdossier.test');
    const all: ComplianceReport = (await coordinator.get(`/api/v1/institutions/${umcuId}/compliance`)).json();
    expect(all.teachers.map((r) => r.person.displayName)).toContain('Iris Verhoeven');
  });
});
