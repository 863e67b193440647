import { Button, type ButtonProps, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type QualificationCode, qualificationCodes } from '../../../../contracts/qualifications.js';
import type { intakeSources } from '../../../../contracts/trajectories-api.js';
import { meQuery } from '../../api/identity';
import { trajectoriesApi, trajectoryKeys } from '../../api/trajectories';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { teacherInstitutions } from './trajectoryStatus';

type From = (typeof intakeSources)[number];

interface RequestIntakeProps {
  /** where the teacher asks from: the advice page or their dossier (the adviser sees it) */
  from: From;
  /** preset from the page the dialog is opened on */
  institutionId?: string;
  qualification?: QualificationCode | null;
}

interface Values {
  institutionId: string;
  qualification: QualificationCode | '';
  message: string;
}

/** The request for an intake with an educational adviser (R-UMCU-ROUTE-1); afterwards the trajectory opens. */
function RequestIntakeDialog({
  opened,
  onClose,
  from,
  institutionId,
  qualification,
}: RequestIntakeProps & { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(meQuery);
  const institutions = teacherInstitutions(me.data?.roles ?? []);
  const form = useForm<Values>({
    initialValues: {
      institutionId: institutionId ?? (institutions.length === 1 ? (institutions[0]?.id ?? '') : ''),
      qualification: qualification ?? '',
      message: '',
    },
    validate: { institutionId: (id) => (id ? null : t('trajectories.request.institutionRequired')) },
  });
  const request = useMutation({
    mutationFn: (values: Values) =>
      trajectoriesApi.requestIntake({
        institutionId: values.institutionId,
        from,
        qualification: values.qualification || null,
        message: values.message,
      }),
    onSuccess: async (trajectory) => {
      notifySuccess(t('trajectories.request.done'));
      onClose();
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.all });
      await navigate({ to: '/trajectories/$trajectoryId', params: { trajectoryId: trajectory.id } });
    },
  });
  const close = () => {
    request.reset();
    onClose();
  };
  return (
    <Dialog opened={opened} onClose={close} title={t('trajectories.request.title')} size="lg">
      <form onSubmit={form.onSubmit((values) => request.mutate(values))} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('trajectories.request.intro')}</Text>
          <Select
            label={t('trajectories.request.institution')}
            required
            allowDeselect={false}
            data={institutions.map((i) => ({ value: i.id, label: i.name }))}
            {...form.getInputProps('institutionId')}
            value={form.values.institutionId || null}
            onChange={(id) => form.setFieldValue('institutionId', id ?? '')}
          />
          <Select
            label={t('trajectories.request.qualification')}
            description={t('trajectories.request.qualificationHelp')}
            placeholder={t('trajectories.request.qualificationNone')}
            clearable
            data={qualificationCodes.map((code) => ({
              value: code,
              label: `${code} – ${t(`advice.qualification.${code}`)}`,
            }))}
            value={form.values.qualification || null}
            onChange={(code) => form.setFieldValue('qualification', (code ?? '') as Values['qualification'])}
          />
          <Textarea
            label={t('trajectories.request.message')}
            description={t('trajectories.request.messageHelp')}
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps('message')}
          />
          <ErrorAlert error={request.error} />
          <Button type="submit" loading={request.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('trajectories.request.submit')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}

/** A button that opens the intake request, on the trajectories page, the advice and the dossier alike. */
export function RequestIntake({
  variant = 'filled',
  size,
  ...props
}: RequestIntakeProps & Pick<ButtonProps, 'variant' | 'size'>) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        size={size}
        leftSection={<IconCalendarPlus size={18} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('trajectories.request.open')}
      </Button>
      {opened && <RequestIntakeDialog opened onClose={() => setOpened(false)} {...props} />}
    </>
  );
}
