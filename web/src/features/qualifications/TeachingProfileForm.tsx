import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClockHour4, IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyTeachingProfiles, TeachingProfileRecord } from '../../../../contracts/qualifications.js';
import { myTeachingProfilesQuery, qualificationsApi, qualificationsKeys } from '../../api/qualifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import type { ProfileAnswers } from '../advice/answers';
import { Question } from '../advice/fields';
import { formatMoment } from '../policies/dates';
import {
  type ProfileProblems,
  profileContext,
  profileProblems,
  profileSections,
  profileToSave,
  sameProfile,
  type TeachingProfileField,
} from './teachingProfile';
import '../advice/advice.css';

type Item = MyTeachingProfiles['items'][number];

/** Whether the line manager confirmed the profile as it stands, and what saving a change does to that. */
function ConfirmationState({ record, changed }: { record: TeachingProfileRecord | null; changed: boolean }) {
  const { t, i18n } = useTranslation();
  if (!record) {
    return (
      <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title={t('teachingProfile.state.new.title')}>
        {t('teachingProfile.state.new.text')}
      </Alert>
    );
  }
  const saved = t('teachingProfile.state.saved', {
    date: formatMoment(record.updatedAt, i18n.language),
    name: record.updatedBy.displayName,
  });
  if (record.confirmation) {
    return (
      <Alert
        color={changed ? 'yellow' : 'green'}
        icon={<IconCircleCheck aria-hidden />}
        title={t('teachingProfile.state.confirmed.title', {
          name: record.confirmation.confirmedBy.displayName,
          date: formatMoment(record.confirmation.confirmedAt, i18n.language),
        })}
      >
        <Text size="sm">{changed ? t('teachingProfile.state.confirmed.changed') : saved}</Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="gray"
      icon={<IconClockHour4 aria-hidden />}
      title={t('teachingProfile.state.pending.title')}
    >
      <Text size="sm">{t('teachingProfile.state.pending.text')}</Text>
      <Text size="sm">{saved}</Text>
    </Alert>
  );
}

/** The teacher's profile at one institution: every field, saved whole. */
export function TeachingProfileForm({ item }: { item: Item }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const stored = item.profile;
  const [answers, setAnswers] = useState<ProfileAnswers>(stored?.profile ?? {});
  const [problems, setProblems] = useState<ProfileProblems>({});
  const formRef = useRef<HTMLFormElement>(null);
  const changed = stored === null || !sameProfile(answers, stored.profile);
  const context = profileContext(item.institution.name);

  // A problem takes the focus, so its message is read out with it.
  useEffect(() => {
    if (Object.keys(problems).length === 0) return;
    formRef.current?.querySelector<HTMLInputElement>('fieldset[data-invalid] input')?.focus();
  }, [problems]);

  const save = useMutation({
    mutationFn: () =>
      qualificationsApi.saveMyTeachingProfile(
        item.institution.id,
        profileToSave(answers, stored?.profile ?? null),
      ),
    onSuccess: async (record) => {
      queryClient.setQueryData(myTeachingProfilesQuery.queryKey, (list) =>
        list
          ? {
              items: list.items.map((entry) =>
                entry.institution.id === record.institution.id ? { ...entry, profile: record } : entry,
              ),
            }
          : list,
      );
      setAnswers(record.profile);
      notifySuccess(t('teachingProfile.savedAt', { institution: record.institution.name }));
      await queryClient.invalidateQueries({ queryKey: qualificationsKeys.myAdvice });
    },
  });

  const problemOf = (field: TeachingProfileField) => {
    const problem = problems[field];
    return problem && t(problem);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = profileProblems(answers);
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg" maw={860}>
        <ConfirmationState record={stored} changed={stored !== null && changed} />
        {profileSections.map((section) => (
          <Card key={section.id} withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section">
            <Stack gap="lg">
              <Title order={2} size="h3">
                {t(`teachingProfile.section.${section.id}`)}
              </Title>
              {section.fields.map((field) => (
                <Question
                  key={field}
                  field={field}
                  policy={context}
                  profile={answers}
                  onChange={(profile) => {
                    setAnswers(profile);
                    setProblems({});
                  }}
                  error={problemOf(field)}
                />
              ))}
            </Stack>
          </Card>
        ))}
        {save.error && <ErrorAlert error={save.error} title={t('teachingProfile.saveFailed')} />}
        <Group justify="space-between">
          {item.policyId && stored ? (
            <Anchor component={Link} to="/qualifications">
              {t('teachingProfile.toAdvice')}
            </Anchor>
          ) : (
            <span />
          )}
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {t('teachingProfile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
