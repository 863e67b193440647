import { Button, Group, Loader, NumberInput, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type QualificationCode, qualificationCodes } from '../../../../contracts/qualifications.js';
import type { RequirementSettingsView } from '../../../../contracts/trajectories-api.js';
import { trajectoriesApi, trajectoryKeys } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { type RequirementValues, requirementSettingsOf, requirementValuesOf } from './requirementsForm';

interface RequirementsPanelProps {
  institutionId: string;
  qualification: QualificationCode;
  onQualification: (qualification: QualificationCode) => void;
}

/** Per qualification, the template's numbers beside the institution's own (R-UMCU-PF-1). */
export function RequirementsPanel({ institutionId, qualification, onQualification }: RequirementsPanelProps) {
  const { t } = useTranslation();
  const view = useQuery({
    queryKey: trajectoryKeys.requirements(institutionId, qualification),
    queryFn: () => trajectoriesApi.requirementSettings(institutionId, qualification),
  });
  return (
    <Stack gap="md">
      <Text>{t('trajectoryAdmin.requirements.intro')}</Text>
      <SegmentedControl
        aria-label={t('trajectoryAdmin.requirements.qualification')}
        data={[...qualificationCodes]}
        value={qualification}
        onChange={(value) => onQualification(value as QualificationCode)}
        w={{ base: '100%', sm: 'auto' }}
        style={{ alignSelf: 'flex-start' }}
      />
      {view.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={view.error} />
      {view.data && (
        <RequirementsForm
          key={`${institutionId}-${qualification}`}
          institutionId={institutionId}
          view={view.data}
        />
      )}
    </Stack>
  );
}

function RequirementsForm({ institutionId, view }: { institutionId: string; view: RequirementSettingsView }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const form = useForm<RequirementValues>({ initialValues: requirementValuesOf(view) });
  const save = useMutation({
    mutationFn: (values: RequirementValues) =>
      trajectoriesApi.saveRequirementSettings(institutionId, view.qualification, {
        settings: requirementSettingsOf(values),
      }),
    onSuccess: (saved) => {
      notifySuccess(t('trajectoryAdmin.requirements.saved', { code: saved.qualification }));
      queryClient.setQueryData(trajectoryKeys.requirements(institutionId, saved.qualification), saved);
      form.resetDirty(requirementValuesOf(saved));
    },
  });
  const caption = t('trajectoryAdmin.requirements.table', { code: view.qualification });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('trajectoryAdmin.requirements.template', { date: formatDay(view.templateValidFrom, language) })}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="sm" aria-label={caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('trajectoryAdmin.requirements.column.requirement')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('trajectoryAdmin.requirements.column.default')}
                </Table.Th>
                <Table.Th scope="col">{t('trajectoryAdmin.requirements.column.institution')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.requirements.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw="normal">
                    <Text size="sm" fw={600}>
                      {r.label[language]}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.rules.join(', ')}
                    </Text>
                  </Table.Th>
                  <Table.Td ta="right">
                    {t(`trajectoryAdmin.requirements.counts.${r.counts}`, { count: r.default })}
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('trajectoryAdmin.requirements.numberFor', { label: r.label[language] })}
                      placeholder={t('trajectoryAdmin.requirements.asDefault', { count: r.default })}
                      min={0}
                      max={1000}
                      allowDecimal={false}
                      allowNegative={false}
                      w={160}
                      {...form.getInputProps(r.id)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ErrorAlert error={save.error} title={t('trajectoryAdmin.requirements.saveFailed')} />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() =>
              form.setValues(
                Object.fromEntries(view.requirements.map((r) => [r.id, ''])) as RequirementValues,
              )
            }
          >
            {t('trajectoryAdmin.requirements.useDefaults')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('trajectoryAdmin.requirements.save', { code: view.qualification })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
