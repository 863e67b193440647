import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qualificationCodes } from '../../../../contracts/qualifications.js';
import type { AssessmentWeekRecord } from '../../../../contracts/trajectories-api.js';
import { meQuery } from '../../api/identity';
import { assessmentWeeksQuery, trajectoriesApi, trajectoryKeys } from '../../api/trajectories';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { problemsByField } from '../register/activityForm';
import { InstitutionChoice } from './InstitutionChoice';
import { coordinatedInstitutions } from './scope';
import { emptyWeek, type WeekFormValues, weekFormOf, weekInputOf } from './weekForm';

const route = getRouteApi('/_authenticated/assessment-weeks');

/** The institution's assessment weeks with their deadlines for draft and final (R-UMCU-ASM-3). */
export function AssessmentWeeksPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { data: me } = useSuspenseQuery(meQuery);
  const choices = coordinatedInstitutions(me.roles, { wholeOnly: true });
  const institution = choices.find((choice) => choice.id === search.institution) ?? choices[0];
  return (
    <>
      <PageHeader title={t('trajectoryAdmin.weeks.title')} description={t('trajectoryAdmin.weeks.intro')} />
      {!institution ? (
        <Text>{t('trajectoryAdmin.noInstitutions')}</Text>
      ) : (
        <Stack gap="lg">
          <InstitutionChoice
            choices={choices}
            value={institution.id}
            onChange={(id) => void navigate({ to: '/assessment-weeks', search: { institution: id } })}
          />
          <Weeks institutionId={institution.id} />
        </Stack>
      )}
    </>
  );
}

/** Which week the dialog edits: a new one, an existing one, or none (closed). */
type Editing = { week: AssessmentWeekRecord | null } | null;

function Weeks({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const weeks = useQuery(assessmentWeeksQuery(institutionId));
  const [editing, setEditing] = useState<Editing>(null);
  const title = t('trajectoryAdmin.weeks.list');
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({ week: null })}>
            {t('trajectoryAdmin.weeks.add')}
          </Button>
        </Group>
        {weeks.isPending && <Loader aria-label={t('common.loading')} />}
        <ErrorAlert error={weeks.error} />
        {weeks.data &&
          (weeks.data.items.length === 0 ? (
            <Text>{t('trajectoryAdmin.weeks.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table striped verticalSpacing="sm" aria-label={title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('trajectoryAdmin.weeks.field.name')}</Table.Th>
                    <Table.Th scope="col">{t('trajectoryAdmin.weeks.column.dates')}</Table.Th>
                    <Table.Th scope="col">{t('trajectoryAdmin.weeks.field.draftDeadline')}</Table.Th>
                    <Table.Th scope="col">{t('trajectoryAdmin.weeks.field.finalDeadline')}</Table.Th>
                    <Table.Th scope="col">{t('trajectoryAdmin.weeks.field.qualifications')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('trajectoryAdmin.weeks.column.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {weeks.data.items.map((week) => (
                    <Table.Tr key={week.id}>
                      <Table.Th scope="row">{week.name}</Table.Th>
                      <Table.Td>
                        {t('trajectoryAdmin.weeks.range', {
                          from: formatDay(week.startsOn, language),
                          to: formatDay(week.endsOn, language),
                        })}
                      </Table.Td>
                      <Table.Td>{formatDay(week.draftDeadline, language)}</Table.Td>
                      <Table.Td>{formatDay(week.finalDeadline, language)}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {week.qualifications.map((code) => (
                            <Badge key={code} variant="light" tt="none">
                              {code}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="xs"
                          leftSection={<IconPencil size={16} aria-hidden />}
                          aria-label={t('trajectoryAdmin.weeks.changeNamed', { name: week.name })}
                          onClick={() => setEditing({ week })}
                        >
                          {t('trajectoryAdmin.weeks.change')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ))}
      </Stack>
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={editing?.week ? t('trajectoryAdmin.weeks.changeTitle') : t('trajectoryAdmin.weeks.addTitle')}
      >
        {/* mounted only while open, so each opening starts from the week as it is now */}
        {editing && (
          <WeekForm institutionId={institutionId} week={editing.week} onDone={() => setEditing(null)} />
        )}
      </Dialog>
    </Card>
  );
}

function WeekForm({
  institutionId,
  week,
  onDone,
}: {
  institutionId: string;
  week: AssessmentWeekRecord | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<WeekFormValues>({
    initialValues: week ? weekFormOf(week) : emptyWeek(),
    validate: (values) => {
      const { errors } = weekInputOf(values);
      return Object.fromEntries(
        Object.entries(errors ?? {}).map(([field, key]) => [
          field,
          t(`trajectoryAdmin.weeks.errors.${key}` as 'trajectoryAdmin.weeks.errors.day'),
        ]),
      );
    },
  });
  const save = useMutation({
    mutationFn: (values: WeekFormValues) => {
      const { input } = weekInputOf(values);
      if (!input) throw new Error('the form was validated');
      return week
        ? trajectoriesApi.changeAssessmentWeek(week.id, input)
        : trajectoriesApi.addAssessmentWeek(institutionId, input);
    },
    onSuccess: async (saved) => {
      notifySuccess(
        t(week ? 'trajectoryAdmin.weeks.changed' : 'trajectoryAdmin.weeks.added', { name: saved.name }),
      );
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.weeks(institutionId) });
      onDone();
    },
    onError: (error) => form.setErrors(problemsByField(error)),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('trajectoryAdmin.weeks.field.name')}
          placeholder={t('trajectoryAdmin.weeks.namePlaceholder')}
          required
          maxLength={200}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label={t('trajectoryAdmin.weeks.field.draftDeadline')}
            description={t('trajectoryAdmin.weeks.draftDeadlineHelp')}
            required
            {...form.getInputProps('draftDeadline')}
          />
          <TextInput
            type="date"
            label={t('trajectoryAdmin.weeks.field.finalDeadline')}
            description={t('trajectoryAdmin.weeks.finalDeadlineHelp')}
            required
            {...form.getInputProps('finalDeadline')}
          />
          <TextInput
            type="date"
            label={t('trajectoryAdmin.weeks.field.startsOn')}
            required
            {...form.getInputProps('startsOn')}
          />
          <TextInput
            type="date"
            label={t('trajectoryAdmin.weeks.field.endsOn')}
            required
            {...form.getInputProps('endsOn')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('trajectoryAdmin.weeks.field.qualifications')}
          required
          {...form.getInputProps('qualifications')}
        >
          <Group mt="xs">
            {qualificationCodes.map((code) => (
              <Checkbox key={code} value={code} label={code} />
            ))}
          </Group>
        </Checkbox.Group>
        <ErrorAlert error={save.error} title={t('trajectoryAdmin.weeks.saveFailed')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
