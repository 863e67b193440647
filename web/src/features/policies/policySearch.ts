import { z } from 'zod';

/** Search parameters of the policy page: the policy and the version open, so a link or reload shows them. */
export const PolicySearch = z.object({
  policy: z.string().max(60).optional().catch(undefined),
  version: z.uuid().optional().catch(undefined),
});
