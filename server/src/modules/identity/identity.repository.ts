import { and, asc, count, eq, gt, ilike, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Language } from '../../../../contracts/common.js';
import type { InstitutionKind, Role, UnitKind } from '../../../../contracts/identity.js';
import { type Executor, single } from '../../platform/db/database.js';
import type { Actor, ActorRole } from '../../platform/http/auth.js';
import {
  accounts,
  appMeta,
  institutions,
  loginAttempts,
  oidcLogins,
  people,
  roleAssignments,
  sessions,
  units,
} from './identity.tables.js';

export type PersonRow = typeof people.$inferSelect;
export type InstitutionRow = typeof institutions.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type RoleAssignmentRow = typeof roleAssignments.$inferSelect;

const roleColumns = {
  assignmentId: roleAssignments.id,
  role: roleAssignments.role,
  institutionId: roleAssignments.institutionId,
  institutionName: institutions.name,
  unitId: roleAssignments.unitId,
  unitName: units.name,
  unitPath: units.path,
};

/** Roles of several people, with the names of their institutions and units, in a stable order. */
export async function findRolesOfPeople(
  db: Executor,
  personIds: string[],
): Promise<Map<string, ActorRole[]>> {
  const byPerson = new Map<string, ActorRole[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .select({ personId: roleAssignments.personId, ...roleColumns })
    .from(roleAssignments)
    .leftJoin(institutions, eq(institutions.id, roleAssignments.institutionId))
    .leftJoin(units, eq(units.id, roleAssignments.unitId))
    .where(inArray(roleAssignments.personId, personIds))
    .orderBy(asc(institutions.name), asc(roleAssignments.role), asc(units.path));
  for (const { personId, ...role } of rows) byPerson.get(personId)?.push(role);
  return byPerson;
}

function prepareSessionActorQuery(db: Executor) {
  return db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      createdAt: sessions.createdAt,
      personId: people.id,
      displayName: people.displayName,
      email: people.email,
      language: people.language,
      ...roleColumns,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .leftJoin(roleAssignments, eq(roleAssignments.personId, people.id))
    .leftJoin(institutions, eq(institutions.id, roleAssignments.institutionId))
    .leftJoin(units, eq(units.id, roleAssignments.unitId))
    .where(and(eq(sessions.id, sql.placeholder('sessionId')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .orderBy(asc(institutions.name), asc(roleAssignments.role), asc(units.path))
    .prepare('session_actor');
}

// Built once per database handle: building the query on every request cost more than running it.
const sessionActorQueries = new WeakMap<Executor, ReturnType<typeof prepareSessionActorQuery>>();

/**
 * The person behind a live session, with their roles, in one round trip: this runs on every request.
 */
export async function findSessionActor(db: Executor, sessionId: string, now: Date) {
  let query = sessionActorQueries.get(db);
  if (!query) {
    query = prepareSessionActorQuery(db);
    sessionActorQueries.set(db, query);
  }
  const rows = await query.execute({ sessionId, now });
  const first = rows[0];
  if (!first) return null;
  const actor: Actor = {
    personId: first.personId,
    sessionId: first.sessionId,
    displayName: first.displayName,
    email: first.email,
    language: first.language,
    roles: [],
  };
  for (const r of rows) {
    if (r.assignmentId && r.role) {
      actor.roles.push({
        assignmentId: r.assignmentId,
        role: r.role,
        institutionId: r.institutionId,
        institutionName: r.institutionName,
        unitId: r.unitId,
        unitName: r.unitName,
        unitPath: r.unitPath,
      });
    }
  }
  return { actor, lastSeenAt: first.lastSeenAt, createdAt: first.createdAt };
}

export async function insertSession(
  db: Executor,
  values: { id: string; personId: string; now: Date; expiresAt: Date; via: 'password' | 'oidc' },
) {
  const { now, ...rest } = values;
  await db.insert(sessions).values({ ...rest, createdAt: now, lastSeenAt: now });
}

export async function extendSession(db: Executor, sessionId: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Executor, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteExpiredSessions(db: Executor, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function findAccountByEmail(db: Executor, email: string) {
  const [row] = await db
    .select({ personId: people.id, passwordHash: accounts.passwordHash, disabled: accounts.disabled })
    .from(people)
    .innerJoin(accounts, eq(accounts.personId, people.id))
    .where(sql`lower(${people.email}) = lower(${email})`);
  return row ?? null;
}

export async function recordLoginAttempt(
  db: Executor,
  values: { email: string; ip: string; success: boolean; at: Date },
) {
  await db.insert(loginAttempts).values({ ...values, email: values.email.toLowerCase() });
}

/** Failed attempts since `since` for this e-mail address and from this network address. */
export async function countRecentFailures(db: Executor, email: string, ip: string, since: Date) {
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email.toLowerCase()})`.mapWith(
        Number,
      ),
      byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${ip})`.mapWith(Number),
    })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, since),
        or(eq(loginAttempts.email, email.toLowerCase()), eq(loginAttempts.ip, ip)),
      ),
    );
  return { byEmail: row?.byEmail ?? 0, byIp: row?.byIp ?? 0 };
}

export async function deleteLoginAttemptsBefore(db: Executor, before: Date) {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, before));
}

export async function findPerson(db: Executor, personId: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(people).where(eq(people.id, personId));
  return row ?? null;
}

export async function findPersonByEmail(db: Executor, email: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(people).where(sql`lower(${people.email}) = lower(${email})`);
  return row ?? null;
}

/** People by e-mail address, compared without case (as the unique index does); keys in lower case. */
export async function findPeopleByEmails(db: Executor, emails: string[]): Promise<Map<string, PersonRow>> {
  const lowered = [...new Set(emails.map((e) => e.toLowerCase()))];
  if (lowered.length === 0) return new Map();
  const rows = await db
    .select()
    .from(people)
    .where(inArray(sql`lower(${people.email})`, lowered));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r]));
}

export async function findPersonByOidcSubject(db: Executor, subject: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(people).where(eq(people.oidcSubject, subject));
  return row ?? null;
}

export async function insertPerson(
  db: Executor,
  values: { displayName: string; email: string; language: Language },
): Promise<PersonRow> {
  return single(await db.insert(people).values(values).returning());
}

export async function updatePerson(
  db: Executor,
  personId: string,
  values: Partial<Pick<PersonRow, 'displayName' | 'language' | 'oidcSubject'>>,
): Promise<PersonRow> {
  return single(await db.update(people).set(values).where(eq(people.id, personId)).returning());
}

export async function insertAccount(db: Executor, personId: string, passwordHash: string) {
  await db.insert(accounts).values({ personId, passwordHash });
}

export interface PeoplePageQuery {
  limit: number;
  after: { name: string; id: string } | null;
  /** only people holding a role at one of these institutions; undefined: everyone */
  institutionIds?: string[];
  q?: string;
}

/** People ordered by name then id, one page after the cursor. */
export async function listPeople(db: Executor, query: PeoplePageQuery): Promise<PersonRow[]> {
  const conditions = [];
  if (query.after) {
    conditions.push(
      sql`(lower(${people.displayName}), ${people.id}) > (lower(${query.after.name}), ${query.after.id}::uuid)`,
    );
  }
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(people.displayName, pattern), ilike(people.email, pattern)));
  }
  if (query.institutionIds) {
    if (query.institutionIds.length === 0) return [];
    conditions.push(
      sql`exists (select 1 from ${roleAssignments} where ${roleAssignments.personId} = ${people.id} and ${inArray(roleAssignments.institutionId, query.institutionIds)})`,
    );
  }
  return db
    .select()
    .from(people)
    .where(and(...conditions))
    .orderBy(sql`lower(${people.displayName})`, asc(people.id))
    .limit(query.limit);
}

export async function listInstitutions(db: Executor, ids?: string[]): Promise<InstitutionRow[]> {
  if (ids && ids.length === 0) return [];
  return db
    .select()
    .from(institutions)
    .where(ids ? inArray(institutions.id, ids) : undefined)
    .orderBy(asc(institutions.name));
}

export async function findInstitution(db: Executor, id: string): Promise<InstitutionRow | null> {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
  return row ?? null;
}

export async function findInstitutionBySlug(db: Executor, slug: string): Promise<InstitutionRow | null> {
  const [row] = await db.select().from(institutions).where(eq(institutions.slug, slug));
  return row ?? null;
}

export async function listUnits(db: Executor, institutionIds: string[]): Promise<UnitRow[]> {
  if (institutionIds.length === 0) return [];
  return db.select().from(units).where(inArray(units.institutionId, institutionIds)).orderBy(asc(units.path));
}

export async function findUnit(db: Executor, id: string): Promise<UnitRow | null> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row ?? null;
}

export async function insertInstitution(
  db: Executor,
  values: { slug: string; name: string; kind: InstitutionKind },
): Promise<InstitutionRow> {
  return single(await db.insert(institutions).values(values).returning());
}

/** Inserts a unit below `parent` (or at the top), keeping the materialised path. */
export async function insertUnit(
  db: Executor,
  values: { institutionId: string; parent: UnitRow | null; kind: UnitKind; name: string },
): Promise<UnitRow> {
  const id = crypto.randomUUID();
  const path = `${values.parent?.path ?? '/'}${id}/`;
  return single(
    await db
      .insert(units)
      .values({
        id,
        institutionId: values.institutionId,
        parentId: values.parent?.id ?? null,
        kind: values.kind,
        name: values.name,
        path,
      })
      .returning(),
  );
}

export async function findRoleAssignment(db: Executor, id: string): Promise<RoleAssignmentRow | null> {
  const [row] = await db.select().from(roleAssignments).where(eq(roleAssignments.id, id));
  return row ?? null;
}

export async function roleAssignmentExists(
  db: Executor,
  v: { personId: string; role: Role; institutionId: string | null; unitId: string | null },
): Promise<boolean> {
  const [row] = await db
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.personId, v.personId),
        eq(roleAssignments.role, v.role),
        v.institutionId
          ? eq(roleAssignments.institutionId, v.institutionId)
          : isNull(roleAssignments.institutionId),
        v.unitId ? eq(roleAssignments.unitId, v.unitId) : isNull(roleAssignments.unitId),
      ),
    );
  return Boolean(row);
}

export async function insertRoleAssignment(
  db: Executor,
  v: { personId: string; role: Role; institutionId: string | null; unitId: string | null },
): Promise<RoleAssignmentRow> {
  return single(await db.insert(roleAssignments).values(v).returning());
}

export async function deleteRoleAssignment(db: Executor, id: string) {
  await db.delete(roleAssignments).where(eq(roleAssignments.id, id));
}

export async function countPlatformAdmins(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'administrator'), isNull(roleAssignments.institutionId)));
  return row?.n ?? 0;
}

export async function insertOidcLogin(db: Executor, values: typeof oidcLogins.$inferInsert) {
  await db.insert(oidcLogins).values(values);
}

/** Reads and removes a pending OIDC login in one statement, so a state is used at most once. */
export async function takeOidcLogin(db: Executor, state: string, now: Date) {
  const [row] = await db
    .delete(oidcLogins)
    .where(and(eq(oidcLogins.state, state), gt(oidcLogins.expiresAt, now)))
    .returning();
  return row ?? null;
}

export async function getMeta(db: Executor, key: string): Promise<string | null> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key));
  return row?.value ?? null;
}

export async function setMeta(db: Executor, key: string, value: string) {
  await db
    .insert(appMeta)
    .values({ key, value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: sql`now()` } });
}

// Read functions other modules use through index.ts: they name what is asked, and return plain rows.

export interface RoleHolderRow {
  personId: string;
  displayName: string;
  email: string;
  unitId: string | null;
  unitName: string | null;
  unitPath: string | null;
}

/**
 * Everyone holding `role` at the institution, one row per assignment (a person teaching in two units
 * appears twice), by name. `unitPath` is null for an institution-wide assignment.
 */
export async function listRoleHolders(
  db: Executor,
  query: { institutionId: string; role: Role },
): Promise<RoleHolderRow[]> {
  return db
    .select({
      personId: people.id,
      displayName: people.displayName,
      email: people.email,
      unitId: units.id,
      unitName: units.name,
      unitPath: units.path,
    })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .leftJoin(units, eq(units.id, roleAssignments.unitId))
    .where(and(eq(roleAssignments.institutionId, query.institutionId), eq(roleAssignments.role, query.role)))
    .orderBy(sql`lower(${people.displayName})`, asc(people.id), asc(units.path));
}

/** Display names and e-mail addresses of people, by id; unknown ids are left out. */
/** Whom to write to and in which language (mail from notifications). */
export async function findMailRecipients(
  db: Executor,
  personIds: string[],
): Promise<Map<string, { displayName: string; email: string; language: Language }>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: people.id,
      displayName: people.displayName,
      email: people.email,
      language: people.language,
    })
    .from(people)
    .where(inArray(people.id, personIds));
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}

export async function findPeopleNames(
  db: Executor,
  personIds: string[],
): Promise<Map<string, { displayName: string; email: string }>> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, displayName: people.displayName, email: people.email })
    .from(people)
    .where(inArray(people.id, ids));
  return new Map(rows.map((r) => [r.id, { displayName: r.displayName, email: r.email }]));
}
