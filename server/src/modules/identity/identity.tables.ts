import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { languages } from '../../../../contracts/common.js';
import { institutionKinds, roles, unitKinds } from '../../../../contracts/identity.js';

export const roleEnum = pgEnum('role', roles);
export const institutionKindEnum = pgEnum('institution_kind', institutionKinds);
export const unitKindEnum = pgEnum('unit_kind', unitKinds);
export const languageEnum = pgEnum('language', languages);

export const institutions = pgTable('institutions', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: institutionKindEnum('kind').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The tree of faculties, divisions and departments. `path` lists the ids from the root down
 * (`/a/b/c/`), so "unit X or below" is one prefix test, used by every unit-scoped role.
 */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    kind: unitKindEnum('kind').notNull(),
    name: text('name').notNull(),
    path: text('path').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_institution_idx').on(t.institutionId), index('units_path_idx').on(t.path)],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    displayName: text('display_name').notNull(),
    email: text('email').notNull(),
    language: languageEnum('language').notNull().default('nl'),
    /** The OpenID Connect subject once the person has logged in by SSO. */
    oidcSubject: text('oidc_subject').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('people_email_idx').on(sql`lower(${t.email})`)],
);

/** A local login; people who only use SSO have none. */
export const accounts = pgTable('accounts', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A role held at an institution, optionally limited to one unit and the units below it.
 * Only an administrator may hold a role without an institution: the platform administrator.
 */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    institutionId: uuid('institution_id').references(() => institutions.id),
    unitId: uuid('unit_id').references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('role_assignments_person_idx').on(t.personId),
    unique('role_assignments_unique').on(t.personId, t.role, t.institutionId, t.unitId).nullsNotDistinct(),
    check(
      'role_assignments_scope_check',
      sql`${t.institutionId} IS NOT NULL OR (${t.role} = 'administrator' AND ${t.unitId} IS NULL)`,
    ),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    via: text('via').notNull(),
  },
  (t) => [index('sessions_person_idx').on(t.personId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Login attempts, kept for throttling across processes (the process itself holds no state). */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);

/** Pending OpenID Connect logins: state, nonce and PKCE verifier until the provider calls back. */
export const oidcLogins = pgTable('oidc_logins', {
  state: text('state').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Small key/value facts about the installation, such as whether demo data was seeded. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
