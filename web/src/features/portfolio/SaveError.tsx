import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortfolioView } from '../../../../contracts/trajectories-api.js';
import { ApiError } from '../../api/client';
import { portfolioQuery } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isStale } from './savePortfolio';

interface SaveErrorProps {
  trajectoryId: string;
  error: unknown;
  /** the portfolio as read again: what was typed here is replaced by what was saved */
  onReloaded: (view: PortfolioView) => void;
}

/** A save's error; for a save refused because someone saved meanwhile, the server's message and a reload. */
export function SaveError({ trajectoryId, error, onReloaded }: SaveErrorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reloading, setReloading] = useState(false);
  if (!isStale(error) || !(error instanceof ApiError)) return <ErrorAlert error={error} />;
  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.invalidateQueries({ queryKey: portfolioQuery(trajectoryId).queryKey });
      onReloaded(await queryClient.fetchQuery(portfolioQuery(trajectoryId)));
    } finally {
      setReloading(false);
    }
  };
  return (
    <Alert color="orange" title={t('portfolio.stale.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{error.message}</Text>
        <Button
          size="xs"
          variant="default"
          loading={reloading}
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={reload}
        >
          {t('portfolio.stale.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
