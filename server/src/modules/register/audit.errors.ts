import { defineErrors, errorFactory } from '../../platform/http/errors.js';

export const auditErrors = defineErrors({
  AUDIT_INSTITUTION_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Instelling niet gevonden.', en: 'Institution not found.' },
  },
  AUDIT_UNIT_NOT_FOUND: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.unitId: deze instelling heeft geen onderdeel {unitId}.',
      en: 'Invalid input for body.unitId: this institution has no unit {unitId}.',
    },
  },
  AUDIT_SIZE: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.percentage, body.count: geef een percentage óf een aantal.',
      en: 'Invalid input for body.percentage, body.count: give a percentage or a count.',
    },
  },
  AUDIT_WINDOW: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.periodEndFrom: {from} ligt na body.periodEndTo ({to}).',
      en: 'Invalid input for body.periodEndFrom: {from} is after body.periodEndTo ({to}).',
    },
  },
  AUDIT_NOBODY_IN_WINDOW: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.periodEndFrom, body.periodEndTo: er zijn hier geen docenten van wie de registerperiode eindigt tussen {from} en {to}.',
      en: 'Invalid input for body.periodEndFrom, body.periodEndTo: there are no teachers here whose register period ends between {from} and {to}.',
    },
  },
  AUDIT_DRAW_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Steekproef niet gevonden.', en: 'Sample not found.' },
  },
  AUDIT_REVIEW_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Controle niet gevonden.', en: 'Audit not found.' },
  },
  AUDIT_ACTIVITY_NOT_IN_REVIEW: {
    kind: 'not-found',
    message: {
      nl: 'Deze activiteit hoort niet bij deze controle.',
      en: 'This activity is not part of this audit.',
    },
  },
  AUDIT_WRONG_STATE: {
    kind: 'conflict',
    message: {
      nl: 'Dat kan niet meer of nog niet: de controle is {statusNl}.',
      en: 'That is not possible now: the audit is {statusEn}.',
    },
  },
  AUDIT_UNDECIDED_ACTIVITIES: {
    kind: 'conflict',
    message: {
      nl: 'Neem eerst over elke activiteit een besluit: {count} nog open.',
      en: 'Decide on every activity first: {count} still open.',
    },
  },
  AUDIT_RESPONSE_WINDOW_CLOSED: {
    kind: 'conflict',
    message: {
      nl: 'Reageren kon tot en met {respondBy}.',
      en: 'Responses were possible until {respondBy}.',
    },
  },
  AUDIT_RESPONSE_WINDOW_OPEN: {
    kind: 'conflict',
    message: {
      nl: 'De docent kan nog reageren tot en met {respondBy}; sluit de controle daarna, of na de reactie.',
      en: 'The teacher may respond until {respondBy}; close the audit after that, or after the response.',
    },
  },
  AUDIT_REJECTION_INCOMPLETE: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij {fields}: een afwijzing noemt een reden en de regel waarop ze berust.',
      en: 'Invalid input for {fields}: a rejection gives a reason and the rule it rests on.',
    },
  },
  AUDIT_RULE_NOT_APPLICABLE: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.rule: {rule} geldt niet voor deze activiteit; wel: {rules}.',
      en: 'Invalid input for body.rule: {rule} does not apply to this activity; these do: {rules}.',
    },
  },
});

export const auditError = errorFactory(auditErrors);
