import {
  competencyAreas,
  deliveryTasks,
  positions,
  type QualificationCode,
  qualificationCodes,
  type TeachingProfile,
  teachingRoles,
} from '../contracts/qualifications.js';
import { advise } from '../server/src/modules/qualifications/domain/advise.js';
import { type CompiledPolicy, compilePolicy } from '../server/src/modules/qualifications/domain/compile.js';
import { builtInPolicies } from '../server/src/modules/qualifications/policies/built-in.js';
import { presentAdvice } from '../server/src/modules/qualifications/present.js';
import type { BenchResult } from './me.js';

const PROFILES = 100_000;
const TARGET_PER_SECOND = 50_000;
const ROUNDS = 5;

/** mulberry32: the same profiles every run */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateProfiles(n: number): { profile: TeachingProfile; held: QualificationCode[] }[] {
  const r = random(42);
  const pick = <T>(values: readonly T[], chance: number) => values.filter(() => r() < chance);
  return Array.from({ length: n }, () => ({
    profile: {
      employment: {
        permanent: r() < 0.5,
        years: Math.floor(r() * 6),
        ...(r() < 0.7 ? { scale: 8 + Math.floor(r() * 9) } : {}),
      },
      positions: pick(positions, 0.05),
      roles: pick(teachingRoles, 0.04),
      teachingFte: Math.round(r() * 60) / 100,
      contactHoursPerYear: Math.floor(r() * 80),
      teachingYears: Math.floor(r() * 6),
      studentsSupervised: Math.floor(r() * 7),
      competencyAreas: pick(competencyAreas, 0.6),
      deliveryTasks: pick(deliveryTasks, 0.3),
      clinicalTrainer: r() < 0.3,
      teachingLicence: r() < 0.1,
    },
    held: pick(qualificationCodes, 0.15),
  }));
}

/** Advice for every profile, as the route gives it (evaluation and presentation), in one process. */
function run(
  policy: CompiledPolicy,
  profiles: ReturnType<typeof generateProfiles>,
  tally?: Map<string, number>,
) {
  const ref = { id: 'bench', version: 'bench' };
  const started = performance.now();
  for (let i = 0; i < profiles.length; i++) {
    const { profile, held } = profiles[i] as (typeof profiles)[number];
    const advice = presentAdvice(ref, advise(policy, profile, held), i % 2 === 0 ? 'nl' : 'en');
    if (tally) {
      for (const q of advice.qualifications) {
        const key = `${q.code} ${q.status}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
    }
  }
  return profiles.length / ((performance.now() - started) / 1000);
}

/**
 * Pure evaluation of qualification advice: 100,000 generated profiles against the shipped policies, each
 * compiled once. No reference server exists for this, so the ratio is the measured rate over the target
 * rate (≥ 1 meets it). Needs no database: the URL run.ts passes is ignored.
 */
export async function benchAdvice(_databaseUrl?: string): Promise<BenchResult> {
  const profiles = generateProfiles(PROFILES);
  const lines: string[] = [];
  let slowest = Number.POSITIVE_INFINITY;
  for (const p of builtInPolicies) {
    const latest = p.versions.at(-1);
    if (!latest) continue;
    const compileStarted = performance.now();
    const policy = compilePolicy(latest.document);
    const compileMs = performance.now() - compileStarted;
    const tally = new Map<string, number>();
    run(policy, profiles, tally); // warm-up, and a check that the profiles reach every outcome
    const rates = Array.from({ length: ROUNDS }, () => run(policy, profiles));
    const median = [...rates].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? 0;
    slowest = Math.min(slowest, median);
    lines.push(
      `${p.id} ${latest.version}: ${Math.round(median).toLocaleString('en')} profiles/s ` +
        `(median of ${ROUNDS} rounds of ${PROFILES.toLocaleString('en')}; compiled once in ${compileMs.toFixed(1)} ms)`,
    );
    const outcomes = [...tally].sort(([a], [b]) => a.localeCompare(b));
    lines.push(
      `  outcomes: ${outcomes.map(([k, n]) => `${k} ${((100 * n) / PROFILES).toFixed(1)}%`).join(', ')}`,
    );
  }
  lines.push(`target: ${TARGET_PER_SECOND.toLocaleString('en')} profiles/s for the slowest policy`);
  return {
    name: 'Qualification advice, pure evaluation (100,000 profiles, one process)',
    lines,
    ratio: slowest / TARGET_PER_SECOND,
    target: 1,
    higherIsBetter: true,
  };
}
