// What the bell and the list show, apart from React.

/** The pages of the web app a message's record is on; a kind of record without a page gets no link. */
const RECORD_PAGES = {
  attendance: () => ({ to: '/register' }) as const,
  'audit-review': () => ({ to: '/register/audits' }) as const,
  trajectory: (trajectoryId: string) =>
    ({ to: '/trajectories/$trajectoryId', params: { trajectoryId } }) as const,
} as const;

export type RecordPage = ReturnType<(typeof RECORD_PAGES)[keyof typeof RECORD_PAGES]>;

/** Where a message about record `entityId` of type `entityType` links to, as a router location. */
export function recordPage(entityType: string, entityId: string): RecordPage | null {
  return Object.hasOwn(RECORD_PAGES, entityType)
    ? RECORD_PAGES[entityType as keyof typeof RECORD_PAGES](entityId)
    : null;
}

/** The number on the bell: exact up to 99, which is as many as fit. */
export function badgeText(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > 99 ? '99+' : String(unread);
}
