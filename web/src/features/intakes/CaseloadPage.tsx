import { Anchor, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectorySummary } from '../../../../contracts/trajectories-api.js';
import { meQuery } from '../../api/identity';
import { trajectoriesApi, trajectoryKeys } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatMoment } from '../policies/dates';
import { TrajectoryStateBadge } from '../trajectories/TrajectoryStateBadge';
import { AdviserScope } from './AdviserScope';
import { type CaseloadGroup, caseloadGroups, groupCaseload } from './caseload';

const route = getRouteApi('/_authenticated/caseload');

/** The trajectories an adviser follows, by what waits for them: feedback on a draft, a final to check. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const { institution } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <>
      <PageHeader title={t('intakes.caseload.title')} description={t('intakes.caseload.intro')} />
      <AdviserScope chosen={institution} onChoose={(id) => void navigate({ search: { institution: id } })}>
        {(chosen) => <Caseload institutionId={chosen.id} />}
      </AdviserScope>
    </>
  );
}

function Caseload({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  const overview = useQuery({
    queryKey: trajectoryKeys.overview(institutionId),
    queryFn: () => trajectoriesApi.overview(institutionId),
  });
  if (overview.isPending) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('common.loading')}</Text>
      </Group>
    );
  }
  if (overview.isError) return <ErrorAlert error={overview.error} />;
  const groups = groupCaseload(overview.data.items, me.person.id);
  return (
    <Stack gap="xl" maw={1100}>
      {caseloadGroups.map((group) => (
        <CaseloadSection key={group} group={group} items={groups[group]} />
      ))}
    </Stack>
  );
}

function CaseloadSection({ group, items }: { group: CaseloadGroup; items: TrajectorySummary[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(`intakes.caseload.group.${group}`)} ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t(`intakes.caseload.none.${group}`)}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {items.map((item) => (
            <CaseCard key={item.id} item={item} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

function CaseCard({ item }: { item: TrajectorySummary }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <Card withBorder radius="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {item.teacher.displayName}
          </Title>
          <TrajectoryStateBadge state={item.state} />
        </Group>
        <Text size="sm">
          {t('intakes.caseload.qualification', { qualification: item.qualification ?? t('common.none') })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('intakes.caseload.since', { date: formatMoment(item.updatedAt, i18n.language) })}
        </Text>
        <Group gap="md">
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/trajectories/$trajectoryId/versions" params={{ trajectoryId: item.id }} />
            )}
            aria-describedby={headingId}
          >
            {t('intakes.caseload.versions')}
          </Anchor>
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/trajectories/$trajectoryId" params={{ trajectoryId: item.id }} />
            )}
            aria-describedby={headingId}
          >
            {t('intakes.caseload.open')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
