import { Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  /** the browser tab's name when it differs from the heading */
  documentTitle?: string;
  description?: ReactNode;
  /** actions shown next to the title */
  children?: ReactNode;
}

/** The page's one h1, which also names the browser tab. */
export function PageHeader({ title, documentTitle, description, children }: PageHeaderProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { page: documentTitle ?? title });
  }, [t, title, documentTitle]);

  return (
    <Stack gap={4} mb="lg">
      <div className="page-header-row">
        <Title order={1}>{title}</Title>
        {children}
      </div>
      {description && <Text c="dimmed">{description}</Text>}
    </Stack>
  );
}
