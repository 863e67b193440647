import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unreadNotificationsQuery } from '../../api/notifications';
import { badgeText } from './notifications';

/** The header's way to my messages: a link to the list, its name saying how many are unread. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(unreadNotificationsQuery);
  const unread = data?.unread ?? 0;
  const badge = badgeText(unread);
  return (
    <Indicator label={badge} disabled={!badge} size={18} offset={4} color="red.8" inline>
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        color="gray.8"
        size="lg"
        radius="xl"
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
      >
        <IconBell size={22} stroke={1.6} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
