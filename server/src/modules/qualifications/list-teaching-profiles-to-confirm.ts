import type {
  TeachingProfilesToConfirm,
  TeachingProfilesToConfirmQuery,
} from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findPeopleNames, findRolesOfPeople, listInstitutions, roleCovers } from '../identity/index.js';
import { personAtAmong } from './access.js';
import { peopleOfProfile, presentTeachingProfile } from './present.js';
import { canConfirmTeachingProfile, confirmingInstitutionsOf } from './qualifications.policy.js';
import { listTeachingProfilesAt } from './qualifications.repository.js';

/**
 * The teaching profiles a line manager may confirm (teachers in their units and below), the longest
 * waiting first, each with the teacher's units in the manager's scope. Nobody but a line manager asks.
 */
export async function listTeachingProfilesToConfirm(
  ctx: AppContext,
  actor: Actor,
  query: TeachingProfilesToConfirmQuery,
): Promise<TeachingProfilesToConfirm> {
  const institutionIds = confirmingInstitutionsOf(actor);
  if (institutionIds.length === 0) throw platformError('FORBIDDEN');
  const rows = await listTeachingProfilesAt(
    ctx.db,
    institutionIds,
    query.confirmation === undefined ? undefined : query.confirmation === 'confirmed',
  );
  const roles = await findRolesOfPeople(ctx.db, [...new Set(rows.map((r) => r.personId))]);
  const mine = rows.filter((row) =>
    canConfirmTeachingProfile(actor, personAtAmong(row.personId, row.institutionId, roles.get(row.personId))),
  );
  const [institutions, names] = await Promise.all([
    listInstitutions(ctx.db, institutionIds),
    findPeopleNames(ctx.db, mine.flatMap(peopleOfProfile)),
  ]);
  const managing = actor.roles.filter((r) => r.role === 'line-manager');
  return {
    items: mine.flatMap((row) => {
      const institution = institutions.find((i) => i.id === row.institutionId);
      if (!institution) return [];
      const units = new Map<string, string>();
      for (const r of roles.get(row.personId) ?? []) {
        const covered = managing.some((m) =>
          roleCovers(m, { institutionId: row.institutionId, unitPath: r.unitPath }),
        );
        if (r.institutionId === row.institutionId && r.unitId && r.unitName && covered)
          units.set(r.unitId, r.unitName);
      }
      return [
        {
          ...presentTeachingProfile(row, institution, names),
          units: [...units].map(([id, name]) => ({ id, name })),
        },
      ];
    }),
  };
}
