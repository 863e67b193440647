import { z } from 'zod';

/** Languages of the interface; Dutch is the default. */
export const languages = ['nl', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

export const Uuid = z.uuid();
export const IsoDate = z.iso.date();

/** The one error shape every endpoint answers with. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Cursor paging: `next` is opaque and absent on the last page. */
export const PageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.string().nullable() });

export const Health = z.object({ status: z.literal('ok') });

/** Name of the CSRF cookie and header (double-submit). */
export const CSRF_COOKIE = 'dd_csrf';
export const CSRF_HEADER = 'x-csrf-token';
