import { z } from 'zod';

/** Search parameters of the progress page: another period end than the one in the settings, kept in links. */
export const ProgressSearch = z.object({
  periodEnd: z.iso.date().optional().catch(undefined),
});
