import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Language, languages } from '../../../../contracts/common.js';
import { CreatePerson } from '../../../../contracts/identity.js';
import { identityApi } from '../../api/identity';
import { ErrorAlert } from '../../components/ErrorAlert';
import { required } from './options';

interface Values {
  displayName: string;
  email: string;
  language: Language;
  password: string;
}

const MIN_PASSWORD = 12;

/** Calls `onDone(true)` once the person exists, `onDone(false)` when cancelled. */
export function CreatePersonForm({ onDone }: { onDone: (created: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { displayName: '', email: '', language: 'nl', password: '' },
    validate: {
      displayName: required(t),
      email: (value) =>
        CreatePerson.shape.email.safeParse(value.trim()).success ? null : t('validation.email'),
      password: (value) =>
        value === '' || value.length >= MIN_PASSWORD
          ? null
          : t('validation.passwordLength', { min: MIN_PASSWORD }),
    },
  });

  const create = useMutation({
    mutationFn: ({ displayName, email, language, password }: Values) =>
      identityApi.createPerson({
        displayName: displayName.trim(),
        email: email.trim(),
        language,
        password: password === '' ? undefined : password,
      }),
    onSuccess: async (person) => {
      notifications.show({ color: 'green', message: t('admin.personCreated', { name: person.displayName }) });
      await onDone(true);
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <Stack gap="md">
        {create.error && <ErrorAlert error={create.error} />}
        <TextInput
          label={t('admin.field.displayName')}
          required
          data-autofocus
          {...form.getInputProps('displayName')}
        />
        <TextInput label={t('admin.field.email')} type="email" required {...form.getInputProps('email')} />
        <Select
          label={t('admin.field.language')}
          data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
          allowDeselect={false}
          {...form.getInputProps('language')}
        />
        <PasswordInput
          label={t('admin.field.password')}
          description={t('admin.field.passwordDescription')}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void onDone(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
