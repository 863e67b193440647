import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { institutions, people } from '../../src/modules/identity/identity.tables.js';
import {
  DEMO_PASSWORD,
  demoAccounts,
  demoColleagues,
  seedDemoData,
} from '../../src/modules/identity/index.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  it('seeds the demo institutions and one account per role, once', async () => {
    expect(await seedDemoData(t.database.db)).toBe(true);
    expect(await seedDemoData(t.database.db)).toBe(false);
    const names = (await t.database.db.select().from(institutions)).map((i) => i.name).sort();
    expect(names).toEqual(
      [
        'Academie voor Docentontwikkeling',
        'Amsterdam UMC',
        'Huisartsopleiding Utrecht',
        'Lyceum De Brug',
        'UMC Utrecht',
      ].sort(),
    );
    expect(await t.database.db.select().from(people)).toHaveLength(
      demoAccounts.length + demoColleagues.length,
    );
    const roles = new Set(demoAccounts.flatMap((a) => a.roles.map((r) => r.role)));
    expect([...roles].sort()).toEqual(
      [
        'administrator',
        'assessor',
        'coordinator',
        'educational-adviser',
        'line-manager',
        'mentor',
        'provider',
        'teacher',
        'trainer',
      ].sort(),
    );
  });

  it('lets every demo account log in with the documented password', async () => {
    for (const account of demoAccounts) {
      const client = new TestClient(t.app);
      const me = (await client.login(account.email, DEMO_PASSWORD)).json();
      expect(me.roles.map((r: { role: string }) => r.role).sort()).toEqual(
        account.roles.map((r) => r.role).sort(),
      );
    }
  });

  it('gives Amsterdam UMC its two faculties and UMC Utrecht two divisions', async () => {
    const admin = new TestClient(t.app);
    await admin.login('admin@docentdossier.test', DEMO_PASSWORD);
    const list = (await admin.get('/api/v1/institutions')).json().items as {
      name: string;
      units: { kind: string; name: string }[];
    }[];
    const byName = new Map(list.map((i) => [i.name, i.units]));
    expect(byName.get('Amsterdam UMC')?.filter((u) => u.kind === 'faculty')).toHaveLength(2);
    expect(byName.get('UMC Utrecht')?.filter((u) => u.kind === 'division')).toHaveLength(2);
  });
});
