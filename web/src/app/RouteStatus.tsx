import { Button, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { PublicLayout } from './PublicLayout';

/** Thrown when a page is opened by a person whose roles do not include it (the nav hides it too). */
export class AccessDeniedError extends Error {
  constructor() {
    super('access denied');
    this.name = 'AccessDeniedError';
  }
}

function Notice({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <PageHeader title={title} />
      <Text>{text}</Text>
      <Button component={Link} to="/">
        {t('errors.backHome')}
      </Button>
    </Stack>
  );
}

export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof AccessDeniedError) {
    return <Notice title={t('errors.forbiddenTitle')} text={t('errors.forbiddenText')} />;
  }
  return (
    <Stack align="flex-start">
      <PageHeader title={t('errors.title')} />
      <ErrorAlert error={error} />
    </Stack>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return <Notice title={t('errors.notFoundTitle')} text={t('errors.notFoundText')} />;
}

// Outside the app frame (unknown address, or the frame itself failed to load) the page brings its own.
export function StandaloneRouteError({ error }: { error: unknown }) {
  return (
    <PublicLayout>
      <RouteError error={error} />
    </PublicLayout>
  );
}

export function StandaloneNotFound() {
  return (
    <PublicLayout>
      <NotFound />
    </PublicLayout>
  );
}
