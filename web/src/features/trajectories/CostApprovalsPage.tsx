import { Card, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { costApprovalsQuery } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from './parts';
import { TrajectoryCards } from './TrajectoryCards';

/** The line manager's costs to approve (R-UMCU-COST-1); the decision itself is on the trajectory page. */
export function CostApprovalsPage() {
  const { t } = useTranslation();
  const approvals = useQuery(costApprovalsQuery);
  return (
    <>
      <PageHeader title={t('trajectories.approvals.title')} description={t('trajectories.approvals.intro')} />
      {approvals.isPending && <Loading />}
      <ErrorAlert error={approvals.error} />
      {approvals.data &&
        (approvals.data.items.length === 0 ? (
          <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} maw={720}>
            <Text>{t('trajectories.approvals.empty')}</Text>
          </Card>
        ) : (
          <TrajectoryCards items={approvals.data.items} withTeacher />
        ))}
    </>
  );
}
