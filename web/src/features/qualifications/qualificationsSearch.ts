import { z } from 'zod';

/** The institution whose profile or advice is open, so a link and a reload keep it. */
export const InstitutionSearch = z.object({ institution: z.uuid().optional().catch(undefined) });

/** Which profiles a line manager sees: those waiting for confirmation, or those confirmed. */
export const ConfirmSearch = z.object({
  confirmation: z.enum(['pending', 'confirmed']).catch('pending').default('pending'),
});
