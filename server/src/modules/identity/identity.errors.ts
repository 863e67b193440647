import { defineErrors, errorFactory } from '../../platform/http/errors.js';

export const identityErrors = defineErrors({
  /** wrong e-mail or password, or a disabled account: deliberately indistinguishable */
  AUTH_INVALID_CREDENTIALS: {
    kind: 'unauthenticated',
    message: { nl: 'E-mailadres of wachtwoord klopt niet.', en: 'E-mail address or password is incorrect.' },
  },
  /** too many failed logins for this address or from this network address in the window */
  AUTH_RATE_LIMITED: {
    kind: 'rate-limited',
    message: {
      nl: 'Te veel mislukte inlogpogingen. Probeer het over {minutes} minuten opnieuw.',
      en: 'Too many failed login attempts. Please try again in {minutes} minutes.',
    },
  },
  /** single sign-on is not configured on this installation */
  OIDC_DISABLED: {
    kind: 'not-found',
    message: { nl: 'Inloggen via SSO is hier niet ingesteld.', en: 'Single sign-on is not set up here.' },
  },
  /** the provider could not be reached to start a login */
  OIDC_UNAVAILABLE: {
    kind: 'unavailable',
    message: {
      nl: 'De inlogdienst (SSO) is nu niet bereikbaar. Probeer het later opnieuw of log in met je wachtwoord.',
      en: 'The single sign-on service cannot be reached now. Try again later or log in with your password.',
    },
  },
  /** the provider's answer did not match a login we started, or the provider refused */
  OIDC_FAILED: {
    kind: 'unauthenticated',
    message: {
      nl: 'Inloggen via SSO is niet gelukt. Probeer het opnieuw.',
      en: 'Single sign-on did not succeed. Please try again.',
    },
  },
  /** SSO worked, but no person in Docentdossier has that e-mail address or subject */
  OIDC_UNKNOWN_PERSON: {
    kind: 'forbidden',
    message: {
      nl: 'Er is geen account in Docentdossier voor {email}. Vraag de beheerder je toe te voegen.',
      en: 'There is no Docentdossier account for {email}. Ask the administrator to add you.',
    },
  },
  PERSON_NOT_FOUND: { kind: 'not-found', message: { nl: 'Persoon niet gevonden.', en: 'Person not found.' } },
  INSTITUTION_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Instelling niet gevonden.', en: 'Institution not found.' },
  },
  UNIT_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Onderdeel niet gevonden.', en: 'Unit not found.' },
  },
  /** the unit does not belong to the institution named with it */
  UNIT_OUTSIDE_INSTITUTION: {
    kind: 'invalid',
    message: {
      nl: 'Dit onderdeel hoort niet bij de gekozen instelling.',
      en: 'This unit does not belong to the chosen institution.',
    },
  },
  /** only an administrator may hold a role without an institution */
  ROLE_NEEDS_INSTITUTION: {
    kind: 'invalid',
    message: {
      nl: 'Kies een instelling voor deze rol.',
      en: 'Choose an institution for this role.',
    },
  },
  ROLE_ALREADY_ASSIGNED: {
    kind: 'conflict',
    message: { nl: 'Deze persoon heeft deze rol hier al.', en: 'This person already holds this role here.' },
  },
  ROLE_ASSIGNMENT_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Rol niet gevonden.', en: 'Role not found.' },
  },
  /** removing it would leave the platform without an administrator */
  LAST_PLATFORM_ADMIN: {
    kind: 'conflict',
    message: {
      nl: 'Dit is de laatste platformbeheerder; wijs eerst een andere beheerder aan.',
      en: 'This is the last platform administrator; appoint another one first.',
    },
  },
  EMAIL_TAKEN: {
    kind: 'conflict',
    message: {
      nl: 'Er is al een persoon met het e-mailadres {email}.',
      en: 'A person with the e-mail address {email} already exists.',
    },
  },
  SLUG_TAKEN: {
    kind: 'conflict',
    message: { nl: 'De code {slug} is al in gebruik.', en: 'The code {slug} is already in use.' },
  },
});

export const identityError = errorFactory(identityErrors);
