import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../../contracts/notifications.js';
import { notificationKeys, notificationsApi, notificationsQuery } from '../../api/notifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment } from '../policies/dates';
import { recordPage } from './notifications';

/** My messages, newest first: what happened, when, where to see it, and marking it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useQuery(notificationsQuery);
  return (
    <>
      <PageHeader title={t('notifications.title')} description={t('notifications.intro')} />
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={list.error} />
      {list.data &&
        (list.data.items.length === 0 ? (
          <Text>{t('notifications.none')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((item) => (
              <NotificationItem key={item.id} item={item} />
            ))}
          </Stack>
        ))}
    </>
  );
}

function NotificationItem({ item }: { item: Notification }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const cardRef = useRef<HTMLDivElement>(null);
  const markRead = useMutation({
    mutationFn: () => notificationsApi.markRead(item.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      // the button is gone: keep the reader at this message rather than at the top of the page
      cardRef.current?.focus();
    },
  });
  const unread = item.readAt === null;
  const page = recordPage(item.entityType, item.entityId);
  const messageId = `notification-${item.id}`;
  return (
    <li>
      <Card ref={cardRef} tabIndex={-1} withBorder radius="md" p="md" bg={unread ? 'white' : 'gray.0'}>
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {unread && (
              <Badge color="dossier" variant="light" style={{ flexShrink: 0 }}>
                {t('notifications.new')}
              </Badge>
            )}
            <Text id={messageId} fw={unread ? 600 : 400}>
              {item.message}
            </Text>
          </Group>
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" component="time" dateTime={item.createdAt}>
              {formatMoment(item.createdAt, currentLanguage())}
            </Text>
            <Group gap="sm">
              {page && (
                <Anchor
                  renderRoot={(props) => <Link {...page} {...props} />}
                  size="sm"
                  aria-describedby={messageId}
                >
                  {t('notifications.open')}
                </Anchor>
              )}
              {unread && (
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconCheck size={16} aria-hidden />}
                  loading={markRead.isPending}
                  onClick={() => markRead.mutate()}
                  aria-describedby={messageId}
                >
                  {t('notifications.markRead')}
                </Button>
              )}
            </Group>
          </Group>
          <ErrorAlert error={markRead.error} />
        </Stack>
      </Card>
    </li>
  );
}
