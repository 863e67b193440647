import { z } from 'zod';

/** Search parameters of the samples page: the institution chosen, so going back or reloading keeps it. */
export const DrawsSearch = z.object({
  institution: z.uuid().optional().catch(undefined),
});
