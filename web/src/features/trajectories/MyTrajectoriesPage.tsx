import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { myTrajectoriesQuery } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from './parts';
import { RequestIntake } from './RequestIntake';
import { TrajectoryCards } from './TrajectoryCards';

/** The teacher's trajectories towards a qualification, and the way to start one with an intake. */
export function MyTrajectoriesPage() {
  const { t } = useTranslation();
  const trajectories = useQuery(myTrajectoriesQuery);
  return (
    <>
      <PageHeader title={t('trajectories.mine.title')} description={t('trajectories.mine.intro')}>
        <RequestIntake from="dossier" />
      </PageHeader>
      {trajectories.isPending && <Loading />}
      <ErrorAlert error={trajectories.error} />
      {trajectories.data &&
        (trajectories.data.items.length === 0 ? (
          <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} maw={720}>
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t('trajectories.mine.emptyTitle')}
              </Title>
              <Text>{t('trajectories.mine.empty')}</Text>
            </Stack>
          </Card>
        ) : (
          <TrajectoryCards items={trajectories.data.items} />
        ))}
    </>
  );
}
