import {
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type RegisterSettings, type Sector, sectors } from '../../../../contracts/register.js';
import { registerApi, registerKeys } from '../../api/register';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { problemsByField } from './activityForm';

interface SettingsValues {
  sector: Sector | null;
  peTeacher: boolean;
  bilingualSchool: boolean;
  registerNumber: string;
  periodEnd: string;
}

const valuesOf = (settings: RegisterSettings): SettingsValues => ({
  sector: settings.sector,
  peTeacher: settings.peTeacher,
  bilingualSchool: settings.bilingualSchool,
  registerNumber: settings.registerNumber ?? '',
  periodEnd: settings.periodEnd ?? '',
});

/** My register facts: the sector decides the norm, the two facts decide caps R-REG-CAP-8 and -9. */
export function SettingsCard({ settings }: { settings: RegisterSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<SettingsValues>({
    initialValues: valuesOf(settings),
    validate: { sector: (sector) => (sector === null ? t('register.settings.sectorRequired') : null) },
  });
  const save = useMutation({
    mutationFn: ({ sector, ...values }: SettingsValues & { sector: Sector }) =>
      registerApi.saveSettings({
        sector,
        peTeacher: values.peTeacher,
        bilingualSchool: values.bilingualSchool,
        registerNumber: values.registerNumber.trim() === '' ? null : values.registerNumber.trim(),
        periodEnd: values.periodEnd === '' ? null : values.periodEnd,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(registerKeys.settings, saved);
      form.resetDirty(valuesOf(saved));
      notifySuccess(t('register.settings.saved'));
      await queryClient.invalidateQueries({ queryKey: registerKeys.progress });
    },
    onError: (error) => form.setErrors(problemsByField(error)),
  });
  const title = t('register.settings.title');

  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <form
        onSubmit={form.onSubmit(({ sector, ...values }) => {
          // validation made sure a sector was chosen
          if (sector) save.mutate({ ...values, sector });
        })}
        noValidate
      >
        <Stack gap="md">
          <Title order={2} size="h3">
            {title}
          </Title>
          {settings.sector === null && <Text>{t('register.settings.intro')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('register.settings.sector')}
              description={t('register.settings.sectorHelp')}
              required
              allowDeselect={false}
              data={sectors.map((sector) => ({ value: sector, label: t(`register.sector.${sector}`) }))}
              {...form.getInputProps('sector')}
            />
            <TextInput
              type="date"
              label={t('register.settings.periodEnd')}
              description={t('register.settings.periodEndHelp')}
              {...form.getInputProps('periodEnd')}
            />
            <TextInput
              label={t('register.settings.registerNumber')}
              description={t('register.settings.registerNumberHelp')}
              maxLength={50}
              {...form.getInputProps('registerNumber')}
            />
            <Stack gap="sm" justify="center">
              <Checkbox
                label={t('register.settings.peTeacher')}
                description={t('register.settings.peTeacherHelp')}
                {...form.getInputProps('peTeacher', { type: 'checkbox' })}
              />
              <Checkbox
                label={t('register.settings.bilingualSchool')}
                description={t('register.settings.bilingualSchoolHelp')}
                {...form.getInputProps('bilingualSchool', { type: 'checkbox' })}
              />
            </Stack>
          </SimpleGrid>
          <ErrorAlert error={save.error} title={t('register.settings.saveFailed')} />
          <Group>
            <Button
              type="submit"
              loading={save.isPending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {t('register.settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
