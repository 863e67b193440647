import { queryOptions } from '@tanstack/react-query';
import { Notification, NotificationList } from '../../../contracts/notifications.js';
import { request } from './client';

const mine = '/api/v1/me/notifications';

export const notificationsApi = {
  list: (unreadOnly: boolean) =>
    request(mine, NotificationList, { query: unreadOnly ? { unread: 'true' } : undefined }),
  markRead: (id: string) => request(`${mine}/${id}/read`, Notification, { method: 'POST' }),
};

export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'all'] as const,
  unread: ['notifications', 'unread'] as const,
};

/** How often the bell asks for news; TanStack Query skips it while the tab is hidden. */
export const UNREAD_POLL_MS = 60_000;

export const notificationsQuery = queryOptions({
  queryKey: notificationKeys.list,
  queryFn: () => notificationsApi.list(false),
});

export const unreadNotificationsQuery = queryOptions({
  queryKey: notificationKeys.unread,
  queryFn: () => notificationsApi.list(true),
  refetchInterval: UNREAD_POLL_MS,
});
