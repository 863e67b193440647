import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AssessmentWeekList,
  CatalogueList,
  TrajectoryList,
  TrajectoryOverview,
} from '../../../contracts/trajectories-api.js';
import { DEMO_PASSWORD, seedDemoData } from '../../src/modules/identity/index.js';
import { seedTrajectoryDemoData } from '../../src/modules/trajectories/index.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';
import { thisYear } from './support.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function login(email: string) {
  const client = new TestClient(t.app, 'en');
  await client.login(`${email}@docentdossier.test`, DEMO_PASSWORD);
  return client;
}

async function umcuId(client: TestClient): Promise<string> {
  const me = (await client.get('/api/v1/me')).json();
  const role = me.roles.find(
    (r: { institution: { name: string } | null }) => r.institution?.name === 'UMC Utrecht',
  );
  return role.institution.id;
}

describe('trajectory demo data', () => {
  it('is added only after the demo people exist, and only once', async () => {
    expect(await seedTrajectoryDemoData(t.ctx)).toBe(false);
    expect(await seedDemoData(t.database.db)).toBe(true);
    expect(await seedTrajectoryDemoData(t.ctx)).toBe(true);
    expect(await seedTrajectoryDemoData(t.ctx)).toBe(false);
  });

  it('gives UMC Utrecht catalogues for this year and the next, valid by the contract (R-UMCU-COST-1)', async () => {
    const coordinator = await login('coordinator');
    const id = await umcuId(coordinator);
    const res = await coordinator.get(`/api/v1/institutions/${id}/trajectory-catalogues`);
    expect(res.statusCode).toBe(200);
    const { items } = CatalogueList.parse(res.json());
    expect(items.map((c) => c.year).sort()).toEqual([thisYear(), thisYear() + 1]);
    for (const catalogue of items) {
      const courses = catalogue.items.filter((i) => i.kind === 'course').map((i) => i.qualification);
      expect(courses.sort()).toEqual(['BKO', 'KKO', 'SKO', 'UvO']);
      expect(Object.keys(catalogue.assessmentPriceCents).sort()).toEqual(['BKO', 'KKO', 'SKO', 'UvO']);
    }
    const [first, next] = [...items].sort((a, b) => a.year - b.year);
    expect(next?.assessmentPriceCents.BKO).toBeGreaterThan(first?.assessmentPriceCents.BKO ?? 0);
  });

  it('gives four assessment weeks in the coming months with deadlines before them (R-UMCU-ASM-3)', async () => {
    const coordinator = await login('coordinator');
    const id = await umcuId(coordinator);
    const { items } = AssessmentWeekList.parse(
      (await coordinator.get(`/api/v1/institutions/${id}/assessment-weeks`)).json(),
    );
    expect(items).toHaveLength(4);
    const today = new Date().toISOString().slice(0, 10);
    for (const week of items) {
      expect(week.draftDeadline > today).toBe(true);
      expect(week.draftDeadline <= week.finalDeadline).toBe(true);
      expect(week.finalDeadline < week.startsOn).toBe(true);
      expect(week.startsOn <= week.endsOn).toBe(true);
      expect(week.name).toMatch(/^Beoordelingsweek /);
    }
  });

  it('gives a colleague a BKO portfolio in progress, and the demo teacher no trajectory', async () => {
    const coordinator = await login('coordinator');
    const id = await umcuId(coordinator);
    const overview = TrajectoryOverview.parse(
      (await coordinator.get(`/api/v1/institutions/${id}/trajectories`)).json(),
    );
    expect(overview.items).toMatchObject([
      {
        teacher: { displayName: 'Noor Bakker' },
        adviser: { displayName: 'Olga Onderwijskundige' },
        state: 'portfolio-in-progress',
        qualification: 'BKO',
      },
    ]);
    expect(overview.counts).toEqual({ 'portfolio-in-progress': 1 });

    const manager = await login('manager');
    const detail = (await manager.get(`/api/v1/trajectories/${overview.items[0]?.id}`)).json();
    expect(detail.costDecision.decision).toBe('approved');
    expect(detail.costs.totalCents).toBe(95_000);

    const teacher = await login('teacher');
    expect(TrajectoryList.parse((await teacher.get('/api/v1/me/trajectories')).json()).items).toEqual([]);
  });
});
