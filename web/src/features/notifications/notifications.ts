// What the bell and the list show, apart from React.

/** The pages of the web app a message's record is on; a kind of record without a page gets no link. */
const RECORD_PAGES = {
  attendance: '/register',
  'audit-review': '/register/audits',
} as const;

export type RecordPage = (typeof RECORD_PAGES)[keyof typeof RECORD_PAGES];

export function recordPage(entityType: string): RecordPage | null {
  return Object.hasOwn(RECORD_PAGES, entityType)
    ? RECORD_PAGES[entityType as keyof typeof RECORD_PAGES]
    : null;
}

/** The number on the bell: exact up to 99, which is as many as fit. */
export function badgeText(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > 99 ? '99+' : String(unread);
}
