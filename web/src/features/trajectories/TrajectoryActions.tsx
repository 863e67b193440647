import { Anchor, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualificationCode } from '../../../../contracts/qualifications.js';
import type { SchoolingRecord, TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { assessmentWeeksQuery, portfolioQuery, trajectoriesApi } from '../../api/trajectories';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, todayInAmsterdam } from '../policies/dates';
import { Section, useTrajectoryUpdate } from './parts';

// The actions of the trajectory page, each shown only when viewerActions allows it.

/** The line manager approves the costs, or declines them with a reason (R-UMCU-COST-1). */
export function CostDecisionForm({ trajectory }: { trajectory: TrajectoryDetail }) {
  const { t } = useTranslation();
  const update = useTrajectoryUpdate();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const decide = useMutation({
    mutationFn: (decision: 'approve' | 'decline') =>
      trajectoriesApi.decideCosts(
        trajectory.id,
        decision === 'approve' ? { decision } : { decision, reason: reason.trim() },
      ),
    onSuccess: async (next, decision) => {
      notifySuccess(t(`trajectories.decide.${decision}d`));
      setDeclining(false);
      await update(next);
    },
  });
  const decline = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (reason.trim()) decide.mutate('decline');
  };
  const close = () => {
    decide.reset();
    setDeclining(false);
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('trajectories.decide.intro')}</Text>
      {!declining && <ErrorAlert error={decide.error} />}
      <Group gap="sm">
        <Button
          leftSection={<IconCheck size={18} aria-hidden />}
          loading={decide.isPending && decide.variables === 'approve'}
          onClick={() => decide.mutate('approve')}
        >
          {t('trajectories.decide.approve')}
        </Button>
        <Button
          variant="outline"
          color="red.9"
          leftSection={<IconX size={18} aria-hidden />}
          onClick={() => {
            decide.reset();
            setDeclining(true);
          }}
        >
          {t('trajectories.decide.decline')}
        </Button>
      </Group>
      <Dialog opened={declining} onClose={close} title={t('trajectories.decide.declineTitle')}>
        <form onSubmit={decline} noValidate>
          <Stack gap="md">
            <Textarea
              label={t('trajectories.decide.reason')}
              description={t('trajectories.decide.reasonHelp')}
              required
              autosize
              minRows={3}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={tried && !reason.trim() ? t('trajectories.decide.reasonRequired') : undefined}
            />
            <ErrorAlert error={decide.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={decide.isPending}>
                {t('trajectories.decide.declineConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </Stack>
  );
}

/** The teacher records a piece of schooling as completed, with its certificate from the portfolio's evidence. */
export function CompleteSchoolingButton({
  trajectoryId,
  item,
}: {
  trajectoryId: string;
  item: SchoolingRecord;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const update = useTrajectoryUpdate();
  const today = todayInAmsterdam();
  const [opened, setOpened] = useState(false);
  const [completedOn, setCompletedOn] = useState(today);
  const [certificate, setCertificate] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const portfolio = useQuery({ ...portfolioQuery(trajectoryId), enabled: opened });
  const certificates = (portfolio.data?.content.evidence ?? []).filter(
    (e) => e.kind === 'schooling-certificate',
  );
  const complete = useMutation({
    mutationFn: () =>
      trajectoriesApi.completeSchooling(trajectoryId, item.id, {
        completedOn,
        certificateEvidenceId: certificate ?? '',
      }),
    onSuccess: async (next) => {
      notifySuccess(t('trajectories.complete.done', { title: item.title[language] }));
      setOpened(false);
      await update(next);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (certificate && completedOn) complete.mutate();
  };
  const close = () => {
    complete.reset();
    setOpened(false);
  };
  return (
    <>
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => setOpened(true)}
        aria-label={t('trajectories.complete.openFor', { title: item.title[language] })}
      >
        {t('trajectories.complete.open')}
      </Button>
      <Dialog
        opened={opened}
        onClose={close}
        title={t('trajectories.complete.title', { title: item.title[language] })}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              type="date"
              label={t('trajectories.complete.completedOn')}
              required
              max={today}
              value={completedOn}
              onChange={(event) => setCompletedOn(event.currentTarget.value)}
              error={tried && !completedOn ? t('trajectories.complete.dateRequired') : undefined}
            />
            <Select
              label={t('trajectories.complete.certificate')}
              description={t('trajectories.complete.certificateHelp')}
              required
              data={certificates.map((e) => ({
                value: e.id,
                label: e.date ? `${e.title} (${formatDay(e.date, language)})` : e.title,
              }))}
              value={certificate}
              onChange={setCertificate}
              nothingFoundMessage={t('trajectories.complete.noCertificates')}
              error={tried && !certificate ? t('trajectories.complete.certificateRequired') : undefined}
            />
            {portfolio.isSuccess && certificates.length === 0 && (
              <Text size="sm">
                {t('trajectories.complete.noCertificates')}{' '}
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/trajectories/$trajectoryId/portfolio" params={{ trajectoryId }} {...props} />
                  )}
                >
                  {t('trajectories.detail.portfolio')}
                </Anchor>
              </Text>
            )}
            <ErrorAlert error={portfolio.error ?? complete.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={complete.isPending}>
                {t('trajectories.complete.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </>
  );
}

/** The teacher signs up for, or moves to, an assessment week of the institution (R-UMCU-ASM-3). */
export function AssessmentWeekChoice({
  trajectory,
  qualification,
}: {
  trajectory: TrajectoryDetail;
  qualification: QualificationCode;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const update = useTrajectoryUpdate();
  const today = todayInAmsterdam();
  const weeks = useQuery(assessmentWeeksQuery(trajectory.institution.id));
  const [week, setWeek] = useState<string | null>(null);
  const choose = useMutation({
    mutationFn: (assessmentWeekId: string) =>
      trajectoriesApi.chooseAssessmentWeek(trajectory.id, { assessmentWeekId }),
    onSuccess: async (next) => {
      notifySuccess(t('trajectories.week.done'));
      await update(next);
    },
  });
  const open = (weeks.data?.items ?? []).filter(
    (w) => w.qualifications.includes(qualification) && w.finalDeadline >= today,
  );
  return (
    <Section title={t('trajectories.week.title')}>
      <Text size="sm">{t('trajectories.week.intro')}</Text>
      <ErrorAlert error={weeks.error} />
      {weeks.isSuccess && open.length === 0 ? (
        <Text size="sm">{t('trajectories.week.none')}</Text>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (week) choose.mutate(week);
          }}
        >
          <Group align="flex-end" gap="sm">
            <Select
              label={t('trajectories.week.label')}
              data={open.map((w) => ({
                value: w.id,
                label: t('trajectories.week.option', {
                  name: w.name,
                  starts: formatDay(w.startsOn, language),
                  final: formatDay(w.finalDeadline, language),
                }),
              }))}
              value={week}
              onChange={setWeek}
              w={{ base: '100%', sm: 420 }}
            />
            <Button type="submit" disabled={!week} loading={choose.isPending}>
              {t('trajectories.week.submit')}
            </Button>
          </Group>
        </form>
      )}
      <ErrorAlert error={choose.error} />
    </Section>
  );
}

/** The teacher stops the trajectory, after confirming; the reason is optional. */
export function WithdrawButton({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const update = useTrajectoryUpdate();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () => trajectoriesApi.withdraw(trajectoryId, reason.trim() ? { reason: reason.trim() } : {}),
    onSuccess: async (next) => {
      notifySuccess(t('trajectories.withdraw.done'));
      setOpened(false);
      await update(next);
    },
  });
  const close = () => {
    withdraw.reset();
    setOpened(false);
  };
  return (
    <>
      <Button variant="outline" color="red.9" onClick={() => setOpened(true)}>
        {t('trajectories.withdraw.open')}
      </Button>
      <Dialog opened={opened} onClose={close} title={t('trajectories.withdraw.title')}>
        <Stack gap="md">
          <Text>{t('trajectories.withdraw.text')}</Text>
          <Textarea
            label={t('trajectories.withdraw.reason')}
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <ErrorAlert error={withdraw.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
              {t('trajectories.withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}
