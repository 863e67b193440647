import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TrajectorySummary } from '../../../../contracts/trajectories-api.js';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { TrajectoryStateBadge } from './TrajectoryStateBadge';

/** A trajectory's name: its qualification, the one asked about, or "an intake" before either is known. */
export function useTrajectoryTitle() {
  const { t } = useTranslation();
  return (trajectory: Pick<TrajectorySummary, 'qualification' | 'requestedQualification'>) => {
    const code = trajectory.qualification ?? trajectory.requestedQualification;
    return code ? t('trajectories.titleOf', { code }) : t('trajectories.titleNone');
  };
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}

/** Trajectories as cards that open the trajectory page; `withTeacher` for those who see others' trajectories. */
export function TrajectoryCards({
  items,
  withTeacher = false,
}: {
  items: readonly TrajectorySummary[];
  withTeacher?: boolean;
}) {
  const { t } = useTranslation();
  const titleOf = useTrajectoryTitle();
  const language = currentLanguage();
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      spacing="md"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {items.map((item) => (
        <Card key={item.id} withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="li">
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start" gap="xs">
              <Title order={2} size="h4">
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/trajectories/$trajectoryId" params={{ trajectoryId: item.id }} {...props} />
                  )}
                >
                  {withTeacher ? `${item.teacher.displayName} – ${titleOf(item)}` : titleOf(item)}
                </Anchor>
              </Title>
              <TrajectoryStateBadge state={item.state} />
            </Group>
            <Fact label={t('trajectories.field.institution')} value={item.institution.name} />
            <Fact
              label={t('trajectories.field.adviser')}
              value={item.adviser?.displayName ?? t('trajectories.field.adviserNone')}
            />
            <Fact
              label={t('trajectories.field.expectedWeek')}
              value={
                item.expectedAssessmentWeek
                  ? formatDay(item.expectedAssessmentWeek, language)
                  : t('trajectories.field.notYet')
              }
            />
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
