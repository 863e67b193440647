import { defineErrors, errorFactory } from '../../platform/http/errors.js';

export const providersErrors = defineErrors({
  PROVIDER_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Aanbieder niet gevonden.', en: 'Provider not found.' },
  },
  PROVIDER_ACTIVITY_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Gevalideerde activiteit niet gevonden.', en: 'Validated activity not found.' },
  },
  ATTENDANCE_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Deelname niet gevonden.', en: 'Attendance not found.' },
  },
  /** R-REG-EVID-1: the number is unique over all providers */
  PROVIDER_ACTIVITY_NUMBER_TAKEN: {
    kind: 'conflict',
    message: {
      nl: 'Ongeldige invoer bij body.number: er is al een gevalideerde activiteit met nummer {number}.',
      en: 'Invalid input for body.number: there already is a validated activity with number {number}.',
    },
  },
  PROVIDER_ACTIVITY_DATES: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.startDate: de eerste dag ({startDate}) ligt na de laatste ({date}).',
      en: 'Invalid input for body.startDate: the first day ({startDate}) is after the last ({date}).',
    },
  },
  PROVIDER_ACTIVITY_WITHDRAWN: {
    kind: 'conflict',
    message: {
      nl: 'Deze activiteit is ingetrokken: er kan geen deelname meer bij.',
      en: 'This activity was withdrawn: no more attendance can be registered.',
    },
  },
  /** exactly one of e-mail and register number */
  ATTENDEE_IDENTIFIER: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.email, body.registerNumber: geef een e-mailadres óf een registernummer.',
      en: 'Invalid input for body.email, body.registerNumber: give an e-mail address or a register number.',
    },
  },
  ATTENDEE_UNKNOWN_EMAIL: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.email: er is niemand met e-mailadres {value}.',
      en: 'Invalid input for body.email: there is nobody with e-mail address {value}.',
    },
  },
  ATTENDEE_UNKNOWN_REGISTER_NUMBER: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij body.registerNumber: er is niemand met registernummer {value}.',
      en: 'Invalid input for body.registerNumber: there is nobody with register number {value}.',
    },
  },
  ATTENDANCE_ALREADY_REGISTERED: {
    kind: 'conflict',
    message: {
      nl: 'De deelname van {name} aan deze activiteit is al geregistreerd.',
      en: 'The attendance of {name} at this activity is already registered.',
    },
  },
  /** a bad attendance list: nothing was registered; details list every row */
  ATTENDANCE_CSV_INVALID: {
    kind: 'invalid',
    message: {
      nl: 'De deelnemerslijst heeft fouten in {count} regel(s); er is niemand geregistreerd. Verbeter de lijst en stuur hem opnieuw.',
      en: 'The attendance list has errors on {count} line(s); nobody was registered. Correct the list and send it again.',
    },
  },
});

export const providersError = errorFactory(providersErrors);

/** Messages for each row problem of an attendance list, `{line}` and `{value}` filled in per row. */
export const attendanceRowMessages = {
  unreadable: {
    nl: 'Regel {line}: dit is geen leesbare CSV (staat er een aanhalingsteken open?).',
    en: 'Line {line}: this is no readable CSV (is a quote left open?).',
  },
  empty: {
    nl: 'Regel {line}: de lijst bevat geen deelnemers.',
    en: 'Line {line}: the list holds no attendees.',
  },
  'too-many-rows': {
    nl: 'Regel {line}: een lijst heeft hooguit {max} deelnemers.',
    en: 'Line {line}: a list holds at most {max} attendees.',
  },
  'no-header': {
    nl: 'Regel {line}: meerdere kolommen zonder kopregel; noem de kolommen e-mail en/of registernummer.',
    en: 'Line {line}: several columns without a header row; name the columns e-mail and/or register number.',
  },
  'no-identifier': {
    nl: 'Regel {line}: geen e-mailadres en geen registernummer.',
    en: 'Line {line}: no e-mail address and no register number.',
  },
  'invalid-email': {
    nl: 'Regel {line}: {value} is geen geldig e-mailadres.',
    en: 'Line {line}: {value} is not a valid e-mail address.',
  },
  'value-too-long': {
    nl: 'Regel {line}: de waarde is te lang.',
    en: 'Line {line}: the value is too long.',
  },
  duplicate: {
    nl: 'Regel {line}: {value} staat ook al op regel {firstLine}.',
    en: 'Line {line}: {value} is on line {firstLine} too.',
  },
  'unknown-email': {
    nl: 'Regel {line}: er is niemand met e-mailadres {value}.',
    en: 'Line {line}: there is nobody with e-mail address {value}.',
  },
  'unknown-register-number': {
    nl: 'Regel {line}: er is niemand met registernummer {value}.',
    en: 'Line {line}: there is nobody with register number {value}.',
  },
  'different-people': {
    nl: 'Regel {line}: het e-mailadres en het registernummer horen bij verschillende mensen.',
    en: 'Line {line}: the e-mail address and the register number belong to different people.',
  },
  'same-person': {
    nl: 'Regel {line}: dezelfde persoon als op regel {firstLine}.',
    en: 'Line {line}: the same person as on line {firstLine}.',
  },
} as const;
