import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../../../contracts/trajectories.js';
import type { FinalCheckInput } from '../../../../contracts/trajectories-api.js';
import { trajectoriesApi, trajectoryKeys } from '../../api/trajectories';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { problemsByField } from '../register/activityForm';
import { Section } from '../trajectories/parts';
import { emptyFeedback, type FeedbackValues, feedbackInput } from './versions';

// What the adviser and the teacher do with the latest version: feedback on a draft (R-UMCU-FB-1), the check
// of a final version (R-UMCU-ASM-4), taking back a draft. Every change refreshes all trajectory queries: the
// state, the events offered and the version lists move together.

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trajectoryKeys.all });
}

/** A comment per section, an overall comment and the verdict, sent together. */
export function FeedbackForm({
  trajectoryId,
  number,
  sections,
}: {
  trajectoryId: string;
  number: number;
  sections: TemplateSection[];
}) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const language = currentLanguage();
  const form = useForm<FeedbackValues>({
    initialValues: emptyFeedback(sections),
    validate: {
      verdict: (value) => (value ? null : t('versions.feedbackForm.verdictRequired')),
      overall: (value) => (value.trim() ? null : t('versions.feedbackForm.overallRequired')),
    },
  });
  const send = useMutation({
    mutationFn: (values: FeedbackValues) => {
      if (!values.verdict) throw new Error('no verdict');
      return trajectoriesApi.giveFeedback(
        trajectoryId,
        number,
        feedbackInput({ ...values, verdict: values.verdict }),
      );
    },
    onSuccess: async () => {
      notifySuccess(t('versions.feedbackForm.sent', { number }));
      await refresh();
    },
    onError: (error) => form.setErrors(problemsByField(error)),
  });
  return (
    <Section title={t('versions.feedbackForm.title')}>
      <Text size="sm">{t('versions.feedbackForm.intro')}</Text>
      <form onSubmit={form.onSubmit((values) => send.mutate(values))} noValidate>
        <Stack gap="md">
          {sections.map((section) => (
            <Textarea
              key={section.id}
              label={t('versions.feedbackForm.onSection', { section: section.title[language] })}
              autosize
              minRows={2}
              maxLength={20_000}
              {...form.getInputProps(`sections.${section.id}`)}
            />
          ))}
          <Textarea
            label={t('versions.feedbackForm.overall')}
            required
            autosize
            minRows={3}
            maxLength={20_000}
            {...form.getInputProps('overall')}
          />
          <Radio.Group label={t('versions.feedbackForm.verdict')} required {...form.getInputProps('verdict')}>
            <Stack mt="xs" gap="xs">
              <Radio value="convincing" label={t('versions.verdict.convincing')} />
              <Radio value="needs-work" label={t('versions.verdict.needs-work')} />
            </Stack>
          </Radio.Group>
          <ErrorAlert error={send.error} />
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t('versions.feedbackForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

interface FinalCheckValues {
  decision: FinalCheckInput['decision'] | null;
  reason: string;
}

/** Accept the final version for the assessment, or return it to the teacher with a reason. */
export function FinalCheckForm({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const form = useForm<FinalCheckValues>({
    initialValues: { decision: null, reason: '' },
    validate: {
      decision: (value) => (value ? null : t('versions.finalCheck.decisionRequired')),
      reason: (value, values) =>
        values.decision === 'return' && !value.trim() ? t('versions.finalCheck.reasonRequired') : null,
    },
  });
  const check = useMutation({
    mutationFn: (values: FinalCheckValues) =>
      trajectoriesApi.finalCheck(
        trajectoryId,
        values.decision === 'return'
          ? { decision: 'return', reason: values.reason.trim() }
          : { decision: 'accept' },
      ),
    onSuccess: async (_, values) => {
      notifySuccess(
        t(values.decision === 'return' ? 'versions.finalCheck.returned' : 'versions.finalCheck.accepted'),
      );
      await refresh();
    },
    onError: (error) => form.setErrors(problemsByField(error)),
  });
  return (
    <Section title={t('versions.finalCheck.title')}>
      <Text size="sm">{t('versions.finalCheck.intro')}</Text>
      <form onSubmit={form.onSubmit((values) => check.mutate(values))} noValidate>
        <Stack gap="md">
          <Radio.Group label={t('versions.finalCheck.decision')} required {...form.getInputProps('decision')}>
            <Stack mt="xs" gap="xs">
              <Radio value="accept" label={t('versions.finalCheck.accept')} />
              <Radio value="return" label={t('versions.finalCheck.return')} />
            </Stack>
          </Radio.Group>
          {form.values.decision === 'return' && (
            <Textarea
              label={t('versions.finalCheck.reason')}
              required
              autosize
              minRows={2}
              maxLength={2000}
              {...form.getInputProps('reason')}
            />
          )}
          <ErrorAlert error={check.error} />
          <Group>
            <Button type="submit" loading={check.isPending}>
              {t('versions.finalCheck.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/** The teacher takes back a draft the adviser has not answered yet, after confirming. */
export function RetractDraft({ trajectoryId, number }: { trajectoryId: string; number: number }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const retract = useMutation({
    mutationFn: () => trajectoriesApi.retractDraft(trajectoryId),
    onSuccess: async () => {
      setConfirming(false);
      notifySuccess(t('versions.retract.done', { number }));
      await refresh();
    },
  });
  return (
    <Section title={t('versions.retract.title')}>
      <Text size="sm">{t('versions.retract.intro')}</Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={18} aria-hidden />}
          onClick={() => setConfirming(true)}
        >
          {t('versions.retract.button')}
        </Button>
      </Group>
      <Dialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('versions.retract.confirmTitle')}
      >
        <Stack gap="md">
          <Text>{t('versions.retract.confirmText', { number })}</Text>
          <ErrorAlert error={retract.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={retract.isPending} onClick={() => retract.mutate()}>
              {t('versions.retract.confirm')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Section>
  );
}
