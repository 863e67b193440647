import {
  ActionIcon,
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { competencyAreas } from '../../../../contracts/qualifications.js';
import { type CvTask, teachingForms } from '../../../../contracts/trajectories.js';
import type { PortfolioView } from '../../../../contracts/trajectories-api.js';
import { trajectoriesApi } from '../../api/trajectories';
import { Dialog } from '../../components/Dialog';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { type CvRowError, type CvRowValues, cvChanged, cvRowOf, cvTaskOf, emptyCvRow, withTask } from './cv';
import { SaveError } from './SaveError';
import { usePortfolioMutation } from './savePortfolio';
import { useLeaveGuard } from './useLeaveGuard';

interface CvEditorProps {
  view: PortfolioView;
  readOnly: boolean;
}

/** The teaching CV (R-UMCU-PF-1): tasks are added, changed and removed here, then saved as a whole. */
export function CvEditor({ view, readOnly }: CvEditorProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [tasks, setTasks] = useState<CvTask[]>(view.content.cv);
  const [editing, setEditing] = useState<CvRowValues | null>(null);
  const changed = cvChanged(view.content.cv, tasks);
  useLeaveGuard(changed);
  const save = usePortfolioMutation(
    view.trajectoryId,
    (cv: CvTask[]) => trajectoriesApi.saveCv(view.trajectoryId, { revision: view.revision, cv }),
    (saved) => {
      setTasks(saved.content.cv);
      notifySuccess(t('portfolio.cv.saved'));
    },
  );
  const period = (task: CvTask) =>
    task.until
      ? t('portfolio.cv.period', {
          from: formatDay(task.from, language),
          until: formatDay(task.until, language),
        })
      : t('portfolio.cv.since', { from: formatDay(task.from, language) });

  return (
    <Stack gap="md">
      {tasks.length === 0 ? (
        <Text c="dimmed">{t('portfolio.cv.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" aria-label={t('portfolio.cv.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('portfolio.cv.content')}</Table.Th>
                <Table.Th>{t('portfolio.cv.form')}</Table.Th>
                <Table.Th>{t('portfolio.cv.targetGroup')}</Table.Th>
                <Table.Th>{t('portfolio.cv.periodColumn')}</Table.Th>
                <Table.Th ta="right">{t('portfolio.cv.hours')}</Table.Th>
                {!readOnly && <Table.Th>{t('portfolio.cv.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td>{task.content}</Table.Td>
                  <Table.Td>{t(`portfolio.teachingForm.${task.form}`)}</Table.Td>
                  <Table.Td>{task.targetGroup}</Table.Td>
                  <Table.Td>{period(task)}</Table.Td>
                  <Table.Td ta="right">{task.hoursPerYear.toLocaleString(language)}</Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('portfolio.cv.edit', { task: task.content })}
                          onClick={() => setEditing(cvRowOf(task))}
                        >
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          aria-label={t('portfolio.cv.remove', { task: task.content })}
                          onClick={() => setTasks(tasks.filter((other) => other.id !== task.id))}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {save.error && (
        <SaveError
          trajectoryId={view.trajectoryId}
          error={save.error}
          onReloaded={(fresh) => {
            save.reset();
            setTasks(fresh.content.cv);
          }}
        />
      )}
      {!readOnly && (
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setEditing(emptyCvRow(crypto.randomUUID()))}
          >
            {t('portfolio.cv.add')}
          </Button>
          <Group gap="sm">
            {changed && (
              <>
                <Badge color="red.9" variant="filled">
                  {t('portfolio.unsaved')}
                </Badge>
                <Button variant="subtle" onClick={() => setTasks(view.content.cv)}>
                  {t('portfolio.discard')}
                </Button>
              </>
            )}
            <Button
              disabled={!changed}
              loading={save.isPending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              onClick={() => save.mutate(tasks)}
            >
              {t('portfolio.cv.save')}
            </Button>
          </Group>
        </Group>
      )}
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={
          editing && tasks.some((task) => task.id === editing.id)
            ? t('portfolio.cv.editTitle')
            : t('portfolio.cv.addTitle')
        }
      >
        {editing && (
          <CvRowForm
            row={editing}
            onCancel={() => setEditing(null)}
            onDone={(task) => {
              setTasks(withTask(tasks, task));
              setEditing(null);
            }}
          />
        )}
      </Dialog>
    </Stack>
  );
}

function CvRowForm({
  row,
  onCancel,
  onDone,
}: {
  row: CvRowValues;
  onCancel: () => void;
  onDone: (task: CvTask) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const form = useForm<CvRowValues>({
    initialValues: row,
    validate: (values) => {
      const result = cvTaskOf(values);
      if (result.ok) return {};
      return Object.fromEntries(
        Object.entries(result.errors).map(([field, reason]) => [
          field,
          t(`portfolio.cv.errors.${reason as CvRowError}`),
        ]),
      );
    },
  });
  const submit = form.onSubmit((values) => {
    const result = cvTaskOf(values);
    if (result.ok) onDone(result.task);
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          label={t('portfolio.cv.content')}
          description={t('portfolio.cv.contentHelp')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('content')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('portfolio.cv.form')}
            required
            allowDeselect={false}
            data={teachingForms.map((value) => ({ value, label: t(`portfolio.teachingForm.${value}`) }))}
            {...form.getInputProps('form')}
          />
          <TextInput
            label={t('portfolio.cv.targetGroup')}
            description={t('portfolio.cv.targetGroupHelp')}
            required
            maxLength={200}
            {...form.getInputProps('targetGroup')}
          />
          <TextInput type="date" label={t('portfolio.cv.from')} required {...form.getInputProps('from')} />
          <TextInput
            type="date"
            label={t('portfolio.cv.until')}
            description={t('portfolio.cv.untilHelp')}
            {...form.getInputProps('until')}
          />
          <NumberInput
            label={t('portfolio.cv.hours')}
            description={t('portfolio.cv.hoursHelp')}
            required
            min={0}
            max={2000}
            decimalScale={1}
            decimalSeparator={language === 'nl' ? ',' : '.'}
            {...form.getInputProps('hoursPerYear')}
          />
          <MultiSelect
            label={t('portfolio.cv.areas')}
            description={t('portfolio.cv.areasHelp')}
            data={competencyAreas.map((value) => ({
              value,
              label: t(`advice.competencyArea.${value}.label`),
            }))}
            {...form.getInputProps('areas')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('portfolio.cv.apply')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
