import { Anchor, Badge, Button, Card, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderActivity } from '../../../../contracts/register-providers.js';
import { meQuery } from '../../api/identity';
import { registerCatalogueQuery } from '../../api/register';
import { providerActivitiesQuery } from '../../api/register-admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { kindLabel } from '../register/activityForm';
import { formatRU } from '../register/format';
import { PublishDialog } from './PublishDialog';

/** A provider's validated activities (R-REG-EVID-1): publish one, open one to register its attendance. */
export function ProviderPage() {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  // One person may act for several providers; each role names the provider (an institution).
  const providers = [
    ...new Map(
      me.roles.flatMap((r) =>
        r.role === 'provider' && r.institution ? [[r.institution.id, r.institution]] : [],
      ),
    ).values(),
  ];
  const [chosen, setChosen] = useState<string | null>(null);
  const provider = providers.find((p) => p.id === chosen) ?? providers[0];

  return (
    <>
      <PageHeader title={t('providers.title')} description={t('providers.intro')} />
      {provider ? (
        <Stack gap="lg">
          {providers.length > 1 && (
            <Select
              label={t('providers.provider')}
              data={providers.map((p) => ({ value: p.id, label: p.name }))}
              value={provider.id}
              onChange={setChosen}
              allowDeselect={false}
              w={320}
            />
          )}
          <Activities providerId={provider.id} providerName={provider.name} />
        </Stack>
      ) : (
        <Text>{t('providers.noProvider')}</Text>
      )}
    </>
  );
}

function Activities({ providerId, providerName }: { providerId: string; providerName: string }) {
  const { t } = useTranslation();
  const activities = useQuery(providerActivitiesQuery(providerId));
  const [publishing, setPublishing] = useState(false);
  const title = t('providers.activities', { provider: providerName });
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setPublishing(true)}>
            {t('providers.publish.open')}
          </Button>
        </Group>
        {activities.isPending && <Loader aria-label={t('common.loading')} />}
        <ErrorAlert error={activities.error} />
        {activities.data &&
          (activities.data.items.length === 0 ? (
            <Text>{t('providers.none')}</Text>
          ) : (
            <ActivityTable items={activities.data.items} caption={title} />
          ))}
      </Stack>
      <PublishDialog providerId={providerId} opened={publishing} onClose={() => setPublishing(false)} />
    </Card>
  );
}

function ActivityTable({ items, caption }: { items: ProviderActivity[]; caption: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const catalogue = useQuery(registerCatalogueQuery);
  const kinds = new Map(catalogue.data?.kinds.map((entry) => [entry.kind, kindLabel(entry, language)]));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('providers.column.number')}</Table.Th>
            <Table.Th scope="col">{t('providers.column.activity')}</Table.Th>
            <Table.Th scope="col">{t('providers.column.date')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('providers.column.recognisedRU')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('providers.column.attendances')}
            </Table.Th>
            <Table.Th scope="col">{t('providers.column.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((activity) => (
            <Table.Tr key={activity.id}>
              <Table.Td>{activity.number}</Table.Td>
              <Table.Th scope="row" fw="normal">
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/provider/$activityId" params={{ activityId: activity.id }} />
                  )}
                  fw={600}
                >
                  {activity.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {kinds.get(activity.kind) ?? activity.kind} · {t(`register.content.${activity.content}`)}
                </Text>
              </Table.Th>
              <Table.Td>
                <ActivityDates activity={activity} />
              </Table.Td>
              <Table.Td ta="right">{formatRU(activity.recognisedRU, language)}</Table.Td>
              <Table.Td ta="right">{activity.attendances}</Table.Td>
              <Table.Td>
                <ActivityState activity={activity} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ActivityDates({ activity }: { activity: Pick<ProviderActivity, 'startDate' | 'date'> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return activity.startDate && activity.startDate !== activity.date
    ? t('providers.dateRange', {
        from: formatDay(activity.startDate, language),
        to: formatDay(activity.date, language),
      })
    : formatDay(activity.date, language);
}

export function ActivityState({ activity }: { activity: Pick<ProviderActivity, 'withdrawnAt'> }) {
  const { t } = useTranslation();
  return activity.withdrawnAt ? (
    <Badge color="gray.7" tt="none">
      {t('providers.state.withdrawn')}
    </Badge>
  ) : (
    <Badge color="teal.9" tt="none">
      {t('providers.state.published')}
    </Badge>
  );
}
