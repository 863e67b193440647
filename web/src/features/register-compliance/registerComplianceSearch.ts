import { z } from 'zod';

/** Search parameters of the register compliance page: institution and unit, kept in links and on reload. */
export const RegisterComplianceSearch = z.object({
  institution: z.uuid().optional().catch(undefined),
  unit: z.uuid().optional().catch(undefined),
});
