import { defineErrors, errorFactory } from '../../platform/http/errors.js';

export const registerComplianceErrors = defineErrors({
  REGISTER_INSTITUTION_NOT_FOUND: {
    kind: 'not-found',
    message: { nl: 'Instelling niet gevonden.', en: 'Institution not found.' },
  },
  /** the unit asked for is not one of the institution's */
  REGISTER_UNIT_NOT_FOUND: {
    kind: 'not-found',
    message: {
      nl: 'Onderdeel niet gevonden bij deze instelling.',
      en: 'Unit not found at this institution.',
    },
  },
});

export const registerComplianceError = errorFactory(registerComplianceErrors);
