import { Button, Group, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Institution, PersonSummary, Role } from '../../../../contracts/identity.js';
import { identityApi } from '../../api/identity';
import { ErrorAlert } from '../../components/ErrorAlert';
import { institutionOptions, roleOptions } from './options';
import { unitOptions } from './unitTree';

/** Select value for "no institution": only an administrator can hold a role platform-wide. */
const PLATFORM = 'platform';

interface Values {
  role: Role | null;
  institutionId: string | null;
  unitId: string | null;
}

interface AssignRoleFormProps {
  person: PersonSummary;
  institutions: readonly Institution[];
  /** `true` once the role is assigned, `false` when cancelled */
  onDone: (assigned: boolean) => Promise<void>;
}

export function AssignRoleForm({ person, institutions, onDone }: AssignRoleFormProps) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: {
      role: null,
      institutionId: institutions.length === 1 ? (institutions[0]?.id ?? null) : null,
      unitId: null,
    },
    validate: {
      role: (value) => (value ? null : t('validation.required')),
      institutionId: (value) => (value ? null : t('validation.required')),
    },
    onValuesChange: (values, previous) => {
      if (values.institutionId !== previous.institutionId) form.setFieldValue('unitId', null);
      if (values.role !== 'administrator' && values.institutionId === PLATFORM)
        form.setFieldValue('institutionId', null);
    },
  });

  const { role, institutionId } = form.getValues();
  const institution = institutions.find((candidate) => candidate.id === institutionId);

  const assign = useMutation({
    mutationFn: (values: Values & { role: Role }) =>
      identityApi.assignRole(person.id, {
        role: values.role,
        institutionId: values.institutionId === PLATFORM ? null : values.institutionId,
        unitId: values.institutionId === PLATFORM ? null : values.unitId,
      }),
    onSuccess: async (updated) => {
      notifications.show({ color: 'green', message: t('admin.roleAssigned', { name: updated.displayName }) });
      await onDone(true);
    },
  });

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        if (values.role) assign.mutate({ ...values, role: values.role });
      })}
      noValidate
    >
      <Stack gap="md">
        {assign.error && <ErrorAlert error={assign.error} />}
        <Select
          label={t('admin.field.role')}
          data={roleOptions(t)}
          required
          data-autofocus
          {...form.getInputProps('role')}
        />
        <Select
          label={t('admin.field.institution')}
          data={[
            ...(role === 'administrator' ? [{ value: PLATFORM, label: t('admin.field.platform') }] : []),
            ...institutionOptions(institutions),
          ]}
          required
          {...form.getInputProps('institutionId')}
        />
        <Select
          label={t('admin.field.unit')}
          placeholder={t('admin.field.unitNone')}
          data={institution ? unitOptions(institution.units) : []}
          disabled={!institution || institution.units.length === 0}
          clearable
          {...form.getInputProps('unitId')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void onDone(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={assign.isPending}>
            {t('admin.assign')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
