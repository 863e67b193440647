import type { Institution, PersonPage, PersonSummary } from '../../../../contracts/identity.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor, ActorRole } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { identityError } from './identity.errors.js';
import {
  administeredInstitutions,
  canListPeople,
  canViewInstitution,
  canViewPerson,
  institutionsOf,
  isPlatformAdmin,
} from './identity.policy.js';
import {
  findInstitution,
  findPerson,
  findRolesOfPeople,
  listInstitutions,
  listPeople,
  listUnits,
} from './identity.repository.js';
import { decodeCursor, encodeCursor, presentInstitution, presentSummary } from './present.js';

export async function getPersonSummary(
  ctx: AppContext,
  actor: Actor,
  personId: string,
): Promise<PersonSummary> {
  const person = await findPerson(ctx.db, personId);
  if (!person) throw identityError('PERSON_NOT_FOUND');
  const roles = (await findRolesOfPeople(ctx.db, [personId])).get(personId) ?? [];
  if (!canViewPerson(actor, { id: personId, roles })) throw platformError('FORBIDDEN');
  return presentSummary(person, actor.personId === personId ? roles : visibleRoles(actor, roles));
}

export interface ListPeopleOptions {
  institutionId?: string;
  q?: string;
  cursor?: string;
  limit: number;
}

export async function listPeoplePage(
  ctx: AppContext,
  actor: Actor,
  opts: ListPeopleOptions,
): Promise<PersonPage> {
  if (!canListPeople(actor, opts.institutionId)) throw platformError('FORBIDDEN');
  const institutionIds = opts.institutionId
    ? [opts.institutionId]
    : isPlatformAdmin(actor)
      ? undefined
      : administeredInstitutions(actor);
  const rows = await listPeople(ctx.db, {
    limit: opts.limit + 1,
    after: opts.cursor ? decodeCursor(opts.cursor) : null,
    institutionIds,
    q: opts.q,
  });
  const pageRows = rows.slice(0, opts.limit);
  const roles = await findRolesOfPeople(
    ctx.db,
    pageRows.map((p) => p.id),
  );
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((p) => presentSummary(p, visibleRoles(actor, roles.get(p.id) ?? []))),
    next: rows.length > opts.limit && last ? encodeCursor({ name: last.displayName, id: last.id }) : null,
  };
}

/** An institution's administrator sees the roles a person holds there, not elsewhere. */
function visibleRoles(actor: Actor, roles: ActorRole[]): ActorRole[] {
  if (isPlatformAdmin(actor)) return roles;
  const mine = new Set(administeredInstitutions(actor));
  return roles.filter((r) => r.institutionId !== null && mine.has(r.institutionId));
}

/** The platform administrator sees every institution; anyone else the institutions where they hold a role. */
export async function listInstitutionsFor(ctx: AppContext, actor: Actor): Promise<Institution[]> {
  const rows = await listInstitutions(ctx.db, isPlatformAdmin(actor) ? undefined : institutionsOf(actor));
  const units = await listUnits(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((i) => presentInstitution(i, units));
}

export async function getInstitution(ctx: AppContext, actor: Actor, id: string): Promise<Institution> {
  const row = await findInstitution(ctx.db, id);
  if (!row) throw identityError('INSTITUTION_NOT_FOUND');
  if (!canViewInstitution(actor, id)) throw platformError('FORBIDDEN');
  return presentInstitution(row, await listUnits(ctx.db, [id]));
}
