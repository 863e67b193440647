import type { Institution, Me, PersonSummary, RoleAssignment } from '../../../../contracts/identity.js';
import type { ActorRole } from '../../platform/http/auth.js';
import type { InstitutionRow, PersonRow, UnitRow } from './identity.repository.js';

export function presentRole(r: ActorRole): RoleAssignment {
  return {
    id: r.assignmentId,
    role: r.role,
    institution: r.institutionId ? { id: r.institutionId, name: r.institutionName ?? '' } : null,
    unit: r.unitId ? { id: r.unitId, name: r.unitName ?? '' } : null,
  };
}

export function presentMe(
  p: Pick<PersonRow, 'id' | 'displayName' | 'email' | 'language'>,
  roles: ActorRole[],
): Me {
  return {
    person: { id: p.id, displayName: p.displayName, email: p.email, language: p.language },
    roles: roles.map(presentRole),
  };
}

export function presentSummary(
  p: Pick<PersonRow, 'id' | 'displayName' | 'email' | 'language'>,
  roles: ActorRole[],
): PersonSummary {
  return {
    id: p.id,
    displayName: p.displayName,
    email: p.email,
    language: p.language,
    roles: roles.map(presentRole),
  };
}

export function presentInstitution(i: InstitutionRow, units: UnitRow[]): Institution {
  return {
    id: i.id,
    slug: i.slug,
    name: i.name,
    kind: i.kind,
    units: units
      .filter((u) => u.institutionId === i.id)
      .map((u) => ({ id: u.id, parentId: u.parentId, kind: u.kind, name: u.name })),
  };
}

/** Opaque cursor: the sort key of the last item on the page. */
export function encodeCursor(key: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([key.name, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { name: string; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      const id = value[1];
      if (/^[0-9a-f-]{36}$/i.test(id)) return { name: value[0], id };
    }
  } catch {}
  return null;
}
