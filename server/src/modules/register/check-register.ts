import type { Language } from '../../../../contracts/common.js';
import type { RegisterCheck, RegisterCheckRequest } from '../../../../contracts/register.js';
import { format } from '../../platform/i18n/language.js';
import { countRegister } from './domain/hours.js';
import { presentCheck } from './present.js';
import { registerError, registerErrors } from './register.errors.js';

export interface CheckRegisterOptions extends RegisterCheckRequest {
  language: Language;
}

/**
 * Counts the register hours of a list of activities and checks them against the re-registration norm.
 * Public and stateless: nothing is read or stored, so nothing to authorize and nothing to audit.
 */
export function checkRegister(opts: CheckRegisterOptions): RegisterCheck {
  const { language, ...request } = opts;
  const seen = new Set<string>();
  request.activities.forEach(({ id }, index) => {
    if (!seen.has(id)) {
      seen.add(id);
      return;
    }
    const params = { field: `body.activities.${index}.id`, id };
    const message = format(registerErrors.REGISTER_DUPLICATE_ACTIVITY_ID.message[language], params);
    // Details shaped like a validation failure's, so a caller handles both alike.
    throw registerError('REGISTER_DUPLICATE_ACTIVITY_ID', params, {
      issues: [{ field: params.field, message }],
    });
  });
  return presentCheck(countRegister(request));
}
