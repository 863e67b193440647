import { defineErrors, errorFactory } from '../../platform/http/errors.js';

export const qualificationsErrors = defineErrors({
  /** no policy has this id */
  POLICY_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Er is geen beleid met de naam {policy}.', en: 'There is no policy named {policy}.' },
  },
  /** the policy exists, but no published version of it had started on the date asked for */
  POLICY_NOT_IN_FORCE: {
    kind: 'not-found',
    message: {
      nl: 'Op {on} gold er nog geen versie van het beleid {policy}.',
      en: 'No version of the policy {policy} was in force on {on}.',
    },
  },
  /** a policy document is not valid; `details.issues` names each problem and where it is */
  POLICY_DOCUMENT_INVALID: {
    kind: 'invalid',
    message: {
      nl: 'Het beleidsdocument klopt niet: {count} fout(en).',
      en: 'The policy document is not valid: {count} problem(s).',
    },
  },
  /** no institution has this id */
  INSTITUTION_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Instelling niet gevonden.', en: 'Institution not found.' },
  },
  /** no unit has this id at the institution */
  UNIT_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Dit onderdeel bestaat niet bij deze instelling.', en: 'This unit does not exist here.' },
  },
  /** no person has this id */
  PERSON_NOT_FOUND: { kind: 'not-found', message: { nl: 'Persoon niet gevonden.', en: 'Person not found.' } },
  /** the institution has no qualification policy (yet) */
  INSTITUTION_HAS_NO_POLICY: {
    kind: 'not-found',
    message: {
      nl: '{institution} heeft (nog) geen kwalificatiebeleid in Docentdossier.',
      en: '{institution} has no qualification policy in Docentdossier (yet).',
    },
  },
  /** the person has kept no teaching profile at this institution, or no profile has this id */
  TEACHING_PROFILE_NOT_FOUND: {
    kind: 'not-found',
    message: {
      nl: 'Er is (nog) geen onderwijsprofiel bij deze instelling.',
      en: 'There is no teaching profile at this institution (yet).',
    },
  },
  /** the teacher changed the profile after the confirmer read it */
  TEACHING_PROFILE_CHANGED: {
    kind: 'conflict',
    message: {
      nl: 'De docent heeft het profiel intussen gewijzigd. Lees het opnieuw voordat je het bevestigt.',
      en: 'The teacher has changed the profile since you read it. Read it again before confirming it.',
    },
  },
  /** the person already has this qualification on record (one per person and qualification) */
  QUALIFICATION_ALREADY_RECORDED: {
    kind: 'conflict',
    message: {
      nl: 'De {code} staat al geregistreerd voor deze persoon.',
      en: 'The {code} is already on record for this person.',
    },
  },
  /** a date of earning that has not come yet; `details.issues` names the field */
  QUALIFICATION_DATE_IN_FUTURE: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.earnedOn: de datum {earnedOn} ligt in de toekomst.',
      en: 'Invalid input for body.earnedOn: the date {earnedOn} is in the future.',
    },
  },
  EARNED_QUALIFICATION_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Behaalde kwalificatie niet gevonden.', en: 'Earned qualification not found.' },
  },
  /** no version of this policy has this id */
  POLICY_VERSION_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Versie van het beleid niet gevonden.', en: 'Policy version not found.' },
  },
  /** a published version never changes: advice given under it must stay explainable */
  POLICY_VERSION_PUBLISHED: {
    kind: 'conflict',
    message: {
      nl: 'Versie {version} is gepubliceerd en verandert niet meer. Maak er een nieuw concept van en publiceer dat.',
      en: 'Version {version} is published and never changes. Make a new draft from it and publish that.',
    },
  },
  /** a version cannot start before today (Europe/Amsterdam): advice already given would change */
  POLICY_VERSION_START_IN_PAST: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.validFrom: {validFrom} ligt voor vandaag ({today}); een versie gaat vandaag of later in.',
      en: 'Invalid input for body.validFrom: {validFrom} is before today ({today}); a version starts today or later.',
    },
  },
  /** another published version starts on the same day */
  POLICY_VERSION_START_TAKEN: {
    kind: 'conflict',
    message: {
      nl: 'Er is al een gepubliceerde versie die op {validFrom} ingaat. Kies een andere begindatum.',
      en: 'A published version already starts on {validFrom}. Choose another start date.',
    },
  },
});

export const qualificationsError = errorFactory(qualificationsErrors);
