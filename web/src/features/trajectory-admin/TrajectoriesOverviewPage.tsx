import {
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type TrajectoryState, trajectoryStates } from '../../../../contracts/trajectories.js';
import type { TrajectorySummary } from '../../../../contracts/trajectories-api.js';
import { meQuery } from '../../api/identity';
import { downloadOverview, trajectoriesApi, trajectoryKeys } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, formatMoment } from '../policies/dates';
import { TrajectoryStateBadge } from '../trajectories/TrajectoryStateBadge';
import { InstitutionChoice } from './InstitutionChoice';
import { coordinatedInstitutions, stateCounts } from './scope';

const route = getRouteApi('/_authenticated/trajectories-overview');

/** The status of every trajectory of an institution the coordinator covers, with counts per state. */
export function TrajectoriesOverviewPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { data: me } = useSuspenseQuery(meQuery);
  const choices = coordinatedInstitutions(me.roles, { wholeOnly: false });
  const institution = choices.find((choice) => choice.id === search.institution) ?? choices[0];
  const go = (next: { institution?: string; state?: TrajectoryState }) =>
    void navigate({ to: '/trajectories-overview', search: next });

  return (
    <>
      <PageHeader
        title={t('trajectoryAdmin.overview.title')}
        description={t('trajectoryAdmin.overview.intro')}
      />
      {!institution ? (
        <Text>{t('trajectoryAdmin.noInstitutions')}</Text>
      ) : (
        <Stack gap="lg">
          <Group align="flex-end" gap="md">
            <InstitutionChoice
              choices={choices}
              value={institution.id}
              onChange={(id) => go({ institution: id })}
            />
            <Select
              label={t('trajectoryAdmin.overview.stateFilter')}
              data={[
                { value: 'all', label: t('trajectoryAdmin.overview.allStates') },
                ...trajectoryStates.map((state) => ({
                  value: state,
                  label: t(`trajectories.state.${state}`),
                })),
              ]}
              value={search.state ?? 'all'}
              onChange={(value) =>
                go({
                  institution: institution.id,
                  state: value && value !== 'all' ? (value as TrajectoryState) : undefined,
                })
              }
              allowDeselect={false}
              w={{ base: '100%', sm: 280 }}
            />
          </Group>
          <Overview
            institutionId={institution.id}
            state={search.state}
            onState={(state) => go({ institution: institution.id, state })}
          />
        </Stack>
      )}
    </>
  );
}

function Overview({
  institutionId,
  state,
  onState,
}: {
  institutionId: string;
  state: TrajectoryState | undefined;
  onState: (state: TrajectoryState | undefined) => void;
}) {
  const { t } = useTranslation();
  // the counts cover every state whatever the filter; the list follows it
  const overview = useQuery({
    queryKey: trajectoryKeys.overview(institutionId, state),
    queryFn: () => trajectoriesApi.overview(institutionId, state),
    placeholderData: keepPreviousData,
  });
  const download = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => downloadOverview(institutionId, state, format),
  });
  if (overview.isPending) return <Loader aria-label={t('common.loading')} />;
  if (overview.isError) return <ErrorAlert error={overview.error} />;
  const { items } = overview.data;
  const counts = stateCounts(overview.data.counts);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const countsTitle = t('trajectoryAdmin.overview.counts');
  return (
    <Stack gap="lg" aria-busy={overview.isPlaceholderData}>
      <section aria-label={countsTitle}>
        <Title order={2} size="h3" mb="sm">
          {countsTitle}
        </Title>
        {total === 0 ? (
          <Text>{t('trajectoryAdmin.overview.none')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm">
            <CountCard
              label={t('trajectoryAdmin.overview.total')}
              count={total}
              active={state === undefined}
              onClick={() => onState(undefined)}
            />
            {counts.map((c) => (
              <CountCard
                key={c.state}
                label={t(`trajectories.state.${c.state}`)}
                count={c.count}
                active={state === c.state}
                onClick={() => onState(c.state)}
              />
            ))}
          </SimpleGrid>
        )}
      </section>
      {total > 0 && (
        <section aria-label={t('trajectoryAdmin.overview.list')}>
          <Group justify="space-between" align="center" mb="sm">
            <Title order={2} size="h3">
              {t('trajectoryAdmin.overview.list')}
            </Title>
            <Group gap="sm">
              {(['csv', 'xlsx'] as const).map((format) => (
                <Button
                  key={format}
                  variant="default"
                  leftSection={<IconDownload size={18} aria-hidden />}
                  loading={download.isPending && download.variables === format}
                  onClick={() => download.mutate(format)}
                >
                  {t(`trajectoryAdmin.overview.download.${format}`)}
                </Button>
              ))}
            </Group>
          </Group>
          <ErrorAlert error={download.error} />
          {items.length === 0 ? (
            <Text>{t('trajectoryAdmin.overview.noneInState')}</Text>
          ) : (
            <TrajectoryTable items={items} />
          )}
        </section>
      )}
    </Stack>
  );
}

function CountCard({
  label,
  count,
  active,
  onClick,
}: {
  label: string;
  count: number;
  active: boolean;
  onClick: () => void;
}) {
  return (
    <UnstyledButton onClick={onClick} aria-pressed={active}>
      <Card withBorder radius="md" p="sm" bg={active ? 'dossier.0' : 'white'} h="100%">
        <Text size="xl" fw={700}>
          {count}
        </Text>
        <Text size="sm">{label}</Text>
      </Card>
    </UnstyledButton>
  );
}

function TrajectoryTable({ items }: { items: readonly TrajectorySummary[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const caption = t('trajectoryAdmin.overview.list');
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trajectoryAdmin.overview.column.teacher')}</Table.Th>
            <Table.Th scope="col">{t('trajectoryAdmin.overview.column.qualification')}</Table.Th>
            <Table.Th scope="col">{t('trajectoryAdmin.overview.column.state')}</Table.Th>
            <Table.Th scope="col">{t('trajectoryAdmin.overview.column.adviser')}</Table.Th>
            <Table.Th scope="col">{t('trajectoryAdmin.overview.column.expectedWeek')}</Table.Th>
            <Table.Th scope="col">{t('trajectoryAdmin.overview.column.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw="normal">
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/trajectories/$trajectoryId" params={{ trajectoryId: item.id }} />
                  )}
                  fw={600}
                >
                  {item.teacher.displayName}
                </Anchor>
              </Table.Th>
              <Table.Td>{item.qualification ?? item.requestedQualification ?? t('common.none')}</Table.Td>
              <Table.Td>
                <TrajectoryStateBadge state={item.state} />
              </Table.Td>
              <Table.Td>{item.adviser?.displayName ?? t('common.none')}</Table.Td>
              <Table.Td>
                {item.expectedAssessmentWeek
                  ? formatDay(item.expectedAssessmentWeek, language)
                  : t('common.none')}
              </Table.Td>
              <Table.Td>{formatMoment(item.updatedAt, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
