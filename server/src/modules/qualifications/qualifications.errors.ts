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
});

export const qualificationsError = errorFactory(qualificationsErrors);
