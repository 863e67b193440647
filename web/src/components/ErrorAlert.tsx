import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** Shows an API error's message, which the server already wrote in the user's language. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t('errors.unexpected');
  return (
    <Alert color="red" title={title ?? t('errors.title')} icon={<IconAlertCircle aria-hidden />}>
      {message}
    </Alert>
  );
}
