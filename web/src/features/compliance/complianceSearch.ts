import { z } from 'zod';

/** Search parameters of the compliance page: the institution and unit chosen, so a link or reload keeps them. */
export const ComplianceSearch = z.object({
  institution: z.uuid().optional().catch(undefined),
  unit: z.uuid().optional().catch(undefined),
});
