import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBook, IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type QualificationCode, qualificationCodes } from '../../../../contracts/qualifications.js';
import { payers, routeKinds } from '../../../../contracts/trajectories.js';
import type { TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { assessmentWeeksQuery, trajectoriesApi, trajectoryKeys } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, todayInAmsterdam } from '../policies/dates';
import { formatEuros } from '../trajectories/trajectoryStatus';
import {
  carryOverSources,
  catalogueChoices,
  estimateCosts,
  type PlanValues,
  planProblems,
  planValuesOf,
  recordIntakeInputOf,
  type SchoolingRow,
} from './intakePlan';

interface PlanFormProps {
  trajectory: TrajectoryDetail;
  onSaved: () => void;
}

/**
 * The plan recorded at the intake (R-UMCU-ROUTE-1): qualification, route, schooling from the catalogue of
 * this year or elsewhere, payer, expected assessment week, notes, and for a BKO after a UvO the portfolio to
 * start from (R-UMCU-UVO-4). The cost is shown as it will be recorded (R-UMCU-COST-1); the route rules
 * (R-UMCU-ROUTE-3) are checked by the server, whose refusal appears beside the form and the items it names.
 */
export function PlanForm({ trajectory, onSaved }: PlanFormProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const schoolingHeadingId = useId();
  const costHeadingId = useId();
  const institutionId = trajectory.institution.id;
  const today = todayInAmsterdam();
  const year = Number(today.slice(0, 4));

  const catalogue = useQuery({
    queryKey: [...trajectoryKeys.catalogues(institutionId), year],
    queryFn: () => trajectoriesApi.catalogue(institutionId, year),
  });
  const weeks = useQuery(assessmentWeeksQuery(institutionId));
  const form = useForm<PlanValues>({ initialValues: planValuesOf(trajectory) });
  const values = form.values;
  const overview = useQuery({
    queryKey: trajectoryKeys.overview(institutionId),
    queryFn: () => trajectoriesApi.overview(institutionId),
    enabled: values.qualification === 'BKO',
  });

  const record = useMutation({
    mutationFn: (plan: PlanValues) => trajectoriesApi.recordIntake(trajectory.id, recordIntakeInputOf(plan)),
    onSuccess: async (saved) => {
      notifySuccess(
        t(
          saved.state === 'cost-approval-pending' ? 'intakes.plan.recordedPending' : 'intakes.plan.recorded',
          {
            name: trajectory.teacher.displayName,
          },
        ),
      );
      onSaved();
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.all });
    },
    onError: (error) => form.setErrors(planProblems(error, t('intakes.plan.itemProblem'))),
  });

  const costs = estimateCosts(values, catalogue.data, today);
  const items = catalogueChoices(catalogue.data, values.qualification);
  const itemData = items.map((item) => ({
    value: item.id,
    label: `${item.title[language]} (${formatEuros(item.priceCents, language)})`,
  }));
  const weekData = (weeks.data?.items ?? [])
    .filter(
      (week) =>
        week.startsOn > today && values.qualification && week.qualifications.includes(values.qualification),
    )
    .map((week) => ({
      value: week.startsOn,
      label: `${week.name} (${formatDay(week.startsOn, i18n.language)})`,
    }));
  const sources = carryOverSources(
    overview.data?.items ?? [],
    { id: trajectory.id, teacherId: trajectory.teacher.id },
    values.qualification,
  );
  const titleOf = (row: SchoolingRow, index: number) =>
    row.source === 'catalogue'
      ? (items.find((item) => item.id === row.itemId)?.title[language] ??
        t('intakes.plan.itemNumber', { n: index + 1 }))
      : row.title || t('intakes.plan.itemNumber', { n: index + 1 });

  return (
    <form onSubmit={form.onSubmit((plan) => record.mutate(plan))} noValidate>
      <Stack gap="md">
        <Text>{t('intakes.plan.intakeToday', { date: formatDay(today, i18n.language) })}</Text>
        {catalogue.isError && <ErrorAlert title={t('intakes.plan.noCatalogue')} error={catalogue.error} />}
        <Group align="flex-start" gap="lg" wrap="wrap">
          <Select
            label={t('intakes.plan.qualification')}
            required
            allowDeselect={false}
            data={qualificationCodes.map((code) => ({
              value: code,
              label: `${code} – ${t(`advice.qualification.${code}`)}`,
            }))}
            w={{ base: '100%', sm: 380 }}
            {...form.getInputProps('qualification')}
            onChange={(value) => {
              form.setFieldValue('qualification', value as QualificationCode | null);
              form.setFieldValue('expectedAssessmentWeek', null);
              form.setFieldValue('carryOverFrom', null);
            }}
          />
          <Radio.Group label={t('intakes.plan.route')} required {...form.getInputProps('route')}>
            <Stack gap={6} mt={6}>
              {routeKinds.map((kind) => (
                <Radio key={kind} value={kind} label={t(`intakes.plan.routes.${kind}`)} />
              ))}
            </Stack>
          </Radio.Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('intakes.plan.routeRules')}
        </Text>

        <Stack gap="sm" component="section" aria-labelledby={schoolingHeadingId}>
          <Title order={3} size="h4" id={schoolingHeadingId}>
            {t('intakes.plan.schooling')}
          </Title>
          {values.schooling.length === 0 && <Text c="dimmed">{t('intakes.plan.noSchooling')}</Text>}
          {values.schooling.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: form list rows have no identity of their own
            <Card key={index} withBorder radius="md" p="sm">
              <Stack gap="xs">
                <Group align="flex-end" gap="sm" wrap="wrap">
                  {row.source === 'catalogue' ? (
                    <Select
                      label={t('intakes.plan.catalogueItem', { n: index + 1 })}
                      placeholder={t('intakes.plan.choose')}
                      required
                      searchable
                      data={itemData}
                      nothingFoundMessage={t('intakes.plan.nothingFound')}
                      style={{ flex: 1, minWidth: 240 }}
                      {...form.getInputProps(`schooling.${index}.itemId`)}
                    />
                  ) : (
                    <>
                      <TextInput
                        label={t('intakes.plan.elsewhereTitle', { n: index + 1 })}
                        required
                        maxLength={200}
                        style={{ flex: 2, minWidth: 200 }}
                        {...form.getInputProps(`schooling.${index}.title`)}
                      />
                      <TextInput
                        label={t('intakes.plan.provider')}
                        required
                        maxLength={200}
                        style={{ flex: 1, minWidth: 140 }}
                        {...form.getInputProps(`schooling.${index}.provider`)}
                      />
                      <NumberInput
                        label={t('intakes.plan.priceEuros')}
                        min={0}
                        decimalScale={2}
                        prefix="€ "
                        w={{ base: '100%', xs: 140 }}
                        {...form.getInputProps(`schooling.${index}.price`)}
                      />
                    </>
                  )}
                  <TextInput
                    type="date"
                    label={t('intakes.plan.completedOn')}
                    w={{ base: '100%', xs: 180 }}
                    {...form.getInputProps(`schooling.${index}.completedOn`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    size="lg"
                    mb={2}
                    aria-label={t('intakes.plan.removeItem', { title: titleOf(row, index) })}
                    onClick={() => form.removeListItem('schooling', index)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
                {form.errors[`schooling.${index}`] && (
                  <Text size="sm" c="red.8">
                    {form.errors[`schooling.${index}`]}
                  </Text>
                )}
              </Stack>
            </Card>
          ))}
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconBook size={18} aria-hidden />}
              disabled={!catalogue.data}
              onClick={() =>
                form.insertListItem('schooling', {
                  source: 'catalogue',
                  itemId: '',
                  completedOn: '',
                } satisfies SchoolingRow)
              }
            >
              {t('intakes.plan.addCatalogueItem')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() =>
                form.insertListItem('schooling', {
                  source: 'elsewhere',
                  title: '',
                  provider: '',
                  price: '',
                  completedOn: '',
                } satisfies SchoolingRow)
              }
            >
              {t('intakes.plan.addElsewhere')}
            </Button>
          </Group>
        </Stack>

        <Radio.Group label={t('intakes.plan.payer')} required {...form.getInputProps('payer')}>
          <Group gap="lg" mt={6}>
            {payers.map((payer) => (
              <Radio key={payer} value={payer} label={t(`intakes.plan.payers.${payer}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Select
          label={t('intakes.plan.expectedWeek')}
          placeholder={weekData.length === 0 ? t('intakes.plan.noWeeks') : t('intakes.plan.choose')}
          clearable
          data={weekData}
          w={{ base: '100%', sm: 380 }}
          {...form.getInputProps('expectedAssessmentWeek')}
        />
        {sources.length > 0 && (
          <Select
            label={t('intakes.plan.carryOver')}
            description={t('intakes.plan.carryOverHelp')}
            placeholder={t('intakes.plan.carryOverNone')}
            clearable
            data={sources.map((source) => ({
              value: source.id,
              label: t('intakes.plan.carryOverOption', {
                qualification: source.qualification,
                date: formatDay(source.createdAt.slice(0, 10), i18n.language),
              }),
            }))}
            w={{ base: '100%', sm: 380 }}
            {...form.getInputProps('carryOverFrom')}
          />
        )}
        <Textarea
          label={t('intakes.plan.notes')}
          autosize
          minRows={3}
          maxLength={10_000}
          {...form.getInputProps('notes')}
        />

        <Card withBorder radius="md" component="section" aria-labelledby={costHeadingId} aria-live="polite">
          <Stack gap="xs">
            <Title order={3} size="h4" id={costHeadingId}>
              {t('intakes.plan.costTitle')}
            </Title>
            <Table>
              <Table.Tbody>
                {costs.lines.map((line, index) => {
                  const row = values.schooling[index] as SchoolingRow;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one line per form row, by position
                    <Table.Tr key={index}>
                      <Table.Td>
                        {titleOf(row, index)}
                        {line.alreadyFollowed && ` (${t('intakes.plan.alreadyFollowed')})`}
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatEuros(line.alreadyFollowed ? 0 : line.cents, language)}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
                <Table.Tr>
                  <Table.Td>
                    {t('intakes.plan.assessment', {
                      qualification: values.qualification ?? t('common.none'),
                    })}
                  </Table.Td>
                  <Table.Td ta="right">
                    {costs.assessmentCents === null
                      ? t('intakes.plan.noAssessmentPrice')
                      : formatEuros(costs.assessmentCents, language)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('intakes.plan.total')}</Table.Th>
                  <Table.Td ta="right" fw={700} data-testid="plan-total">
                    {formatEuros(costs.totalCents, language)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
            <Text size="sm">
              {costs.needsApproval
                ? t('intakes.plan.needsApproval')
                : t(`intakes.plan.paidBy.${values.payer}`)}
            </Text>
          </Stack>
        </Card>

        {record.error && <ErrorAlert title={t('intakes.plan.refused')} error={record.error} />}
        <Group>
          <Button
            type="submit"
            loading={record.isPending}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {t('intakes.plan.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
