import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../components/BrandMark';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SkipLink } from '../components/SkipLink';
import { currentLanguage } from '../i18n/i18n';

const MAIN_ID = 'main';

/** Frame of the pages before login (and of errors outside the app frame): name, language switch, page. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="public-page">
      <SkipLink targetId={MAIN_ID} />
      <Box component="header" py="md">
        <Container size="lg">
          <Group justify="space-between">
            <span className="brand">
              <BrandMark />
              {t('app.name')}
            </span>
            <LanguageSwitch
              value={currentLanguage()}
              onChange={(language) => void i18n.changeLanguage(language)}
            />
          </Group>
        </Container>
      </Box>
      <Box component="main" id={MAIN_ID} tabIndex={-1} py="xl" flex={1}>
        <Container size="lg">{children ?? <Outlet />}</Container>
      </Box>
      <Box component="footer" py="lg">
        <Container size="lg">
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
            <Anchor href="/api/docs" size="sm">
              {t('app.apiDocs')}
            </Anchor>
          </Group>
        </Container>
      </Box>
    </div>
  );
}
