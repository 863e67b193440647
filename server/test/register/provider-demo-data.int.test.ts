import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '../../src/modules/identity/index.js';
import { seedProviderDemoData } from '../../src/modules/register/index.js';
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

describe('provider demo data', () => {
  it('is added only after the demo people exist, and only once', async () => {
    expect(await seedProviderDemoData(t.database.db, t.clock.now())).toBe(false);
    expect(await seedDemoData(t.database.db)).toBe(true);
    expect(await seedProviderDemoData(t.database.db, t.clock.now())).toBe(true);
    expect(await seedProviderDemoData(t.database.db, t.clock.now())).toBe(false);
  });

  it('gives the demo provider an activity attended by the demo teacher, with a certificate', async () => {
    const provider = await login('provider@docentdossier.test');
    const me = (await provider.get('/api/v1/me')).json();
    const providerId = me.roles[0].institution.id;
    const activities = (await provider.get(`/api/v1/providers/${providerId}/activities`)).json().items;
    expect(activities).toMatchObject([{ number: 'RL-DEMO-2025-0042', recognisedRU: 8, attendances: 1 }]);

    const teacher = await login('teacher@docentdossier.test');
    const [attendance] = (await teacher.get('/api/v1/me/attendances')).json().items;
    expect(attendance.providerActivity.number).toBe('RL-DEMO-2025-0042');
    expect(attendance.activityId).not.toBeNull();
    const pdf = await teacher.get(attendance.certificateUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });
});
