import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCopy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qualificationCodes } from '../../../../contracts/qualifications.js';
import type { CatalogueRecord } from '../../../../contracts/trajectories-api.js';
import { cataloguesQuery, trajectoriesApi, trajectoryKeys } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment } from '../policies/dates';
import {
  type CatalogueFormValues,
  catalogueFormOf,
  catalogueInputOf,
  catalogueYears,
  emptyItem,
  itemGroups,
} from './catalogueForm';

interface CataloguePanelProps {
  institutionId: string;
  year: number;
  thisYear: number;
  onYear: (year: number) => void;
}

/** A year's courses, modules and assessment prices (R-UMCU-COST-1), saved whole. */
export function CataloguePanel({ institutionId, year, thisYear, onYear }: CataloguePanelProps) {
  const { t } = useTranslation();
  const catalogues = useQuery(cataloguesQuery(institutionId));
  const [copyFrom, setCopyFrom] = useState<{ year: number; from: CatalogueRecord } | null>(null);
  if (catalogues.isPending) return <Loader aria-label={t('common.loading')} />;
  if (catalogues.isError) return <ErrorAlert error={catalogues.error} />;
  const records = catalogues.data.items;
  const record = records.find((c) => c.year === year) ?? null;
  const previous = records.find((c) => c.year === year - 1) ?? null;
  const start = record ?? (copyFrom?.year === year ? copyFrom.from : null);
  return (
    <Stack gap="lg">
      <Select
        label={t('trajectoryAdmin.catalogue.year')}
        data={catalogueYears(
          records.map((c) => c.year),
          thisYear,
        ).map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(value) => {
          if (value) onYear(Number(value));
        }}
        allowDeselect={false}
        w={{ base: '100%', sm: 160 }}
      />
      {record ? (
        <Text c="dimmed" size="sm">
          {t('trajectoryAdmin.catalogue.lastSaved', {
            moment: formatMoment(record.updatedAt, currentLanguage()),
          })}
        </Text>
      ) : (
        <Alert color="blue" title={t('trajectoryAdmin.catalogue.noneYet', { year })}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              {previous
                ? t('trajectoryAdmin.catalogue.copyHelp', { year: year - 1 })
                : t('trajectoryAdmin.catalogue.emptyHelp')}
            </Text>
            {previous && copyFrom?.year !== year && (
              <Button
                variant="default"
                leftSection={<IconCopy size={18} aria-hidden />}
                onClick={() => setCopyFrom({ year, from: previous })}
              >
                {t('trajectoryAdmin.catalogue.copy', { year: year - 1 })}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {/* keyed, so another year, a copy or a save elsewhere starts the form afresh */}
      <CatalogueForm
        key={`${institutionId}-${year}-${record?.updatedAt ?? ''}-${start?.year ?? ''}`}
        institutionId={institutionId}
        year={year}
        start={start}
      />
    </Stack>
  );
}

function CatalogueForm({
  institutionId,
  year,
  start,
}: {
  institutionId: string;
  year: number;
  start: Pick<CatalogueRecord, 'items' | 'assessmentPriceCents'> | null;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const form = useForm<CatalogueFormValues>({ initialValues: catalogueFormOf(start, language) });
  const save = useMutation({
    mutationFn: (values: CatalogueFormValues) => {
      const { input } = catalogueInputOf(values, language);
      if (!input) throw new Error('the form was checked');
      return trajectoriesApi.saveCatalogue(institutionId, year, input);
    },
    onSuccess: async () => {
      notifySuccess(t('trajectoryAdmin.catalogue.saved', { year }));
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.catalogues(institutionId) });
    },
  });
  const submit = (values: CatalogueFormValues) => {
    const { errors } = catalogueInputOf(values, language);
    if (errors) {
      form.setErrors(
        Object.fromEntries(
          Object.entries(errors).map(([path, key]) => [path, t(`trajectoryAdmin.catalogue.errors.${key}`)]),
        ),
      );
      return;
    }
    save.mutate(values);
  };
  const groups = itemGroups(form.values.items);
  const priceHelp = t('trajectoryAdmin.catalogue.priceHelp');

  const itemFields = (index: number) => {
    const item = form.values.items[index];
    if (!item) return null;
    const title =
      (language === 'nl' ? item.titleNl : item.titleEn) || t(`trajectoryAdmin.catalogue.new.${item.kind}`);
    return (
      <Fieldset key={index} legend={title} radius="md">
        <SimpleGrid cols={{ base: 1, sm: item.kind === 'course' ? 4 : 3 }} spacing="sm">
          <TextInput
            label={t('trajectoryAdmin.catalogue.titleNl')}
            required
            maxLength={200}
            {...form.getInputProps(`items.${index}.titleNl`)}
          />
          <TextInput
            label={t('trajectoryAdmin.catalogue.titleEn')}
            required
            maxLength={200}
            {...form.getInputProps(`items.${index}.titleEn`)}
          />
          {item.kind === 'course' && (
            <Select
              label={t('trajectoryAdmin.catalogue.qualification')}
              required
              allowDeselect={false}
              data={[...qualificationCodes]}
              {...form.getInputProps(`items.${index}.qualification`)}
            />
          )}
          <TextInput
            label={t('trajectoryAdmin.catalogue.price')}
            description={priceHelp}
            required
            inputMode="decimal"
            leftSection="€"
            {...form.getInputProps(`items.${index}.price`)}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="xs">
          <ActionIcon
            variant="subtle"
            color="red.9"
            size="lg"
            aria-label={t('trajectoryAdmin.catalogue.remove', { title })}
            onClick={() => form.removeListItem('items', index)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      </Fieldset>
    );
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="lg">
        {(['courses', 'modules'] as const).map((group) => (
          <Card
            key={group}
            withBorder
            radius="lg"
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-labelledby={`catalogue-${group}`}
          >
            <Stack gap="md">
              <Title order={2} size="h3" id={`catalogue-${group}`}>
                {t(`trajectoryAdmin.catalogue.${group}`)}
              </Title>
              {groups[group].length === 0 && <Text>{t(`trajectoryAdmin.catalogue.no.${group}`)}</Text>}
              {groups[group].map(({ index }) => itemFields(index))}
              <Group>
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() =>
                    form.insertListItem('items', emptyItem(group === 'courses' ? 'course' : 'module'))
                  }
                >
                  {t(`trajectoryAdmin.catalogue.add.${group}`)}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
        <Card
          withBorder
          radius="lg"
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="catalogue-assessment"
        >
          <Stack gap="md">
            <Title order={2} size="h3" id="catalogue-assessment">
              {t('trajectoryAdmin.catalogue.assessment')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('trajectoryAdmin.catalogue.assessmentHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
              {qualificationCodes.map((code) => (
                <TextInput
                  key={code}
                  label={t('trajectoryAdmin.catalogue.assessmentPrice', { code })}
                  inputMode="decimal"
                  leftSection="€"
                  {...form.getInputProps(`assessment.${code}`)}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Card>
        <ErrorAlert error={save.error} title={t('trajectoryAdmin.catalogue.saveFailed')} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('trajectoryAdmin.catalogue.save', { year })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
