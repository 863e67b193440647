import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  type ActivityKind,
  type ContentKind,
  contentKinds,
  type Sector,
} from '../../../../contracts/register.js';
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
 * An activity of a kind that is not additive, as the stream sends it: [kind, date, tenths, content,
 * half-days, words, committee].
 */
export type CappedRow = [
  ActivityKind,
  string,
  number,
  ContentKind,
  number | null,
  number | null,
  string | null,
];

/**
 * One teacher of the stream, as an array: [person id, sector, PE teacher, bilingual school, period end,
 * period end given, the sums in tenths of the additive kinds in the period per content kind (in
 * `contentKinds`' order, null for none), the other activities of the period in the engine's order (null
 * for none)]. The activities travel as one JSON array per teacher: parsed natively in one go, far cheaper
 * than a row and its fields per activity.
 */
export type TeacherCountRow = [
  string,
  Sector,
  boolean,
  boolean,
  string,
  boolean,
  (number | null)[],
  CappedRow[] | null,
];

type Client = pg.Pool | PGlite;

function clientOf(db: Db): Client {
  return (db as unknown as { $client: Client }).$client;
}

/** A constant of ours (a kind or content kind from the catalogue) as an SQL literal. */
function literal(value: string): string {
  if (!/^[\w.-]+$/.test(value)) throw new Error(`not a plain constant: ${value}`);
  return `'${value}'`;
}

/**
 * Everyone with register settings (`personIds` null) or those of them named, in the order of their ids,
 * each with the activities of their period (after end − 4 years, up to the end, as `periodEnding` counts;
 * the rest count 0 and use up no cap), without those an audit rejected once its decisions are out (the
 * engine counts them 0 and lets them use up no cap either, R-REG-AUDIT-1): the additive kinds summed per
 * content kind, every other activity on its own in the engine's order — by date, then as recorded
 * (created_at, id), as the dossier's progress feeds it. A teacher without a period end is counted up to
 * `defaultPeriodEnd`.
 *
 * Per teacher, a walk of the (person, date) index over just the period: no sort, no hash of the whole
 * table, so the first teachers arrive at once and the engine counts them while the database reads on (on
 * PostgreSQL the rows are handed over as they arrive; PGlite, in-process, hands them over at once).
 */
export async function streamTeacherCounts(
  db: Db,
  query: {
    personIds: readonly string[] | null;
    defaultPeriodEnd: string;
    additiveKinds: readonly ActivityKind[];
  },
  onRow: (row: TeacherCountRow) => void,
): Promise<void> {
  // The kinds as literals, not a parameter: the planner then compares enums against a hashed constant
  // list instead of casting every row's kind to text (PGlite knows no array type of our enums).
  const additive = `a.kind IN (${query.additiveKinds.map(literal).join(', ')})`;
  const sums = contentKinds
    .map((content) => `sum(a.hours_tenths) FILTER (WHERE ${additive} AND a.content = ${literal(content)})`)
    .join(', ');
  const text = `
    WITH rejected AS MATERIALIZED (
      SELECT d.activity_id
        FROM register_audit_decisions d JOIN register_audit_reviews r ON r.id = d.review_id
       WHERE d.decision = 'rejected' AND r.status::text = ANY($3::text[])
    )
    SELECT t.person_id::text, t.sector::text, t.pe_teacher, t.bilingual_school,
           coalesce(t.period_end, $1::date)::text, t.period_end IS NOT NULL, counted.sums, counted.capped
      FROM register_teacher_settings t
     CROSS JOIN LATERAL (
       SELECT json_build_array(${sums}) AS sums,
              json_agg(json_build_array(a.kind, a.date, a.hours_tenths, a.content, a.half_days, a.words,
                                        a.committee) ORDER BY a.date, a.created_at, a.id)
                FILTER (WHERE NOT ${additive}) AS capped
         FROM register_activities a
        WHERE a.person_id = t.person_id
          AND a.date > coalesce(t.period_end, $1::date) - interval '4 years'
          AND a.date <= coalesce(t.period_end, $1::date)
          AND a.id NOT IN (SELECT activity_id FROM rejected)
     ) counted
     WHERE $2::uuid[] IS NULL OR t.person_id = ANY($2::uuid[])
     ORDER BY t.person_id`;
  const values = [query.defaultPeriodEnd, query.personIds, decisionsOutStatuses];
  const client = clientOf(db);
  if (client instanceof pg.Pool) {
    const config: pg.QueryArrayConfig = { text, values, rowMode: 'array' };
    const connection = await client.connect();
    try {
      await new Promise<void>((resolve, reject) => {
        const stream = connection.query(new pg.Query(config));
        // With a row listener and no callback, node-postgres keeps no rows: each goes to onRow and is gone.
        stream.on('row', (row: TeacherCountRow) => onRow(row));
        stream.on('end', () => resolve());
        stream.on('error', reject);
      });
    } finally {
      connection.release();
    }
    return;
  }
  const rows = await client.query<TeacherCountRow>(text, values, { rowMode: 'array' });
  for (const row of rows.rows) onRow(row);
}
