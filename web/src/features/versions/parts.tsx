import { Anchor, Badge, Group, Loader, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackVerdict } from '../../../../contracts/trajectories.js';
import type { TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { portfolioQuery, trajectoryUrls } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLanguage } from '../../i18n/i18n';
import { pdfParts } from './versions';

/** The adviser's verdict (R-UMCU-FB-1), or that none was given yet; shades keep white text above 4.5:1. */
export function VerdictBadge({ verdict }: { verdict: FeedbackVerdict | null }) {
  const { t } = useTranslation();
  if (!verdict)
    return (
      <Badge color="gray.7" variant="outline" tt="none">
        {t('versions.verdict.none')}
      </Badge>
    );
  return (
    <Badge color={verdict === 'convincing' ? 'teal.9' : 'red.9'} tt="none">
      {t(`versions.verdict.${verdict}`)}
    </Badge>
  );
}

/** A version's files as stored at its hand-in, as plain links the browser downloads with the session. */
export function PdfLinks({ trajectory, number }: { trajectory: TrajectoryDetail; number: number }) {
  const { t } = useTranslation();
  return (
    <Group gap="md">
      {pdfParts(trajectory.qualification).map((part) => (
        <Anchor key={part} href={trajectoryUrls.versionPdf(trajectory.id, number, part)} size="sm">
          <Group gap={4} component="span" wrap="nowrap">
            <IconDownload size={16} aria-hidden />
            {t(`versions.pdf.${part}`, { number })}
          </Group>
        </Anchor>
      ))}
    </Group>
  );
}

/** Section titles from the portfolio's template, by section id; the id itself until it has loaded. */
export function useSectionTitles(trajectoryId: string): {
  order: string[];
  title: (sectionId: string) => string;
} {
  const portfolio = useQuery(portfolioQuery(trajectoryId));
  const language = currentLanguage();
  const sections = portfolio.data?.template.sections ?? [];
  return {
    order: sections.map((section) => section.id),
    title: (id) => sections.find((section) => section.id === id)?.title[language] ?? id,
  };
}

/** Loading or the first error of the queries a page needs, else the page. */
export function Loaded({
  queries,
  children,
}: {
  queries: { isPending: boolean; error: unknown }[];
  children: () => ReactNode;
}) {
  const { t } = useTranslation();
  const failed = queries.find((query) => query.error);
  if (failed)
    return (
      <Stack>
        <ErrorAlert error={failed.error} />
      </Stack>
    );
  if (queries.some((query) => query.isPending)) return <Loader aria-label={t('common.loading')} />;
  return <>{children()}</>;
}

/** "Portfolio of Tom Teacher · Basiskwalificatie Onderwijs" */
export function subtitle(t: TFunction, trajectory: TrajectoryDetail): string {
  const qualification = trajectory.qualification
    ? t(`advice.qualification.${trajectory.qualification}`)
    : t('common.none');
  return t('versions.list.of', { name: trajectory.teacher.displayName, qualification });
}
