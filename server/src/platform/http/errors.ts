import type { FastifyError, FastifyInstance } from 'fastify';
import type { Language } from '../../../../contracts/common.js';
import { format, languageOf, type Messages } from '../i18n/language.js';
import { zodMessage } from '../i18n/zod-messages.js';
import { isValidationFailureList, type ValidationFailure } from './validation.js';

/** What went wrong, in kinds; the only place that turns a kind into an HTTP status. */
const statusOfKind = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  unsupported: 415,
  'rate-limited': 429,
  unavailable: 503,
  internal: 500,
} as const;
export type ErrorKind = keyof typeof statusOfKind;

export interface ErrorDefinition {
  kind: ErrorKind;
  /** Message templates per language; `{name}` placeholders come from the error's params. */
  message: Messages;
}

/** Each module declares its codes with `defineErrors`, so every code has a kind and a message in both languages. */
export function defineErrors<const T extends Record<string, ErrorDefinition>>(defs: T): T {
  return defs;
}

export class AppError extends Error {
  constructor(
    readonly definition: ErrorDefinition & { code: string },
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(definition.code);
    this.name = 'AppError';
  }
  get status(): number {
    return statusOfKind[this.definition.kind];
  }
  messageIn(language: Language): string {
    return format(this.definition.message[language], this.params);
  }
}

/** Builds the error thrower of a module: `fail('PERSON_NOT_FOUND', {…})`. */
export function errorFactory<T extends Record<string, ErrorDefinition>>(defs: T) {
  return (code: keyof T & string, params?: Record<string, string | number>, details?: unknown) => {
    const definition = defs[code] as ErrorDefinition;
    return new AppError({ code, ...definition }, params, details);
  };
}

export const platformErrors = defineErrors({
  VALIDATION_FAILED: {
    kind: 'invalid',
    message: { nl: 'Ongeldige invoer bij {fields}.', en: 'Invalid input for {fields}.' },
  },
  MALFORMED_REQUEST: {
    kind: 'invalid',
    message: { nl: 'Het verzoek kon niet worden gelezen.', en: 'The request could not be read.' },
  },
  NOT_FOUND: { kind: 'not-found', message: { nl: 'Niet gevonden.', en: 'Not found.' } },
  AUTH_REQUIRED: {
    kind: 'unauthenticated',
    message: { nl: 'Log in om verder te gaan.', en: 'Please log in to continue.' },
  },
  FORBIDDEN: {
    kind: 'forbidden',
    message: { nl: 'Je hebt geen toegang tot dit onderdeel.', en: 'You do not have access to this.' },
  },
  CSRF_INVALID: {
    kind: 'forbidden',
    message: {
      nl: 'De beveiligingscode van dit verzoek ontbreekt of klopt niet. Laad de pagina opnieuw.',
      en: 'The security token of this request is missing or wrong. Please reload the page.',
    },
  },
  PAYLOAD_TOO_LARGE: {
    kind: 'too-large',
    message: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    kind: 'unsupported',
    message: { nl: 'Dit type inhoud wordt niet ondersteund.', en: 'This content type is not supported.' },
  },
  RATE_LIMITED: {
    kind: 'rate-limited',
    message: {
      nl: 'Te veel verzoeken. Probeer het later opnieuw.',
      en: 'Too many requests. Please try again later.',
    },
  },
  UNAVAILABLE: {
    kind: 'unavailable',
    message: {
      nl: 'De dienst is even niet beschikbaar. Probeer het zo opnieuw.',
      en: 'The service is briefly unavailable. Please try again shortly.',
    },
  },
  INTERNAL: {
    kind: 'internal',
    message: {
      nl: 'Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, neem dan contact op.',
      en: 'Something went wrong on our side. Please try again; if it keeps happening, contact us.',
    },
  },
});
export const platformError = errorFactory(platformErrors);

interface ValidationIssue {
  field: string;
  message: string;
}

/** Re-words the validator's issues in the request's language with zod's own Dutch and English messages. */
function localizeIssues(validation: ValidationFailure[], part: string | undefined, language: Language) {
  return validation.map(
    ({ params: { issue } }): ValidationIssue => ({
      field: [part ?? 'body', ...issue.path.map(String)].join('.'),
      message: zodMessage(issue, language),
    }),
  );
}

function fieldsOf(issues: ValidationIssue[]): string {
  return [...new Set(issues.map((i) => i.field))].join(', ');
}

/** Turns every error into the one error shape; never leaks a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const language = languageOf(request.headers['accept-language']);
    let appError: AppError;
    if (error instanceof AppError) {
      appError = error;
    } else if (isValidationFailureList(error.validation)) {
      const issues = localizeIssues(error.validation, error.validationContext, language);
      appError = platformError('VALIDATION_FAILED', { fields: fieldsOf(issues) }, { issues });
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      appError = platformError('PAYLOAD_TOO_LARGE');
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      appError = platformError('UNSUPPORTED_MEDIA_TYPE');
    } else if (error.statusCode === 429) {
      appError = platformError('RATE_LIMITED');
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors: unreadable JSON, empty body with a JSON content type, etc.
      appError = platformError('MALFORMED_REQUEST');
    } else {
      request.log.error({ err: error }, 'unhandled error');
      appError = platformError('INTERNAL');
    }
    const details = appError.details;
    return reply.status(appError.status).send({
      error: {
        code: appError.definition.code,
        message: appError.messageIn(language),
        ...(details === undefined ? {} : { details }),
      },
    });
  });
}
