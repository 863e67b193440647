import { Alert, Anchor, Button, Grid, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PortfolioView, TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { ApiError } from '../../api/client';
import { meQuery } from '../../api/identity';
import { portfolioQuery, trajectoriesApi, trajectoryKeys, trajectoryQuery } from '../../api/trajectories';
import { AccessDeniedError, NotFound, RouteError } from '../../app/RouteStatus';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { TrajectoryStateBadge } from '../trajectories/TrajectoryStateBadge';
import { ChecklistCard } from './ChecklistCard';
import { CvEditor } from './CvEditor';
import { EvidencePanel } from './EvidencePanel';
import { HandInPanel } from './HandInPanel';
import { readOnlyReason } from './handIn';
import { SectionsPanel } from './SectionsPanel';

const route = getRouteApi('/_authenticated/trajectories/$trajectoryId/portfolio');

/** What the API says of a portfolio this person may not open, shown as the app shows such pages. */
function Refused({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 403)
    return <RouteError error={new AccessDeniedError()} />;
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  return <RouteError error={error} />;
}

/**
 * The teacher's portfolio by template (R-UMCU-PF-1): teaching CV, written sections with linked evidence, the
 * evidence, a live checklist, and the hand-in (R-UMCU-SUB-1, -2). The adviser reads it here too.
 */
export function PortfolioPage() {
  const { t } = useTranslation();
  const { trajectoryId } = route.useParams();
  const { data: me } = useSuspenseQuery(meQuery);
  const portfolio = useQuery(portfolioQuery(trajectoryId));
  const trajectory = useQuery(trajectoryQuery(trajectoryId));
  if (portfolio.isError) return <Refused error={portfolio.error} />;
  if (trajectory.isError) return <Refused error={trajectory.error} />;
  if (portfolio.isPending || trajectory.isPending) return <Loader aria-label={t('common.loading')} />;
  return (
    <Portfolio
      view={portfolio.data}
      trajectory={trajectory.data}
      isTeacher={trajectory.data.teacher.id === me.person.id}
    />
  );
}

function Portfolio({
  view,
  trajectory,
  isTeacher,
}: {
  view: PortfolioView;
  trajectory: TrajectoryDetail;
  isTeacher: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const reason = readOnlyReason(trajectory.state, view.editable, isTeacher);
  const readOnly = reason !== null;
  const revise = useMutation({
    mutationFn: () => trajectoriesApi.revise(view.trajectoryId),
    onSuccess: async () => {
      notifySuccess(t('portfolio.revising'));
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.all });
    },
  });
  const cvSection = view.template.sections.find((section) => section.kind === 'teaching-cv');
  const title = t('portfolio.title', { qualification: view.qualification });

  return (
    <>
      <PageHeader title={title} description={view.template.title[language]}>
        <TrajectoryStateBadge state={trajectory.state} />
      </PageHeader>
      <Stack gap="lg">
        <Anchor
          renderRoot={(props) => (
            <Link {...props} to="/trajectories/$trajectoryId" params={{ trajectoryId: view.trajectoryId }} />
          )}
        >
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('portfolio.back')}
          </Group>
        </Anchor>
        {reason && (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title={t('portfolio.readOnly.title')}>
            <Text size="sm">
              {t(`portfolio.readOnly.${reason}`, { name: trajectory.teacher.displayName })}
            </Text>
          </Alert>
        )}
        {isTeacher && trajectory.events.includes('start-revising') && (
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('portfolio.reviseHelp')}</Text>
            <Button
              leftSection={<IconPencil size={18} aria-hidden />}
              loading={revise.isPending}
              onClick={() => revise.mutate()}
            >
              {t('portfolio.revise')}
            </Button>
            <ErrorAlert error={revise.error} />
          </Stack>
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Tabs defaultValue="cv" keepMounted>
              <Tabs.List>
                <Tabs.Tab value="cv">{cvSection?.title[language] ?? t('portfolio.tabs.cv')}</Tabs.Tab>
                <Tabs.Tab value="sections">{t('portfolio.tabs.sections')}</Tabs.Tab>
                <Tabs.Tab value="evidence">
                  {t('portfolio.tabs.evidence', { count: view.content.evidence.length })}
                </Tabs.Tab>
                <Tabs.Tab value="hand-in">{t('portfolio.tabs.handIn')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="cv" pt="md">
                <Stack gap="sm">
                  <Title order={2}>{cvSection?.title[language] ?? t('portfolio.tabs.cv')}</Title>
                  {cvSection && (
                    <Text size="sm" c="dimmed">
                      {cvSection.guidance[language]}
                    </Text>
                  )}
                  <CvEditor view={view} readOnly={readOnly} />
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="sections" pt="md">
                <Stack gap="sm">
                  <Title order={2}>{t('portfolio.tabs.sections')}</Title>
                  <SectionsPanel view={view} readOnly={readOnly} />
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="evidence" pt="md">
                <Stack gap="sm">
                  <Title order={2}>{t('portfolio.evidence.heading')}</Title>
                  <EvidencePanel view={view} readOnly={readOnly} />
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="hand-in" pt="md">
                <Stack gap="sm">
                  <Title order={2}>{t('portfolio.tabs.handIn')}</Title>
                  <HandInPanel view={view} trajectory={trajectory} isTeacher={isTeacher} />
                </Stack>
              </Tabs.Panel>
            </Tabs>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <ChecklistCard view={view} />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
