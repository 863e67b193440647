import { describe, expect, it } from 'vitest';
import {
  type ActivityKind,
  activityKinds,
  type CheckActivity,
  contentKinds,
  sectors,
} from '../../../../../contracts/register.js';
import { catalogue } from './catalogue.js';
import { type AdditiveSums, additiveKinds, complianceOf, type TeacherRegisterFacts } from './compliance.js';
import { countRegister, type EngineActivity } from './hours.js';
import { inPeriod, periodEnding } from './period.js';
import { toTenths } from './tenths.js';

// Compliance from pre-summed hours must be exactly what the engine counts over the whole dossier. Random
// dossiers (seeded, so a failure repeats) with every kind, dates on school-year and period edges, same-day
// activities sharing a cap, committees spelt in several ways, every sector and teacher fact, and activities
// an audit rejected (R-REG-AUDIT-1), which the database leaves out as it leaves out those outside the period.

/** mulberry32 */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const periodEnds = ['2026-07-31', '2028-02-29', '2025-12-15', '2104-02-29', '2027-08-01'];

/** Days around the edges of the period and of the school years in it, and days in between. */
function daysNear(periodEnd: string): string[] {
  const { start, end } = periodEnding(periodEnd);
  const year = Number(end.slice(0, 4));
  const days = [start, end, dayBefore(start), dayAfter(end)];
  for (let y = year - 5; y <= year + 1; y++) days.push(`${y}-07-31`, `${y}-08-01`, `${y}-03-15`);
  return days;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const committees = ['Examencommissie X', ' examencommissie   x ', 'Vakcommissie NVON', 'VAKCOMMISSIE nvon'];

function dossier(r: () => number, periodEnd: string, size: number): EngineActivity[] {
  const days = daysNear(periodEnd);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(r() * values.length)] as T;
  return Array.from({ length: size }, (_, i) => {
    const kind: ActivityKind = pick(activityKinds);
    return {
      id: `a${i}`,
      kind,
      date: pick(days),
      // tenths as the database keeps them, some large enough to reach every cap
      hours: Math.floor(r() * (r() < 0.2 ? 2000 : 150)) / 10,
      content: pick(contentKinds),
      ...(kind === '6.4a' ? { halfDays: 1 + Math.floor(r() * 4) } : {}),
      ...(kind === '7.4a' || kind === '7.4b' ? { words: pick([0, 999, 1000, 2500]) } : {}),
      ...(kind === '6.2e' ? { group: pick(committees) } : {}),
      ...(r() < 0.15 ? { rejected: true } : {}),
    };
  });
}

/** What the database hands over: the additive kinds in the period summed per content, the rest in order. */
function preSummed(facts: TeacherRegisterFacts, activities: readonly EngineActivity[]) {
  const period = periodEnding(facts.periodEnd);
  const sums: AdditiveSums = {};
  const capped: CheckActivity[] = [];
  for (const a of activities) {
    if (!inPeriod(a.date, period) || a.rejected) continue;
    if (additiveKinds.includes(a.kind)) sums[a.content] = (sums[a.content] ?? 0) + toTenths(a.hours);
    else capped.push(a);
  }
  return { sums, capped };
}

/** The engine's order: by date, then as recorded. */
const inEngineOrder = (activities: EngineActivity[]) =>
  [...activities].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

describe('compliance from pre-summed hours', () => {
  it('adds up only kinds counted at their hours without any cap (R-REG-RU-1, R-REG-CAP-2)', () => {
    const capped = catalogue.filter((e) => !additiveKinds.includes(e.kind)).map((e) => e.kind);
    expect(capped.sort()).toEqual([
      '5.5a',
      '6.2b',
      '6.2e',
      '6.4a',
      '6.4c',
      '7.4a',
      '7.4b',
      'english-course',
      'first-aid',
    ]);
    expect(additiveKinds).toContain('5.4e');
    expect(additiveKinds).toContain('6.5a');
  });

  it('equals the engine over the whole dossier for 1000 random teachers', () => {
    const r = random(20261201);
    let cut = 0;
    let met = 0;
    let rejected = 0;
    for (let n = 0; n < 1000; n++) {
      const facts: TeacherRegisterFacts = {
        sector: sectors[n % sectors.length] as TeacherRegisterFacts['sector'],
        periodEnd: periodEnds[n % periodEnds.length] as string,
        peTeacher: r() < 0.5,
        bilingualSchool: r() < 0.5,
      };
      const activities = inEngineOrder(dossier(r, facts.periodEnd, 1 + Math.floor(r() * 60)));
      const engine = countRegister({
        sector: facts.sector,
        periodEnd: facts.periodEnd,
        teacher: { peTeacher: facts.peTeacher, bilingualSchool: facts.bilingualSchool },
        activities,
      });
      const { sums, capped } = preSummed(facts, activities);
      const ours = complianceOf(facts, sums, capped);
      expect(ours).toEqual({
        period: engine.period,
        totalTenths: engine.totalTenths,
        primaryTenths: engine.primaryTenths,
        subjectTenths: engine.subjectTenths,
        meetsNorm: engine.meetsNorm,
        shortfalls: engine.shortfalls,
      });
      if (engine.activities.some((a) => a.rules.some((rule) => rule.startsWith('R-REG-CAP')))) cut++;
      if (engine.meetsNorm) met++;
      rejected += engine.activities.filter((a) => a.rules.includes('R-REG-AUDIT-1')).length;
    }
    // The data reaches caps, rejections and both outcomes, so the comparison proves something.
    expect(cut).toBeGreaterThan(600);
    expect(rejected).toBeGreaterThan(1000);
    expect(met).toBeGreaterThan(100);
    expect(met).toBeLessThan(900);
  }, 60_000);

  it('gives every cap kind its own say: each capped rule cuts somewhere in the random dossiers', () => {
    const r = random(7);
    const seen = new Set<string>();
    for (let n = 0; n < 500; n++) {
      const periodEnd = periodEnds[n % periodEnds.length] as string;
      const count = countRegister({
        sector: 'vo',
        periodEnd,
        teacher: { peTeacher: true, bilingualSchool: true },
        activities: inEngineOrder(dossier(r, periodEnd, 40)),
      });
      for (const a of count.activities) for (const rule of a.rules) seen.add(rule);
    }
    for (const rule of ['R-REG-NORM-1', 'R-REG-CAP-1', 'R-REG-CAP-3', 'R-REG-CAP-4', 'R-REG-CAP-5'])
      expect(seen).toContain(rule);
    for (const rule of ['R-REG-CAP-6', 'R-REG-CAP-7', 'R-REG-CAP-8', 'R-REG-CAP-9'])
      expect(seen).toContain(rule);
  });

  it('counts a teacher with nothing in the period as missing the whole norm (R-REG-NORM-1…3)', () => {
    const facts: TeacherRegisterFacts = {
      sector: 'vo',
      periodEnd: '2026-07-31',
      peTeacher: false,
      bilingualSchool: false,
    };
    expect(complianceOf(facts, {}, [])).toEqual({
      period: { start: '2022-08-01', end: '2026-07-31' },
      totalTenths: 0,
      primaryTenths: 0,
      subjectTenths: 0,
      meetsNorm: false,
      shortfalls: [
        { rule: 'R-REG-NORM-1', missingTenths: 1600 },
        { rule: 'R-REG-NORM-2', missingTenths: 1000 },
        { rule: 'R-REG-NORM-3', missingTenths: 400 },
      ],
    });
  });
});
