import { z } from 'zod';

export const adminTabs = ['people', 'institutions'] as const;
export type AdminTab = (typeof adminTabs)[number];

/** Search parameters of the administration page: the open tab, so it survives a reload. */
export const AdminSearch = z.object({ tab: z.enum(adminTabs).catch('people').default('people') });
