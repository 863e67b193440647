import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

/** One failed check of a request part, as the error handler receives it in `error.validation`. */
export interface ValidationFailure {
  instancePath: string;
  keyword: string;
  message: string;
  /** the zod issue itself, with the rejected input, so the message can be re-worded per language */
  params: { issue: z.core.$ZodIssue };
}

/**
 * Validates a request part with its zod schema. Unlike the type provider's own compiler it keeps each
 * issue's input, which zod's Dutch and English messages need to say what was received.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const failures: ValidationFailure[] = result.error.issues.map((issue) => ({
      instancePath: `/${issue.path.join('/')}`,
      keyword: issue.code,
      message: issue.message,
      params: { issue },
    }));
    return { error: failures as unknown as Error };
  };

export function isValidationFailureList(value: unknown): value is ValidationFailure[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    typeof value[0] === 'object' &&
    value[0] !== null &&
    'params' in value[0] &&
    typeof (value[0] as ValidationFailure).params?.issue === 'object'
  );
}
