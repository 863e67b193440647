import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Institution, UnitKind } from '../../../../contracts/identity.js';
import { identityApi, identityKeys } from '../../api/identity';
import { ErrorAlert } from '../../components/ErrorAlert';
import { required, unitKindOptions } from './options';
import { unitOptions } from './unitTree';

interface Values {
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

export function CreateUnitForm({ institution, onDone }: { institution: Institution; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      name: '',
      kind: institution.units.length === 0 ? 'faculty' : 'department',
      parentId: null,
    },
    validate: { name: required(t) },
  });

  const create = useMutation({
    mutationFn: (values: Values) =>
      identityApi.createUnit(institution.id, { ...values, name: values.name.trim() }),
    onSuccess: async (unit) => {
      notifications.show({ color: 'green', message: t('admin.unitCreated', { name: unit.name }) });
      await queryClient.invalidateQueries({ queryKey: identityKeys.institutions });
      onDone();
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <Stack gap="md">
        {create.error && <ErrorAlert error={create.error} />}
        <TextInput label={t('admin.field.name')} required data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('admin.field.unitKind')}
          data={unitKindOptions(t)}
          allowDeselect={false}
          required
          {...form.getInputProps('kind')}
        />
        <Select
          label={t('admin.field.parent')}
          placeholder={t('admin.field.parentNone')}
          data={unitOptions(institution.units)}
          clearable
          {...form.getInputProps('parentId')}
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
