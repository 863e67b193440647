import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CreateInstitution, type InstitutionKind } from '../../../../contracts/identity.js';
import { identityApi, identityKeys } from '../../api/identity';
import { ErrorAlert } from '../../components/ErrorAlert';
import { institutionKindOptions, required } from './options';

interface Values {
  name: string;
  slug: string;
  kind: InstitutionKind;
}

/** A suggestion for the slug: "UMC Utrecht" → "umc-utrecht". */
const slugify = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 41);

export function CreateInstitutionForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: { name: '', slug: '', kind: 'umc' },
    validate: {
      name: required(t),
      slug: (value) => (CreateInstitution.shape.slug.safeParse(value).success ? null : t('validation.slug')),
    },
    onValuesChange: (values, previous) => {
      // Follow the name until the slug is edited by hand.
      if (values.name !== previous.name && previous.slug === slugify(previous.name)) {
        form.setFieldValue('slug', slugify(values.name));
      }
    },
  });

  const create = useMutation({
    mutationFn: (values: Values) => identityApi.createInstitution({ ...values, name: values.name.trim() }),
    onSuccess: async (institution) => {
      notifications.show({
        color: 'green',
        message: t('admin.institutionCreated', { name: institution.name }),
      });
      await queryClient.invalidateQueries({ queryKey: identityKeys.institutions });
      onDone();
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <Stack gap="md">
        {create.error && <ErrorAlert error={create.error} />}
        <TextInput label={t('admin.field.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label={t('admin.field.slug')}
          description={t('admin.field.slugDescription')}
          required
          {...form.getInputProps('slug')}
        />
        <Select
          label={t('admin.field.institutionKind')}
          data={institutionKindOptions(t)}
          allowDeselect={false}
          required
          {...form.getInputProps('kind')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
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
