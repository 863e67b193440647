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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { qualificationCodes } from '../../../../contracts/qualifications.js';

export const policyVersionStatusEnum = pgEnum('policy_version_status', ['draft', 'published']);

/** An institution's qualification policy (`umcu`), of which versions hold from a date on. */
export const qualificationPolicies = pgTable(
  'qualification_policies',
  {
    /** the id callers name in `POST /api/v1/advice` */
    id: text('id').primaryKey(),
    /** the institution's slug; by slug, since a shipped policy exists before its institution is added */
    institutionSlug: text('institution_slug'),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // An institution has one policy: the one its teachers' advice and compliance are computed with.
  (t) => [uniqueIndex('qualification_policies_institution_slug_idx').on(t.institutionSlug)],
);

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
    /** the version a draft was copied from; null when it was made from a document */
    basedOn: uuid('based_on'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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

export const qualificationCodeEnum = pgEnum('qualification_code', qualificationCodes);

/**
 * A teacher's teaching profile at one institution (contracts `TeachingProfile`, stored whole as JSON: it is
 * exactly what a policy's conditions read, and grows with the contract). The teacher keeps it; a line
 * manager confirms it, and a change by the teacher afterwards clears the confirmation. `person_id` and the
 * people in `*_by` are identity's, without a foreign key across modules.
 */
export const qualificationTeachingProfiles = pgTable(
  'qualification_teaching_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    institutionId: uuid('institution_id').notNull(),
    profile: jsonb('profile').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('qualification_teaching_profiles_person_institution_unique').on(t.personId, t.institutionId),
    index('qualification_teaching_profiles_institution_idx').on(t.institutionId),
    check(
      'qualification_teaching_profiles_confirmation_check',
      sql`(${t.confirmedBy} IS NULL) = (${t.confirmedAt} IS NULL)`,
    ),
  ],
);

/**
 * A qualification a person earned. Person-owned: it follows the person to every institution (the BKO is
 * recognised nationally), so it carries no institution scope, only where it was earned when known here.
 * One per person and code.
 */
export const qualificationsEarned = pgTable(
  'qualifications_earned',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    code: qualificationCodeEnum('code').notNull(),
    earnedOn: date('earned_on', { mode: 'string' }).notNull(),
    issuer: text('issuer').notNull(),
    institutionId: uuid('institution_id'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('qualifications_earned_person_code_unique').on(t.personId, t.code)],
);
