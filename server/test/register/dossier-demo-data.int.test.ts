import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '../../src/modules/identity/index.js';
import { seedDossierDemoData } from '../../src/modules/register/index.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function login(email: string) {
  const client = new TestClient(t.app, 'en');
  await client.login(email, DEMO_PASSWORD);
  return client;
}

describe('register dossier demo data', () => {
  it('is added only after the demo people exist, and only once', async () => {
    expect(await seedDossierDemoData(t.database.db, t.clock.now())).toBe(false);
    expect(await seedDemoData(t.database.db)).toBe(true);
    expect(await seedDossierDemoData(t.database.db, t.clock.now())).toBe(true);
    expect(await seedDossierDemoData(t.database.db, t.clock.now())).toBe(false);
  });

  it('gives the vo teacher a dossier that meets caps and falls short of the norm', async () => {
    const teacher = await login('school-teacher@docentdossier.test');
    expect((await teacher.get('/api/v1/me/register/activities')).json().items).toHaveLength(11);
    const progress = (await teacher.get('/api/v1/me/register/progress')).json();
    expect(progress).toMatchObject({
      sector: 'vo',
      period: { start: '2023-08-01', end: '2027-07-31' },
      totalRU: 92,
      primaryRU: 76,
      subjectRU: 64,
      meetsNorm: false,
      shortfalls: [
        { rule: 'R-REG-NORM-1', missingRU: 68 },
        { rule: 'R-REG-NORM-2', missingRU: 24 },
      ],
    });
    const cut = progress.activities
      .filter((a: { rules: string[] }) => a.rules.length > 0)
      .map((a: { kind: string; countedRU: number; rules: string[] }) => [a.kind, a.countedRU, a.rules]);
    expect(cut).toEqual([
      ['5.5a', 1, ['R-REG-CAP-1']],
      ['6.2b', 3, ['R-REG-CAP-3']],
      ['english-course', 15, ['R-REG-CAP-9']],
      ['7.4b', 12, ['R-REG-CAP-7']],
      ['6.2e', 6, ['R-REG-CAP-4']],
    ]);
  });

  it('gives the UMC teacher activities, ABAN points beside RU, and no settings yet', async () => {
    const teacher = await login('teacher@docentdossier.test');
    const items = (await teacher.get('/api/v1/me/register/activities')).json().items;
    expect(items.map((a: { title: string }) => a.title)).toContain('Basiskwalificatie Onderwijs (BKO)');
    expect(items.find((a: { kind: string }) => a.kind === '1').accreditationPoints).toEqual([
      { scheme: 'ABAN', points: 24 },
    ]);
    expect((await teacher.get('/api/v1/me/register/settings')).json().sector).toBeNull();
    expect((await teacher.get('/api/v1/me/register/progress')).statusCode).toBe(409);
  });
});
