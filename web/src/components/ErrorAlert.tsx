import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

type ErrorAlertProps = { title?: string } & ({ error: unknown } | { message: string });

/** Shows an API error's message (the server already wrote it in the user's language), or a given message. */
export function ErrorAlert(props: ErrorAlertProps) {
  const { t } = useTranslation();
  let message: string;
  if ('message' in props) message = props.message;
  else if (!props.error) return null;
  else message = props.error instanceof ApiError ? props.error.message : t('errors.unexpected');
  return (
    <Alert color="red" title={props.title ?? t('errors.title')} icon={<IconAlertCircle aria-hidden />}>
      {message}
    </Alert>
  );
}
