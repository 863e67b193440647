import { z } from 'zod';

/** Search parameters of the compare page: the two version numbers; absent, the page picks the latest two. */
export const CompareSearch = z.object({
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
});
