import { Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryState } from '../../../../contracts/trajectories.js';
import { stepIndex, trajectorySteps } from './trajectoryStatus';

/**
 * The steps of the trajectory as an ordered list: done, current (aria-current) and to come. A plain list
 * rather than Mantine's Stepper, whose steps are buttons: nothing here is to be clicked.
 */
export function StatusSteps({ state }: { state: TrajectoryState }) {
  const { t } = useTranslation();
  const current = stepIndex(state);
  return (
    <Group
      component="ol"
      aria-label={t('trajectories.detail.steps')}
      gap="md"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {trajectorySteps.map((step, index) => {
        const done = current !== null && index < current;
        const now = index === current;
        return (
          <Group key={step} component="li" gap={6} wrap="nowrap" aria-current={now ? 'step' : undefined}>
            <ThemeIcon
              size={26}
              radius="xl"
              variant={done || now ? 'filled' : 'outline'}
              color={done ? 'teal.9' : now ? 'dossier.8' : 'gray.7'}
              aria-hidden
            >
              {done ? (
                <IconCheck size={16} />
              ) : (
                <Text size="xs" fw={700}>
                  {index + 1}
                </Text>
              )}
            </ThemeIcon>
            <Text size="sm" fw={now ? 700 : 400} c={current === null ? 'dimmed' : undefined}>
              {t(`trajectories.step.${step}`)}
              {done && <VisuallyHidden> ({t('trajectories.detail.stepDone')})</VisuallyHidden>}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}
