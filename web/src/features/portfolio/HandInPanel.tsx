import { Alert, Anchor, Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconFileTypePdf, IconLock, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  HandInInput,
  PortfolioView,
  TrajectoryDetail,
  VersionDetail,
} from '../../../../contracts/trajectories-api.js';
import {
  assessmentWeeksQuery,
  trajectoriesApi,
  trajectoryKeys,
  trajectoryUrls,
} from '../../api/trajectories';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, todayInAmsterdam } from '../policies/dates';
import { pdfParts, weeksOpenForDraft } from './handIn';

interface HandInPanelProps {
  view: PortfolioView;
  trajectory: TrajectoryDetail;
  isTeacher: boolean;
}

/**
 * The hand-in as PDF (R-UMCU-SUB-1, -2): a preview at any time, a draft (with an optional sign-up for an
 * assessment week, R-UMCU-ASM-3) and the final version, which locks the portfolio.
 */
export function HandInPanel({ view, trajectory, isTeacher }: HandInPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<'draft' | 'final' | null>(null);
  const [weekId, setWeekId] = useState<string | null>(null);
  const [handedIn, setHandedIn] = useState<VersionDetail | null>(null);
  const mayDraft = isTeacher && trajectory.events.includes('hand-in-draft');
  const mayFinal = isTeacher && trajectory.events.includes('hand-in-final');
  const handIn = useMutation({
    mutationFn: (input: HandInInput) => trajectoriesApi.handIn(view.trajectoryId, input),
    onSuccess: async (version) => {
      setConfirming(null);
      setHandedIn(version);
      notifySuccess(t(`portfolio.handIn.${version.kind}Done`, { number: version.number }));
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.all });
    },
  });

  return (
    <Stack gap="xl">
      {handedIn && (
        <Alert
          color="teal"
          icon={<IconCheck aria-hidden />}
          title={t('portfolio.handIn.doneTitle', { number: handedIn.number })}
        >
          <Stack gap={4}>
            <Text size="sm">{t(`portfolio.handIn.${handedIn.kind}DoneText`)}</Text>
            <Anchor
              renderRoot={(props) => (
                <Link
                  {...props}
                  to="/trajectories/$trajectoryId/versions/$number"
                  params={{ trajectoryId: view.trajectoryId, number: String(handedIn.number) }}
                />
              )}
            >
              {t('portfolio.handIn.openVersion', { number: handedIn.number })}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <Stack gap="sm" component="section" aria-labelledby="portfolio-preview">
        <Title order={3} id="portfolio-preview">
          {t('portfolio.handIn.previewTitle')}
        </Title>
        <Text size="sm">
          {t(view.qualification === 'UvO' ? 'portfolio.handIn.previewOne' : 'portfolio.handIn.previewTwo')}
        </Text>
        <List spacing="xs" listStyleType="none">
          {pdfParts(view.qualification).map((part) => (
            <List.Item key={part}>
              <Group gap="xs" wrap="nowrap">
                <IconFileTypePdf size={18} aria-hidden />
                <Anchor href={trajectoryUrls.preview(view.trajectoryId, part)} download>
                  {t(`portfolio.handIn.part.${part}`)}
                </Anchor>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
      {(mayDraft || mayFinal) && (
        <Stack gap="sm" component="section" aria-labelledby="portfolio-hand-in">
          <Title order={3} id="portfolio-hand-in">
            {t('portfolio.handIn.title')}
          </Title>
          {mayDraft && (
            <DraftControls
              institutionId={trajectory.institution.id}
              view={view}
              weekId={weekId}
              onWeek={setWeekId}
              onHandIn={() => {
                handIn.reset();
                setConfirming('draft');
              }}
            />
          )}
          {mayFinal && (
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('portfolio.handIn.finalHelp')}</Text>
              <Button
                color="red.9"
                leftSection={<IconLock size={18} aria-hidden />}
                onClick={() => {
                  handIn.reset();
                  setConfirming('final');
                }}
              >
                {t('portfolio.handIn.final')}
              </Button>
            </Stack>
          )}
        </Stack>
      )}
      <Dialog
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t(
          confirming === 'final'
            ? 'portfolio.handIn.finalConfirmTitle'
            : 'portfolio.handIn.draftConfirmTitle',
        )}
      >
        <Stack gap="md">
          <Text>
            {t(
              confirming === 'final'
                ? 'portfolio.handIn.finalConfirmText'
                : 'portfolio.handIn.draftConfirmText',
            )}
          </Text>
          {!view.checklist.complete && (
            <Text size="sm" c="red.9">
              {t('portfolio.handIn.checklistOpen', { met: view.checklist.met, total: view.checklist.total })}
            </Text>
          )}
          <ErrorAlert error={handIn.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color={confirming === 'final' ? 'red.9' : undefined}
              loading={handIn.isPending}
              leftSection={<IconSend size={18} aria-hidden />}
              onClick={() =>
                handIn.mutate(
                  confirming === 'final' ? { kind: 'final' } : { kind: 'draft', assessmentWeekId: weekId },
                )
              }
            >
              {t(confirming === 'final' ? 'portfolio.handIn.finalConfirm' : 'portfolio.handIn.draftConfirm')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Stack>
  );
}

function DraftControls({
  institutionId,
  view,
  weekId,
  onWeek,
  onHandIn,
}: {
  institutionId: string;
  view: PortfolioView;
  weekId: string | null;
  onWeek: (id: string | null) => void;
  onHandIn: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const weeks = useQuery(assessmentWeeksQuery(institutionId));
  const open = weeksOpenForDraft(weeks.data?.items ?? [], view.qualification, todayInAmsterdam());
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">{t('portfolio.handIn.draftHelp')}</Text>
      <Select
        w={{ base: '100%', sm: 420 }}
        label={t('portfolio.handIn.week')}
        description={
          weeks.isSuccess && open.length === 0
            ? t('portfolio.handIn.noWeeks')
            : t('portfolio.handIn.weekHelp')
        }
        placeholder={t('portfolio.handIn.noWeek')}
        clearable
        disabled={open.length === 0}
        data={open.map((week) => ({
          value: week.id,
          label: t('portfolio.handIn.weekOption', {
            name: week.name,
            starts: formatDay(week.startsOn, language),
            deadline: formatDay(week.draftDeadline, language),
          }),
        }))}
        value={weekId}
        onChange={onWeek}
      />
      <ErrorAlert error={weeks.error} />
      <Button leftSection={<IconSend size={18} aria-hidden />} onClick={onHandIn}>
        {t('portfolio.handIn.draft')}
      </Button>
    </Stack>
  );
}
