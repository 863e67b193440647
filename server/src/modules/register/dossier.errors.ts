import { defineErrors, errorFactory } from '../../platform/http/errors.js';
import type { Messages } from '../../platform/i18n/language.js';
import type { ActivityProblemCode } from './domain/dossier.js';

export const dossierErrors = defineErrors({
  /** an activity breaks a rule of its kind; `details.issues` names each field with its rule */
  REGISTER_ACTIVITY_INVALID: {
    kind: 'invalid',
    message: { nl: 'Ongeldige invoer bij {fields}.', en: 'Invalid input for {fields}.' },
  },
  REGISTER_ACTIVITY_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Activiteit niet gevonden.', en: 'Activity not found.' },
  },
  /** R-REG-AUDIT-1: an audit took the activity in review */
  REGISTER_ACTIVITY_LOCKED: {
    kind: 'conflict',
    message: {
      nl: 'Deze activiteit is opgenomen in een audit en verandert niet meer.',
      en: 'This activity is part of an audit and can no longer change.',
    },
  },
  /** R-REG-EVID-1: what a provider validated is the provider's to change */
  REGISTER_ACTIVITY_VALIDATED: {
    kind: 'conflict',
    message: {
      nl: 'Deze activiteit is gevalideerd door {provider}; alleen de aanbieder kan haar wijzigen.',
      en: 'This activity was validated by {provider}; only the provider can change it.',
    },
  },
  REGISTER_EVIDENCE_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Bewijsstuk niet gevonden.', en: 'Evidence not found.' },
  },
  REGISTER_EVIDENCE_LIMIT: {
    kind: 'conflict',
    message: {
      nl: 'Een activiteit heeft hooguit {max} bewijsstukken.',
      en: 'An activity has at most {max} pieces of evidence.',
    },
  },
  /** another teacher has this register number: attendance must name one person */
  REGISTER_NUMBER_TAKEN: {
    kind: 'conflict',
    message: {
      nl: 'Het registernummer {number} hoort al bij iemand anders.',
      en: 'The register number {number} already belongs to someone else.',
    },
  },
  /** progress needs the sector, which decides the norm */
  REGISTER_SETTINGS_MISSING: {
    kind: 'conflict',
    message: {
      nl: 'De registergegevens (sector) zijn nog niet ingevuld; de sector bepaalt de norm.',
      en: 'The register settings (sector) have not been filled in yet; the sector decides the norm.',
    },
  },
  REGISTER_PERSON_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Persoon niet gevonden.', en: 'Person not found.' },
  },
});
export const dossierError = errorFactory(dossierErrors);

/** What each activity problem says, per field, in `details.issues` of REGISTER_ACTIVITY_INVALID. */
export const activityProblemMessages: Record<ActivityProblemCode, Messages> = {
  'needed-by-kind': {
    nl: 'Soort {kind} telt niet zonder dit veld ({rule}).',
    en: 'Kind {kind} cannot be counted without this field ({rule}).',
  },
  'other-needs-description': {
    nl: 'Beschrijf wat de activiteit was: je koos "zelf invullen".',
    en: 'Describe what the activity was: you chose "describe it yourself".',
  },
  'relevance-below-bachelor': {
    nl: 'Een activiteit onder hbo-bachelorniveau mag alleen met een toelichting op de relevantie (R-REG-LEVEL-1).',
    en: 'An activity below bachelor level needs a statement of its relevance (R-REG-LEVEL-1).',
  },
  'test-needed': {
    nl: 'Online leren en een activiteit met vooral zelfstudie tellen alleen met een behaalde toets, tentamen of opdracht (R-REG-EVID-3).',
    en: 'Online learning and an activity of mostly self-study count only with a passed test, exam or assignment (R-REG-EVID-3).',
  },
  'start-after-date': {
    nl: 'De eerste dag ligt na de datum {date}.',
    en: 'The first day is after the date {date}.',
  },
  'duplicate-scheme': {
    nl: 'Deze puntenregeling staat er al eerder in.',
    en: 'This accreditation scheme is listed earlier too.',
  },
};
