import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const policyVersionStatusEnum = pgEnum('policy_version_status', ['draft', 'published']);

/** An institution's qualification policy (`umcu`), of which versions hold from a date on. */
export const qualificationPolicies = pgTable('qualification_policies', {
  /** the id callers name in `POST /api/v1/advice` */
  id: text('id').primaryKey(),
  /** the institution's slug; by slug, since a shipped policy exists before its institution is added */
  institutionSlug: text('institution_slug'),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One version of a policy: a JSON document of conditions (contracts/qualifications.ts `PolicyDocument`)
 * that holds from `valid_from`. A published version never changes (a trigger refuses it); a change is a
 * new version.
 */
export const qualificationPolicyVersions = pgTable(
  'qualification_policy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    policyId: text('policy_id')
      .notNull()
      .references(() => qualificationPolicies.id),
    /** the version's name in answers, e.g. its start date `2023-10-01` */
    version: text('version').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    status: policyVersionStatusEnum('status').notNull().default('draft'),
    document: jsonb('document').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** the person who made it; null for a policy shipped with the application */
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('qualification_policy_versions_version_unique').on(t.policyId, t.version),
    index('qualification_policy_versions_policy_idx').on(t.policyId, t.validFrom),
    check(
      'qualification_policy_versions_published_check',
      sql`(${t.status} = 'published') = (${t.publishedAt} IS NOT NULL)`,
    ),
  ],
);
