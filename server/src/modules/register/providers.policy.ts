import type { Actor } from '../../platform/http/auth.js';

// Who may do what with a provider's validated activities and their attendance (R-REG-EVID-1). Pure
// predicates over the actor's roles; each reads as a sentence and is unit-tested for every role.

/** A provider's activities and attendance are kept by the people with the provider role at that provider. */
export function canManageProviderActivities(actor: Actor, providerInstitutionId: string): boolean {
  return actor.roles.some((r) => r.role === 'provider' && r.institutionId === providerInstitutionId);
}

/** Providers the actor keeps activities for. */
export function providersOf(actor: Actor): string[] {
  return [
    ...new Set(
      actor.roles.flatMap((r) => (r.role === 'provider' && r.institutionId ? [r.institutionId] : [])),
    ),
  ];
}

/**
 * The certificate of an attendance is the attendee's evidence: they download it, and so does the provider
 * that registered it (to send it on).
 */
export function canGetCertificate(
  actor: Actor,
  attendance: { personId: string; providerInstitutionId: string },
): boolean {
  return (
    actor.personId === attendance.personId ||
    canManageProviderActivities(actor, attendance.providerInstitutionId)
  );
}
