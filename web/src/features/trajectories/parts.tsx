import { Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { trajectoryKeys } from '../../api/trajectories';

// Small pieces the trajectory pages share.

export function Loading() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" />
      <Text>{t('common.loading')}</Text>
    </Group>
  );
}

/** A titled card of the trajectory page. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text fw={600} size="sm" style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Group>
  );
}

/** Puts the answer of an action in the cache, so the page shows the new state at once. */
export function useTrajectoryUpdate() {
  const queryClient = useQueryClient();
  return async (next: TrajectoryDetail) => {
    queryClient.setQueryData(trajectoryKeys.one(next.id), next);
    await queryClient.invalidateQueries({
      queryKey: trajectoryKeys.all,
      predicate: (query) => query.queryKey[1] !== 'one',
    });
  };
}
