import { Card, Group, List, Progress, RingProgress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PortfolioView } from '../../../../contracts/trajectories-api.js';
import { currentLanguage } from '../../i18n/i18n';
import { checklistInOrder, progressColor } from './handIn';

/** The template's requirements checked live against the working copy (R-UMCU-PF-1), refreshed by every save. */
export function ChecklistCard({ view }: { view: PortfolioView }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { checklist } = view;
  const sectionTitle = (id: string) =>
    view.template.sections.find((section) => section.id === id)?.title[language] ?? id;
  const color = progressColor(checklist.progress);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="portfolio-checklist">
      <Stack gap="md">
        <Title order={2} size="h3" id="portfolio-checklist">
          {t('portfolio.checklist.title')}
        </Title>
        <Group gap="md" wrap="nowrap">
          <RingProgress
            size={88}
            thickness={9}
            roundCaps
            sections={[{ value: checklist.progress, color }]}
            label={
              <Text ta="center" fw={700} size="sm">
                {`${checklist.progress}%`}
              </Text>
            }
          />
          <Stack gap={4} flex={1}>
            <Text size="sm" aria-live="polite">
              {t('portfolio.checklist.summary', { met: checklist.met, total: checklist.total })}
            </Text>
            <Progress
              value={checklist.progress}
              color={color}
              aria-label={t('portfolio.checklist.progress', { progress: checklist.progress })}
            />
            {checklist.complete && (
              <Text size="sm" c="teal.9">
                {t('portfolio.checklist.complete')}
              </Text>
            )}
          </Stack>
        </Group>
        <List spacing="sm" listStyleType="none" aria-label={t('portfolio.checklist.items')}>
          {checklistInOrder(checklist.items).map((item) => (
            <List.Item key={item.requirementId}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon
                  size="sm"
                  radius="xl"
                  color={item.met ? 'teal.9' : 'gray.7'}
                  variant={item.met ? 'filled' : 'light'}
                >
                  {item.met ? <IconCheck size={14} aria-hidden /> : <IconX size={14} aria-hidden />}
                </ThemeIcon>
                <Stack gap={0}>
                  <Text size="sm">
                    {item.label[language]}
                    <Text span size="sm" c="dimmed">
                      {` — ${t(item.met ? 'portfolio.checklist.met' : 'portfolio.checklist.notMet')}, ${t('portfolio.checklist.count', { have: item.have, need: item.need })}`}
                    </Text>
                  </Text>
                  {item.sectionsShort.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('portfolio.checklist.short', {
                        sections: item.sectionsShort.map(sectionTitle).join(', '),
                      })}
                    </Text>
                  )}
                </Stack>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
