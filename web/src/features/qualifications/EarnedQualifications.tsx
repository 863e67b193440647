import {
  ActionIcon,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EarnedQualification,
  type InstitutionRef,
  qualificationCodes,
} from '../../../../contracts/qualifications.js';
import { myQualificationsQuery, qualificationsApi, qualificationsKeys } from '../../api/qualifications';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { formatDay, todayInAmsterdam } from '../policies/dates';
import { type EarnedValues, earnedProblems, noEarnedValues, recordRequest } from './earned';

/** Record a qualification I earned; the BKO is recognised nationally, so it may come from anywhere. */
function RecordQualificationForm({ institutions }: { institutions: readonly InstitutionRef[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const earned = useQuery(myQualificationsQuery);
  const today = todayInAmsterdam();
  const form = useForm<EarnedValues>({
    initialValues: noEarnedValues,
    validate: (values) => {
      const problems = earnedProblems(values, today);
      return Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key)]));
    },
  });
  const held = new Set(earned.data?.items.map((item) => item.code));

  const record = useMutation({
    mutationFn: (values: EarnedValues) => qualificationsApi.recordMyQualification(recordRequest(values)),
    onSuccess: async (recorded) => {
      form.reset();
      notifySuccess(t('qualifications.earned.recorded', { code: recorded.code }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: qualificationsKeys.myQualifications }),
        queryClient.invalidateQueries({ queryKey: qualificationsKeys.myAdvice }),
      ]);
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => record.mutate(values))} noValidate>
      <Stack gap="md">
        <Title order={3} fz="h4">
          {t('qualifications.earned.add')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('qualifications.earned.addHelp')}
        </Text>
        {record.error && <ErrorAlert error={record.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('qualifications.earned.field.code')}
            required
            data={qualificationCodes.map((code) => ({
              value: code,
              label: `${code} – ${t(`advice.qualification.${code}`)}`,
              disabled: held.has(code),
            }))}
            allowDeselect={false}
            {...form.getInputProps('code')}
            value={form.values.code || null}
            onChange={(code) => form.setFieldValue('code', (code ?? '') as EarnedValues['code'])}
          />
          <TextInput
            type="date"
            label={t('qualifications.earned.field.earnedOn')}
            description={t('qualifications.earned.field.earnedOnHelp')}
            required
            max={today}
            {...form.getInputProps('earnedOn')}
          />
          <TextInput
            label={t('qualifications.earned.field.issuer')}
            description={t('qualifications.earned.field.issuerHelp')}
            required
            maxLength={200}
            {...form.getInputProps('issuer')}
          />
          <Select
            label={t('qualifications.earned.field.institution')}
            description={t('qualifications.earned.field.institutionHelp')}
            placeholder={t('qualifications.earned.field.institutionNone')}
            data={institutions.map((institution) => ({ value: institution.id, label: institution.name }))}
            clearable
            {...form.getInputProps('institutionId')}
            value={form.values.institutionId || null}
            onChange={(id) => form.setFieldValue('institutionId', id ?? '')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={record.isPending} leftSection={<IconPlus size={18} aria-hidden />}>
            {t('qualifications.earned.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Removing asks first: the advice no longer counts the qualification as earned. */
function RemoveQualificationDialog({
  qualification,
  onClose,
}: {
  qualification: EarnedQualification | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const code = qualification?.code ?? '';
  const remove = useMutation({
    mutationFn: (id: string) => qualificationsApi.removeMyQualification(id),
    onSuccess: async () => {
      notifySuccess(t('qualifications.earned.remove.done', { code }));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: qualificationsKeys.myQualifications }),
        queryClient.invalidateQueries({ queryKey: qualificationsKeys.myAdvice }),
      ]);
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog opened={qualification !== null} onClose={close} title={t('qualifications.earned.remove.title')}>
      <Stack gap="md">
        <Text>{t('qualifications.earned.remove.text', { code })}</Text>
        <ErrorAlert error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={remove.isPending}
            onClick={() => qualification && remove.mutate(qualification.id)}
          >
            {t('qualifications.earned.remove.confirm')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

/** The qualifications I earned, anywhere, with the form to add one. */
export function EarnedQualifications({ institutions }: { institutions: readonly InstitutionRef[] }) {
  const { t, i18n } = useTranslation();
  const earned = useQuery(myQualificationsQuery);
  const [removing, setRemoving] = useState<EarnedQualification | null>(null);
  const title = t('qualifications.earned.title');

  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="lg">
        <Title order={2} size="h3">
          {title}
        </Title>
        {earned.isError && <ErrorAlert error={earned.error} />}
        {earned.data &&
          (earned.data.items.length === 0 ? (
            <Text>{t('qualifications.earned.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing="sm" aria-label={title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('qualifications.earned.column.code')}</Table.Th>
                    <Table.Th scope="col">{t('qualifications.earned.column.earnedOn')}</Table.Th>
                    <Table.Th scope="col">{t('qualifications.earned.column.issuer')}</Table.Th>
                    <Table.Th scope="col">{t('qualifications.earned.column.recordedBy')}</Table.Th>
                    <Table.Th scope="col">{t('qualifications.earned.column.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {earned.data.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <Text fw={600} span>
                          {item.code}
                        </Text>{' '}
                        <Text span size="sm" c="dimmed">
                          {t(`advice.qualification.${item.code}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatDay(item.earnedOn, i18n.language)}</Table.Td>
                      <Table.Td>
                        {item.issuer}
                        {item.institution && (
                          <Text size="sm" c="dimmed">
                            {item.institution.name}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {item.recordedBy.id === item.personId
                          ? t('qualifications.earned.self')
                          : item.recordedBy.displayName}
                      </Table.Td>
                      <Table.Td>
                        {/* Icon only: red text under a dialog's overlay would fall below AA contrast. */}
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          size="lg"
                          aria-label={t('qualifications.earned.removeOf', { code: item.code })}
                          onClick={() => setRemoving(item)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ))}
        <RecordQualificationForm institutions={institutions} />
      </Stack>
      <RemoveQualificationDialog qualification={removing} onClose={() => setRemoving(null)} />
    </Card>
  );
}
