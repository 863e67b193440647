import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { ActivityKind } from '../contracts/register.js';
import { countRegisterCompliance } from '../server/src/modules/register/count-register-compliance.js';
import { type Database, openDatabase } from '../server/src/platform/db/database.js';
import type { BenchResult } from './me.js';

// Register compliance of everyone: 250,000 teachers × 40 activities (10 M rows) on PostgreSQL, our count
// (one query, the hours engine per teacher) against one hand-written SQL query doing caps and norm itself.
// Both must agree on every teacher. Then the same count on PGlite, at a smaller scale (see PGLITE_TEACHERS).

const TEACHERS = Number(process.env.BENCH_REGISTER_TEACHERS ?? 250_000);
const PGLITE_TEACHERS = Number(process.env.BENCH_REGISTER_PGLITE_TEACHERS ?? 25_000);
const ACTIVITIES_PER_TEACHER = 40;
const ROUNDS = Number(process.env.BENCH_REGISTER_ROUNDS ?? 3);
const DEFAULT_PERIOD_END = '2026-07-31';

/**
 * A realistic mix in 100 slots: mostly courses, study days, conferences and self-study (counted at their
 * hours); exam meetings, council and committee work, board positions, trade meetings, articles, first aid
 * and English courses — the capped kinds — about one activity in six.
 */
const mix: Partial<Record<ActivityKind, number>> = {
  '1': 2,
  '2': 21,
  '3': 12,
  '4': 7,
  '5.1a': 2,
  '5.1b': 1,
  '5.1c': 1,
  '5.2a': 2,
  '5.2b': 1,
  '5.3a': 1,
  '5.3b': 1,
  '5.4a': 1,
  '5.4b': 1,
  '5.4c': 1,
  '5.4d': 1,
  '5.4e': 1,
  '5.5b': 1,
  '6.1a': 2,
  '6.1b': 1,
  '6.1c': 1,
  '6.2a': 1,
  '6.3a': 1,
  '6.5a': 1,
  '6.5b': 1,
  '7.1a': 3,
  '7.1b': 1,
  '7.2a': 3,
  '7.2b': 2,
  '7.3a': 3,
  '7.4c': 1,
  '7.4d': 1,
  '7.5a': 2,
  '7.5b': 1,
  '7.5c': 1,
  '7.6a': 1,
  '7.6b': 1,
  '6.2b': 5,
  '5.5a': 3,
  '6.2e': 2,
  '6.4a': 1,
  '6.4c': 1,
  '7.4a': 1,
  'first-aid': 1,
  'english-course': 1,
};
const slots = Object.entries(mix).flatMap(([kind, n]) => Array<string>(n).fill(kind));
if (slots.length !== 100) throw new Error(`the mix has ${slots.length} slots, not 100`);

/** Teacher ids and activity ids from their numbers: no random source (gen_random_uuid is slow on some VMs). */
const uuidOf = (prefix: string, n: string) => `('${prefix}' || lpad(to_hex(${n}), 24, '0'))::uuid`;

const SETTINGS_SQL = `
  INSERT INTO register_teacher_settings (person_id, sector, pe_teacher, bilingual_school, period_end, updated_by)
  SELECT ${uuidOf('7e4c0000', 't')},
         (ARRAY['vo','vo','vo','vo','vo','vo','vo','vo','vo','po','po','po','po','po','po','mbo','mbo','mbo','mbo','so'])
           [1 + floor(random() * 20)::int]::register_sector,
         random() < 0.05, random() < 0.08,
         CASE WHEN random() < 0.05 THEN NULL
              WHEN random() < 0.6 THEN make_date(2025 + floor(random() * 3)::int, 7, 31)
              ELSE date '2025-08-01' + floor(random() * 730)::int END,
         '00000000-0000-0000-0000-000000000000'
    FROM generate_series(1, $1::int) t`;

// Activities over five school years (2021-08-01 … 2026-07-31); teachers interleaved, as they record over
// time; several on one day, recorded at the same moment now and then, so the id decides as well.
const ACTIVITIES_SQL = `
  INSERT INTO register_activities (id, person_id, kind, title, date, hours_tenths, content, half_days, words,
                                   committee, created_by, created_at, updated_by)
  SELECT ${uuidOf('ac7e0000', 'g')}, ${uuidOf('7e4c0000', '1 + g % $3::int')}, k, 'Activiteit ' || g, d,
         CASE WHEN k = '1' THEN 100 + floor(random() * 1500)::int
              WHEN k IN ('5.5a', '6.2e', '6.4c', 'first-aid') THEN 10 + floor(random() * 60)::int
              WHEN k = '6.2b' THEN 10 + floor(random() * 50)::int
              ELSE 5 + floor(random() * 90)::int END,
         (ARRAY['subject','subject','subject','subject','subject','subject','subject','didactic','didactic',
                'didactic','didactic','didactic','pedagogical','pedagogical','pedagogical','general','general',
                'general','general','general'])[1 + floor(random() * 20)::int]::register_content_kind,
         CASE WHEN k = '6.4a' THEN 1 + floor(random() * 4)::int END,
         CASE WHEN k IN ('7.4a', '7.4b') THEN 500 + floor(random() * 2000)::int END,
         CASE WHEN k = '6.2e' THEN (ARRAY['Examencommissie Biologie', 'examencommissie  biologie',
                                          'Vakcommissie NVON', 'Toetscommissie'])[1 + floor(random() * 4)::int] END,
         '00000000-0000-0000-0000-000000000000', d + make_interval(hours => floor(random() * 3)::int),
         '00000000-0000-0000-0000-000000000000'
    FROM (SELECT g, ($4::text[])[1 + floor(random() * 100)::int]::register_activity_kind AS k,
                 date '2021-08-01' + floor(random() * 1826)::int AS d
            FROM generate_series($1::bigint, $2::bigint - 1) g) generated`;

/**
 * The reference: caps and norm in one hand-written query. Own values per kind (R-REG-CAP-3, -5, -7, -8,
 * -9), caps per school year shared first come first served by a running sum in the engine's order
 * (R-REG-CAP-1, -4, -6, -8), totals and shortfalls (R-REG-NORM-1…3); activities an audit rejected
 * (decisions out, R-REG-AUDIT-1) left out: the built data has no audits, but the reference must be the
 * same rule. Committees are compared as the engine does for ASCII names (trimmed, spaces collapsed, lower
 * case).
 */
export const HAND_SQL = `
  WITH teacher AS (
    SELECT person_id, sector, pe_teacher, bilingual_school, coalesce(period_end, $1::date) AS period_end
      FROM register_teacher_settings
  ), rejected AS (
    SELECT d.activity_id
      FROM register_audit_decisions d JOIN register_audit_reviews r ON r.id = d.review_id
     WHERE d.decision = 'rejected' AND r.status IN ('notified', 'responded', 'closed')
  ), counted AS (
    SELECT a.person_id,
           CASE WHEN a.kind = 'english-course' THEN 'subject' ELSE a.content::text END AS content,
           CASE a.kind
             WHEN '6.2b' THEN least(a.hours_tenths, 30)
             WHEN '6.4a' THEN least(a.hours_tenths, coalesce(a.half_days, 0) * 10)
             WHEN '7.4a' THEN CASE WHEN coalesce(a.words, 0) >= 1000 THEN least(a.hours_tenths, 120) ELSE 0 END
             WHEN '7.4b' THEN CASE WHEN coalesce(a.words, 0) >= 1000 THEN least(a.hours_tenths, 120) ELSE 0 END
             WHEN 'first-aid' THEN 0
             WHEN 'english-course' THEN CASE WHEN t.bilingual_school THEN (a.hours_tenths + 1) / 2 ELSE 0 END
             ELSE a.hours_tenths END AS tenths
      FROM register_activities a JOIN teacher t ON t.person_id = a.person_id
     WHERE a.date > t.period_end - interval '4 years' AND a.date <= t.period_end
       AND a.kind NOT IN ('5.5a', '6.4c', '6.2e') AND NOT (a.kind = 'first-aid' AND t.pe_teacher)
       AND NOT EXISTS (SELECT FROM rejected WHERE rejected.activity_id = a.id)
    UNION ALL
    SELECT person_id, content,
           least(tenths, greatest(0, max_tenths - coalesce(sum(tenths) OVER (
             PARTITION BY person_id, kind, committee, school_year ORDER BY date, created_at, id
             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)))
      FROM (
        SELECT a.person_id, a.content::text AS content, a.hours_tenths AS tenths, a.kind, a.date, a.created_at, a.id,
               CASE WHEN a.kind = '6.2e' THEN lower(regexp_replace(btrim(a.committee), '\\s+', ' ', 'g')) END AS committee,
               extract(year FROM a.date - interval '7 months') AS school_year,
               CASE WHEN a.kind = 'first-aid' THEN 120 ELSE 60 END AS max_tenths
          FROM register_activities a JOIN teacher t ON t.person_id = a.person_id
         WHERE a.date > t.period_end - interval '4 years' AND a.date <= t.period_end
           AND (a.kind IN ('5.5a', '6.4c', '6.2e') OR (a.kind = 'first-aid' AND t.pe_teacher))
           AND NOT EXISTS (SELECT FROM rejected WHERE rejected.activity_id = a.id)
      ) shared
  ), totals AS (
    SELECT person_id, sum(tenths) AS total, sum(tenths) FILTER (WHERE content <> 'general') AS primary_,
           sum(tenths) FILTER (WHERE content = 'subject') AS subject
      FROM counted GROUP BY person_id
  )
  SELECT t.person_id::text, coalesce(s.total, 0)::int, coalesce(s.primary_, 0)::int, coalesce(s.subject, 0)::int,
         greatest(0, 1600 - coalesce(s.total, 0))::int, greatest(0, 1000 - coalesce(s.primary_, 0))::int,
         CASE WHEN t.sector = 'vo' THEN greatest(0, 400 - coalesce(s.subject, 0)) ELSE 0 END::int
    FROM teacher t LEFT JOIN totals s ON s.person_id = t.person_id`;

/** One teacher's result as a line both sides can produce: totals and what each norm misses, in tenths. */
type Results = Map<string, string>;

async function ours(database: Database): Promise<Results> {
  const results: Results = new Map();
  await countRegisterCompliance(
    database.db,
    { personIds: null, defaultPeriodEnd: DEFAULT_PERIOD_END },
    (t) => {
      const missing = (rule: string) =>
        t.compliance.shortfalls.find((s) => s.rule === rule)?.missingTenths ?? 0;
      const c = t.compliance;
      results.set(
        t.facts.personId,
        `${c.totalTenths} ${c.primaryTenths} ${c.subjectTenths} ${missing('R-REG-NORM-1')} ${missing('R-REG-NORM-2')} ${missing('R-REG-NORM-3')}`,
      );
    },
  );
  return results;
}

function toResults(rows: unknown[][]): Results {
  return new Map(rows.map(([id, ...figures]) => [id as string, figures.join(' ')]));
}

function compare(a: Results, b: Results): { equal: number; differ: string[] } {
  const differ: string[] = [];
  let equal = 0;
  for (const [id, line] of a) {
    if (b.get(id) === line) equal++;
    else differ.push(`${id}: ours ${line}, hand-written SQL ${b.get(id) ?? 'missing'}`);
  }
  for (const id of b.keys()) if (!a.has(id)) differ.push(`${id}: missing in ours`);
  return { equal, differ };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
const n = (value: number) => value.toLocaleString('en');

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

type Run = (text: string, values?: unknown[]) => Promise<{ rows: unknown[][] }>;

interface Target {
  run: Run;
  /** one connection of its own, for a share of the load and its own random seed */
  session<T>(work: (run: Run) => Promise<T>): Promise<T>;
}

/** Builds the teachers and their activities; the indexes a load would update row by row come after it. */
async function build(target: Target, teachers: number, parallel: number, lines: string[]) {
  const { run } = target;
  const rows = teachers * ACTIVITIES_PER_TEACHER;
  const settings = await timed(() =>
    target.session(async (own) => {
      await own('SELECT setseed(0.42)');
      return own(SETTINGS_SQL, [teachers]);
    }),
  );
  const constraints = (
    await run(`SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'register_activities'::regclass AND contype = 'u'`)
  ).rows as [string, string][];
  const indexes = (
    await run(`SELECT indexname, indexdef FROM pg_indexes
                WHERE tablename = 'register_activities' AND indexname NOT LIKE '%pkey'
                  AND indexname NOT IN (SELECT conname FROM pg_constraint
                                         WHERE conrelid = 'register_activities'::regclass)`)
  ).rows as [string, string][];
  const load = await timed(async () => {
    for (const [name] of constraints) await run(`ALTER TABLE register_activities DROP CONSTRAINT ${name}`);
    for (const [name] of indexes) await run(`DROP INDEX ${name}`);
    const share = Math.ceil(rows / parallel);
    await Promise.all(
      Array.from({ length: parallel }, (_, i) =>
        target.session(async (own) => {
          await own(`SELECT setseed(${(i + 1) / (parallel + 1)})`);
          await own(ACTIVITIES_SQL, [i * share, Math.min(rows, (i + 1) * share), teachers, slots]);
        }),
      ),
    );
  });
  const reindex = await timed(async () => {
    for (const [name, definition] of constraints)
      await run(`ALTER TABLE register_activities ADD CONSTRAINT ${name} ${definition}`);
    for (const [, definition] of indexes) await run(definition);
    await run('VACUUM ANALYZE register_activities');
    await run('VACUUM ANALYZE register_teacher_settings');
  });
  lines.push(
    `build: ${n(teachers)} teachers in ${seconds(settings.ms)}, ${n(rows)} activities in ${seconds(load.ms)} ` +
      `(${parallel} connection${parallel > 1 ? 's' : ''}), indexes and VACUUM ANALYZE in ${seconds(reindex.ms)}`,
  );
}

export async function benchRegisterCompliance(databaseUrl: string): Promise<BenchResult> {
  const lines: string[] = [];
  const database = await openDatabase({ url: databaseUrl }, 4);
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const run: Run = async (text, values) => pool.query({ text, values, rowMode: 'array' });
  const target: Target = {
    run,
    async session(work) {
      const client = await pool.connect();
      try {
        return await work((text, values) => client.query({ text, values, rowMode: 'array' }));
      } finally {
        client.release();
      }
    },
  };
  let ratio = Number.POSITIVE_INFINITY;
  try {
    await database.migrate();
    await run('TRUNCATE register_activities, register_teacher_settings CASCADE');
    await build(target, TEACHERS, 2, lines);
    const size = await run(`SELECT pg_size_pretty(pg_total_relation_size('register_activities'))`);
    lines.push(`register_activities: ${size.rows[0]?.[0]} with its indexes`);

    // Rounds alternate, so a busy moment on the machine hits both; each figure is the median.
    const times = { ours: [] as number[], hand: [] as number[] };
    let checked: { equal: number; differ: string[] } | null = null;
    for (let round = 0; round < ROUNDS; round++) {
      const hand = await timed(() => run(HAND_SQL, [DEFAULT_PERIOD_END]));
      const mine = await timed(() => ours(database));
      times.hand.push(hand.ms);
      times.ours.push(mine.ms);
      checked ??= compare(mine.value, toResults(hand.value.rows));
    }
    const hand = median(times.hand);
    const mine = median(times.ours);
    ratio = mine / hand;
    lines.push(
      `hand-written SQL: ${seconds(hand)} (median of ${ROUNDS}: ${times.hand.map(seconds).join(', ')})`,
      `Docentdossier  : ${seconds(mine)} (median of ${ROUNDS}: ${times.ours.map(seconds).join(', ')})`,
      `same result for ${n(checked?.equal ?? 0)} of ${n(TEACHERS)} teachers` +
        (checked?.differ.length
          ? `; DIFFERENT for ${n(checked.differ.length)}, e.g. ${checked.differ[0]}`
          : ''),
    );
    if (checked?.differ.length) ratio = Number.POSITIVE_INFINITY;
  } finally {
    await database.close();
  }

  lines.push(...(await benchPglite()));
  return {
    name: `Register compliance of everyone (PostgreSQL, ${n(TEACHERS)} teachers × ${ACTIVITIES_PER_TEACHER} activities)`,
    lines,
    ratio,
    target: 1.2,
    higherIsBetter: false,
  };
}

/** The same count on PGlite (in-process, one connection), at PGLITE_TEACHERS teachers. */
async function benchPglite(): Promise<string[]> {
  const lines: string[] = [];
  const pglite = await PGlite.create();
  const database = await openDatabase({ pglite });
  try {
    await database.migrate();
    const run: Run = (text, values) => pglite.query<unknown[]>(text, values, { rowMode: 'array' });
    const built: string[] = [];
    await build({ run, session: (work) => work(run) }, PGLITE_TEACHERS, 1, built);
    lines.push(
      `PGlite at ${n(PGLITE_TEACHERS)} teachers (${n(PGLITE_TEACHERS * ACTIVITIES_PER_TEACHER)} activities; ` +
        `the full 10 M would take PGlite's single in-process backend too long to build) — ${built[0]}`,
    );
    const hand = await timed(() => run(HAND_SQL, [DEFAULT_PERIOD_END]));
    const mine = await timed(() => ours(database));
    const { equal, differ } = compare(mine.value, toResults(hand.value.rows));
    lines.push(
      `PGlite: Docentdossier ${seconds(mine.ms)}, hand-written SQL ${seconds(hand.ms)} ` +
        `(ratio ${(mine.ms / hand.ms).toFixed(2)}); same result for ${n(equal)} of ${n(PGLITE_TEACHERS)} teachers` +
        (differ.length ? `; DIFFERENT for ${n(differ.length)}, e.g. ${differ[0]}` : ''),
    );
  } finally {
    await database.close();
  }
  return lines;
}
