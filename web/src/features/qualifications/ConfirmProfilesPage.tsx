import { Badge, Button, Card, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClockHour4 } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ConfirmationState,
  confirmationStates,
  type TeachingProfileToConfirm,
} from '../../../../contracts/qualifications.js';
import { ApiError } from '../../api/client';
import {
  qualificationsApi,
  qualificationsKeys,
  teachingProfilesToConfirmQuery,
} from '../../api/qualifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { doneColor } from '../advice/AdviceResult';
import { ProfileSummary } from '../advice/AnswerSummary';
import { formatMoment } from '../policies/dates';
import { profileContext, profileFields } from './teachingProfile';
import '../advice/advice.css';

const route = getRouteApi('/_authenticated/teaching-profiles');

/** One teacher's profile as it stands, and the button that confirms exactly that version of it. */
function ProfileToConfirm({ record }: { record: TeachingProfileToConfirm }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const name = record.person.displayName;

  const confirm = useMutation({
    // the version read: a change by the teacher since is refused (409), so nobody confirms what they did not see
    mutationFn: () => qualificationsApi.confirmTeachingProfile(record.id, record.updatedAt),
    onSuccess: async () => {
      notifySuccess(t('confirmProfiles.confirmed', { name }));
      await queryClient.invalidateQueries({ queryKey: qualificationsKeys.toConfirm });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409)
        await queryClient.invalidateQueries({ queryKey: qualificationsKeys.toConfirm });
    },
  });

  const where = [record.institution.name, ...record.units.map((unit) => unit.name)].join(' · ');
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={2} size="h3" id={headingId}>
              {name}
            </Title>
            <Text size="sm" c="dimmed">
              {where}
            </Text>
          </div>
          {record.confirmation ? (
            <Badge
              color={doneColor}
              tt="none"
              size="lg"
              leftSection={<IconCircleCheck size={14} aria-hidden />}
            >
              {t('confirmProfiles.state.confirmed')}
            </Badge>
          ) : (
            <Badge color="gray.7" tt="none" size="lg" leftSection={<IconClockHour4 size={14} aria-hidden />}>
              {t('confirmProfiles.state.pending')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t('confirmProfiles.changed', {
            date: formatMoment(record.updatedAt, i18n.language),
            name: record.updatedBy.displayName,
          })}
          {record.confirmation &&
            ` ${t('confirmProfiles.confirmedBy', {
              date: formatMoment(record.confirmation.confirmedAt, i18n.language),
              name: record.confirmation.confirmedBy.displayName,
            })}`}
        </Text>
        <ProfileSummary
          context={profileContext(record.institution.name)}
          fields={profileFields}
          profile={record.profile}
        />
        {confirm.error && <ErrorAlert error={confirm.error} />}
        {!record.confirmation && (
          <Group>
            <Button
              onClick={() => confirm.mutate()}
              loading={confirm.isPending}
              leftSection={<IconCircleCheck size={18} aria-hidden />}
              aria-describedby={headingId}
            >
              {t('confirmProfiles.confirm')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** A line manager's list of the teaching profiles in their units, to confirm them as they stand. */
export function ConfirmProfilesPage() {
  const { t } = useTranslation();
  const { confirmation } = route.useSearch();
  const navigate = route.useNavigate();
  const profiles = useQuery(teachingProfilesToConfirmQuery(confirmation));

  return (
    <>
      <PageHeader title={t('confirmProfiles.title')} description={t('confirmProfiles.intro')} />
      <Stack gap="lg" maw={960}>
        <SegmentedControl
          aria-label={t('confirmProfiles.filter')}
          value={confirmation}
          onChange={(value) => void navigate({ search: { confirmation: value as ConfirmationState } })}
          data={confirmationStates.map((state) => ({
            value: state,
            label: t(`confirmProfiles.show.${state}`),
          }))}
          w="fit-content"
        />
        {profiles.isPending && (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text>{t('common.loading')}</Text>
          </Group>
        )}
        {profiles.isError && <ErrorAlert error={profiles.error} />}
        {profiles.data &&
          (profiles.data.items.length === 0 ? (
            <Text>{t(`confirmProfiles.none.${confirmation}`)}</Text>
          ) : (
            profiles.data.items.map((record) => <ProfileToConfirm key={record.id} record={record} />)
          ))}
      </Stack>
    </>
  );
}
