import { defineErrors, errorFactory } from '../../platform/http/errors.js';

export const registerErrors = defineErrors({
  /** two activities of one check share an id, so the answer could not say which is which */
  REGISTER_DUPLICATE_ACTIVITY_ID: {
    kind: 'invalid',
    message: {
      nl: 'Ongeldige invoer bij {field}: de id {id} komt al eerder voor.',
      en: 'Invalid input for {field}: the id {id} occurs earlier too.',
    },
  },
});

export const registerError = errorFactory(registerErrors);
