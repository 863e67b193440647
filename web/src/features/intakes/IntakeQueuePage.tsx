import { Anchor, Group, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { intakeQueueQuery } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatMoment } from '../policies/dates';
import { TrajectoryStateBadge } from '../trajectories/TrajectoryStateBadge';
import { AdviserScope } from './AdviserScope';

const route = getRouteApi('/_authenticated/intakes');

/** The intake requests and planned intakes an adviser may take up (R-UMCU-ROUTE-1), oldest first. */
export function IntakeQueuePage() {
  const { t } = useTranslation();
  const { institution } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <>
      <PageHeader title={t('intakes.queue.title')} description={t('intakes.queue.intro')} />
      <AdviserScope chosen={institution} onChoose={(id) => void navigate({ search: { institution: id } })}>
        {(chosen) => <Queue institutionId={chosen.id} />}
      </AdviserScope>
    </>
  );
}

function Queue({ institutionId }: { institutionId: string }) {
  const { t, i18n } = useTranslation();
  const queue = useQuery(intakeQueueQuery(institutionId));
  if (queue.isPending) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('common.loading')}</Text>
      </Group>
    );
  }
  if (queue.isError) return <ErrorAlert error={queue.error} />;
  if (queue.data.items.length === 0) return <Text>{t('intakes.queue.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('intakes.queue.teacher')}</Table.Th>
            <Table.Th scope="col">{t('intakes.queue.qualification')}</Table.Th>
            <Table.Th scope="col">{t('intakes.queue.from')}</Table.Th>
            <Table.Th scope="col">{t('intakes.queue.message')}</Table.Th>
            <Table.Th scope="col">{t('intakes.queue.requestedAt')}</Table.Th>
            <Table.Th scope="col">{t('intakes.queue.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {queue.data.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/intakes/$trajectoryId" params={{ trajectoryId: item.id }} />
                  )}
                >
                  {item.teacher.displayName}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.requestedQualification ?? t('intakes.queue.noQualification')}</Table.Td>
              <Table.Td>{t(`intakes.from.${item.request.from}`)}</Table.Td>
              <Table.Td maw={320}>
                <Text size="sm" lineClamp={3}>
                  {item.request.message || t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>{formatMoment(item.createdAt, i18n.language)}</Table.Td>
              <Table.Td>
                <TrajectoryStateBadge state={item.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
