import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { ActivityKind, ContentKind, Sector } from '../../../../contracts/register.js';
import type { Db } from '../../platform/db/database.js';
import { decisionsOutStatuses } from './domain/audit.js';

// The reads behind compliance of many teachers. Raw SQL on the driver, rows as arrays: at a whole
// register's scale (millions of activities) row objects and a second pass would cost more than the count.

export interface FactsRow {
  personId: string;
  sector: Sector;
  peTeacher: boolean;
  bilingualSchool: boolean;
  /** the settings' period end, or the default when the teacher gave none */
  periodEnd: string;
  periodEndGiven: boolean;
}

/**
 * A row of the stream, as an array: [person id, kind, date, tenths, content, half-days, words, committee].
 * `kind` null: the sum of the additive kinds of that content in the period (date and the rest null too).
 */
export type CountRow = [
  string,
  ActivityKind | null,
  string | null,
  number | string,
  ContentKind,
  number | null,
  number | null,
  string | null,
];

type Client = pg.Pool | PGlite;

function clientOf(db: Db): Client {
  return (db as unknown as { $client: Client }).$client;
}

/** Everyone with register settings (`personIds` null) or those of them named, with their period end. */
export async function findTeacherFacts(
  db: Db,
  personIds: readonly string[] | null,
  defaultPeriodEnd: string,
): Promise<FactsRow[]> {
  const rows = await queryArrays(
    clientOf(db),
    `SELECT person_id, sector, pe_teacher, bilingual_school, coalesce(period_end, $1::date)::text,
            period_end IS NOT NULL
       FROM register_teacher_settings
      WHERE $2::uuid[] IS NULL OR person_id = ANY($2::uuid[])`,
    [defaultPeriodEnd, personIds],
  );
  return rows.map((r) => ({
    personId: r[0] as string,
    sector: r[1] as Sector,
    peTeacher: r[2] as boolean,
    bilingualSchool: r[3] as boolean,
    periodEnd: r[4] as string,
    periodEndGiven: r[5] as boolean,
  }));
}

/**
 * The activities in each teacher's period (after end − 4 years, up to the end, as `periodEnding` counts;
 * the rest count 0 and use up no cap), without those an audit rejected once its decisions are out (the
 * engine counts them 0 and lets them use up no cap either, R-REG-AUDIT-1), ordered by teacher: first one row per content kind with the sum of
 * the additive kinds, then every other activity in the engine's order — by date, then as recorded
 * (created_at, id), as the dossier's progress feeds it. Handed over row by row on PostgreSQL as they
 * arrive; PGlite, in-process, hands them over at once.
 */
export async function streamCountRows(
  db: Db,
  query: {
    personIds: readonly string[] | null;
    defaultPeriodEnd: string;
    additiveKinds: readonly ActivityKind[];
  },
  onRow: (row: CountRow) => void,
): Promise<void> {
  const text = `
    WITH teacher AS (
      SELECT person_id, coalesce(period_end, $1::date) AS period_end
        FROM register_teacher_settings
       WHERE $2::uuid[] IS NULL OR person_id = ANY($2::uuid[])
    ), rejected AS (
      SELECT d.activity_id
        FROM register_audit_decisions d JOIN register_audit_reviews r ON r.id = d.review_id
       WHERE d.decision = 'rejected' AND r.status::text = ANY($4::text[])
    )
    SELECT person_id, kind, date, tenths, content, half_days, words, committee FROM (
      SELECT a.person_id, NULL::text AS kind, NULL::text AS date, NULL::timestamptz AS created_at, NULL::uuid AS id,
             sum(a.hours_tenths)::float8 AS tenths, a.content::text AS content,
             NULL::int AS half_days, NULL::int AS words, NULL::text AS committee
        FROM register_activities a JOIN teacher t ON t.person_id = a.person_id
       WHERE a.date > t.period_end - interval '4 years' AND a.date <= t.period_end
         AND a.kind::text = ANY($3::text[])
         AND NOT EXISTS (SELECT FROM rejected WHERE rejected.activity_id = a.id)
       GROUP BY a.person_id, a.content
      UNION ALL
      SELECT a.person_id, a.kind::text, a.date::text, a.created_at, a.id, a.hours_tenths, a.content::text,
             a.half_days, a.words, a.committee
        FROM register_activities a JOIN teacher t ON t.person_id = a.person_id
       WHERE a.date > t.period_end - interval '4 years' AND a.date <= t.period_end
         AND NOT a.kind::text = ANY($3::text[])
         AND NOT EXISTS (SELECT FROM rejected WHERE rejected.activity_id = a.id)
    ) counted
    ORDER BY person_id, date NULLS FIRST, created_at, id`;
  const values = [query.defaultPeriodEnd, query.personIds, query.additiveKinds, decisionsOutStatuses];
  const client = clientOf(db);
  if (client instanceof pg.Pool) {
    const config: pg.QueryArrayConfig = { text, values, rowMode: 'array' };
    const connection = await client.connect();
    try {
      await new Promise<void>((resolve, reject) => {
        const stream = connection.query(new pg.Query(config));
        // With a row listener and no callback, node-postgres keeps no rows: each goes to onRow and is gone.
        stream.on('row', (row: CountRow) => onRow(row));
        stream.on('end', () => resolve());
        stream.on('error', reject);
      });
    } finally {
      connection.release();
    }
    return;
  }
  for (const row of await queryArrays(client, text, values)) onRow(row as CountRow);
}

async function queryArrays(client: Client, text: string, values: unknown[]): Promise<unknown[][]> {
  if (client instanceof pg.Pool) return (await client.query({ text, values, rowMode: 'array' })).rows;
  return (await client.query<unknown[]>(text, values, { rowMode: 'array' })).rows;
}
