import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ActivityKind,
  activityKinds,
  type ContentKind,
  contentKinds,
  type Sector,
  sectors,
} from '../../../contracts/register.js';
import {
  type CountedTeacher,
  countRegisterCompliance,
} from '../../src/modules/register/count-register-compliance.js';
import { progressOf } from '../../src/modules/register/domain/progress.js';
import {
  registerActivities,
  registerAuditDecisions,
  registerAuditDraws,
  registerAuditReviews,
  registerTeacherSettings,
} from '../../src/modules/register/register.tables.js';
import { createTestDatabase } from '../database.js';

// Compliance of many teachers from the database must be exactly the hours engine over each whole dossier,
// as the dossier's progress counts it: every kind and cap, activities on the edges of school years and of
// periods (leap days too), same-day activities sharing a cap decided by the order they were recorded, and
// teachers with no period end, no activities or nothing in their period, and activities an audit rejected
// (R-REG-AUDIT-1: they count 0 once the decisions are out — notified, responded or closed — not before).

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
let database: TestDatabase;

/** mulberry32: the same data every run */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEFAULT_END = '2026-07-31';
const periodEnds = ['2026-07-31', '2028-02-29', '2025-12-15', '2104-02-29', null] as const;
/** around the edges of each period end above (start − 1, start, end, end + 1) and of school years */
const days = [
  '2022-07-31',
  '2022-08-01',
  '2026-07-31',
  '2026-08-01',
  '2024-02-29',
  '2024-03-01',
  '2028-02-29',
  '2028-03-01',
  '2021-12-15',
  '2021-12-16',
  '2025-12-15',
  '2025-12-16',
  '2100-02-28',
  '2100-03-01',
  '2104-02-29',
  '2104-03-01',
  '2023-07-31',
  '2023-08-01',
  '2024-07-31',
  '2024-08-01',
  '2025-07-31',
  '2025-08-01',
  '2027-06-30',
];
const committees = ['Examencommissie X', ' examencommissie   x ', 'Vakcommissie NVON'];

interface Teacher {
  id: string;
  sector: Sector;
  peTeacher: boolean;
  bilingualSchool: boolean;
  periodEnd: string | null;
}

const teachers: Teacher[] = [];
const dossiers = new Map<string, (typeof registerActivities.$inferInsert)[]>();
/** activities rejected in an audit whose decisions are out: rejection by activity id */
const rejectedOut = new Map<string, { rule: string; reason: string }>();
const reviewStatuses = ['drawn', 'in-review', 'notified', 'responded', 'closed'] as const;
const outStatuses: readonly string[] = ['notified', 'responded', 'closed'];

beforeAll(async () => {
  database = await createTestDatabase();
  const r = random(4);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(r() * values.length)] as T;
  const recorder = randomUUID();
  for (let n = 0; n < 120; n++) {
    const teacher: Teacher = {
      id: randomUUID(),
      sector: sectors[n % sectors.length] as Sector,
      peTeacher: r() < 0.5,
      bilingualSchool: r() < 0.5,
      periodEnd: periodEnds[n % periodEnds.length] ?? null,
    };
    teachers.push(teacher);
    // The last few have no activities at all.
    const size = n >= 115 ? 0 : Math.floor(r() * 45);
    const rows = Array.from({ length: size }, (_, i) => {
      const kind: ActivityKind = pick(activityKinds);
      return {
        id: randomUUID(),
        personId: teacher.id,
        kind,
        title: `Activiteit ${i}`,
        date: pick(days),
        hoursTenths: Math.floor(r() * (r() < 0.2 ? 1500 : 120)),
        content: pick(contentKinds) as ContentKind,
        halfDays: kind === '6.4a' ? 1 + Math.floor(r() * 4) : null,
        words: kind === '7.4a' || kind === '7.4b' ? pick([0, 999, 1000, 2500]) : null,
        committee: kind === '6.2e' ? pick(committees) : null,
        // Several recorded in the same moment, so the id decides between them as well.
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor(r() * 20))),
        createdBy: recorder,
        updatedBy: recorder,
      };
    });
    dossiers.set(teacher.id, rows);
  }
  // Someone else's activities without settings: never counted.
  const outsider = randomUUID();
  dossiers.set(outsider, [
    {
      personId: outsider,
      kind: '2',
      title: 'Cursus',
      date: '2025-01-01',
      hoursTenths: 100,
      content: 'subject',
      createdBy: recorder,
      updatedBy: recorder,
    },
  ]);
  await database.db.insert(registerTeacherSettings).values(
    teachers.map((t) => ({
      personId: t.id,
      sector: t.sector,
      peTeacher: t.peTeacher,
      bilingualSchool: t.bilingualSchool,
      periodEnd: t.periodEnd,
      updatedBy: recorder,
    })),
  );
  const all = [...dossiers.values()].flat();
  for (let i = 0; i < all.length; i += 500)
    await database.db.insert(registerActivities).values(all.slice(i, i + 500));

  // Every other teacher is audited, in each state in turn, with about half their activities rejected.
  const [draw] = await database.db
    .insert(registerAuditDraws)
    .values({
      institutionId: randomUUID(),
      periodEndFrom: '2020-01-01',
      periodEndTo: '2110-01-01',
      sampleCount: 1,
      seed: 'test',
      populationSize: teachers.length,
      drawnBy: recorder,
    })
    .returning();
  const decisions: (typeof registerAuditDecisions.$inferInsert)[] = [];
  for (const [n, teacher] of teachers.entries()) {
    if (n % 2 === 1) continue;
    const status = reviewStatuses[(n / 2) % reviewStatuses.length] ?? 'drawn';
    const closed = status === 'closed';
    const [review] = await database.db
      .insert(registerAuditReviews)
      .values({
        drawId: draw?.id ?? '',
        personId: teacher.id,
        position: n + 1,
        periodEnd: teacher.periodEnd ?? DEFAULT_END,
        status,
        ...(closed
          ? {
              outcome: 'not-approved' as const,
              outcomeReason: 'Bewijs ontbreekt',
              closedBy: recorder,
              closedAt: new Date(),
            }
          : {}),
      })
      .returning();
    for (const activity of dossiers.get(teacher.id) ?? []) {
      const rejected = r() < 0.5;
      const decision = {
        reviewId: review?.id ?? '',
        activityId: activity.id ?? '',
        decision: rejected ? ('rejected' as const) : ('accepted' as const),
        reason: rejected ? `Geen bewijs (${activity.title})` : null,
        rule: 'R-REG-EVID-2',
        decidedBy: recorder,
      };
      decisions.push(decision);
      if (rejected && outStatuses.includes(status)) {
        rejectedOut.set(decision.activityId, { rule: decision.rule, reason: decision.reason ?? '' });
      }
    }
  }
  for (let i = 0; i < decisions.length; i += 500)
    await database.db.insert(registerAuditDecisions).values(decisions.slice(i, i + 500));
});

afterAll(async () => {
  await database?.close();
});

/** What the dossier's progress counts for the teacher: the engine over every activity, oldest recorded first. */
function engineOf(teacher: Teacher, rows: (typeof registerActivities.$inferSelect)[]) {
  const mine = rows
    .filter((row) => row.personId === teacher.id)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  const progress = progressOf(
    teacher,
    teacher.periodEnd ?? DEFAULT_END,
    mine.map((row) => ({
      id: row.id,
      title: row.title,
      kind: row.kind,
      date: row.date,
      hoursTenths: row.hoursTenths,
      content: row.content,
      halfDays: row.halfDays,
      words: row.words,
      group: row.committee,
      points: [],
      rejection: rejectedOut.get(row.id) ?? null,
    })),
  );
  const { count } = progress;
  return {
    period: count.period,
    totalTenths: count.totalTenths,
    primaryTenths: count.primaryTenths,
    subjectTenths: count.subjectTenths,
    meetsNorm: count.meetsNorm,
    shortfalls: count.shortfalls,
    cut: count.activities.some((a) => a.rules.some((rule) => rule.startsWith('R-REG-CAP'))),
    rejected: count.activities.filter((a) => a.inPeriod && a.rules.includes('R-REG-AUDIT-1')).length,
  };
}

async function countAll(personIds: string[] | null) {
  const counted = new Map<string, CountedTeacher>();
  await countRegisterCompliance(database.db, { personIds, defaultPeriodEnd: DEFAULT_END }, (t) => {
    expect(counted.has(t.facts.personId)).toBe(false);
    counted.set(t.facts.personId, t);
  });
  return counted;
}

describe('compliance of many teachers from the database', () => {
  it('counts every teacher with settings exactly as the engine counts their whole dossier', async () => {
    const counted = await countAll(null);
    const rows = await database.db.select().from(registerActivities);
    expect([...counted.keys()].sort()).toEqual(teachers.map((t) => t.id).sort());
    let cut = 0;
    let met = 0;
    let rejected = 0;
    for (const teacher of teachers) {
      const { cut: wasCut, rejected: rejectedHere, ...engine } = engineOf(teacher, rows);
      rejected += rejectedHere;
      const ours = counted.get(teacher.id);
      expect(ours?.compliance, teacher.id).toEqual(engine);
      expect(ours?.facts).toMatchObject({
        periodEnd: teacher.periodEnd ?? DEFAULT_END,
        periodEndGiven: teacher.periodEnd !== null,
      });
      if (wasCut) cut++;
      if (engine.meetsNorm) met++;
    }
    // The data reaches the caps and both outcomes, so the comparison proves something.
    expect(cut).toBeGreaterThan(40);
    expect(rejected).toBeGreaterThan(100);
    expect(met).toBeGreaterThan(5);
    expect(met).toBeLessThan(110);
  });

  it('counts only the teachers asked for', async () => {
    const some = teachers.slice(0, 3).map((t) => t.id);
    const counted = await countAll([...some, randomUUID()]);
    expect([...counted.keys()].sort()).toEqual([...some].sort());
  });

  it('counts nobody when asked for nobody', async () => {
    expect((await countAll([])).size).toBe(0);
  });
});
