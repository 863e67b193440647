import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  activityDeliveries,
  activityLevels,
  contentKinds,
  type RegisterActivity,
  type RegisterCatalogue,
} from '../../../../contracts/register.js';
import { registerApi, registerKeys } from '../../api/register';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import {
  type ActivityFormValues,
  activityFormOf,
  activityInputOf,
  emptyActivityForm,
  fieldsForKind,
  kindGroups,
  missingFields,
  problemsByField,
} from './activityForm';

interface ActivityFormDialogProps {
  catalogue: RegisterCatalogue;
  /** the activity to change; absent: a new one */
  activity?: RegisterActivity;
  opened: boolean;
  onClose: () => void;
  onSaved: (activity: RegisterActivity, isNew: boolean) => void;
}

/** Record or change an activity: a kind picker grouped by type, then only the fields that kind needs. */
export function ActivityFormDialog({
  catalogue,
  activity,
  opened,
  onClose,
  onSaved,
}: ActivityFormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      size="xl"
      title={activity ? t('register.form.changeTitle') : t('register.form.addTitle')}
    >
      {/* Mounted only while open, so each opening starts from the activity as it is now. */}
      {opened && (
        <ActivityForm catalogue={catalogue} activity={activity} onClose={onClose} onSaved={onSaved} />
      )}
    </Dialog>
  );
}

function ActivityForm({ catalogue, activity, onClose, onSaved }: Omit<ActivityFormDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const form = useForm<ActivityFormValues>({
    initialValues: activity ? activityFormOf(activity) : emptyActivityForm(),
    validate: (values) =>
      Object.fromEntries(missingFields(values).map((field) => [field, t(`register.form.required.${field}`)])),
  });
  const entry = catalogue.kinds.find((candidate) => candidate.kind === form.values.kind);
  const shown = fieldsForKind(entry);
  const ruleText = (id: string) => catalogue.rules.find((rule) => rule.id === id)?.text[language];

  const save = useMutation({
    mutationFn: (values: ActivityFormValues) => {
      if (!entry) throw new Error('no kind chosen');
      const input = activityInputOf(values, entry);
      return activity ? registerApi.changeActivity(activity.id, input) : registerApi.recordActivity(input);
    },
    onSuccess: async (saved) => {
      notifySuccess(t(activity ? 'register.form.changed' : 'register.form.recorded', { title: saved.title }));
      onSaved(saved, activity === undefined);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: registerKeys.activities }),
        queryClient.invalidateQueries({ queryKey: registerKeys.progress }),
      ]);
    },
    onError: (error) => form.setErrors(problemsByField(error)),
  });

  const kindHelp = entry && (
    <>
      {entry.note && <span>{entry.note[language]}</span>}
      {entry.rule && <span> ({`${entry.rule}: ${ruleText(entry.rule) ?? ''}`})</span>}
    </>
  );

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <Select
          label={t('register.form.kind')}
          description={kindHelp || t('register.form.kindHelp')}
          placeholder={t('register.form.kindPlaceholder')}
          required
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('register.form.kindNothingFound')}
          maxDropdownHeight={360}
          data={kindGroups(catalogue, language)}
          {...form.getInputProps('kind')}
        />
        {shown.other && (
          <Textarea
            label={t('register.form.otherDescription')}
            required
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('otherDescription')}
          />
        )}
        <TextInput
          label={t('register.form.title')}
          required
          maxLength={300}
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            type="date"
            label={t('register.form.startDate')}
            description={t('register.form.startDateHelp')}
            {...form.getInputProps('startDate')}
          />
          <TextInput
            type="date"
            label={t('register.form.date')}
            description={t('register.form.dateHelp')}
            required
            {...form.getInputProps('date')}
          />
          <NumberInput
            label={t('register.form.hours')}
            description={t('register.form.hoursHelp')}
            required
            min={0}
            max={10_000}
            decimalScale={1}
            decimalSeparator={language === 'nl' ? ',' : '.'}
            {...form.getInputProps('hours')}
          />
        </SimpleGrid>
        {shown.neededField === 'halfDays' && (
          <NumberInput
            label={t('register.form.halfDays')}
            description={t('register.form.halfDaysHelp')}
            required
            min={1}
            max={1000}
            allowDecimal={false}
            {...form.getInputProps('halfDays')}
          />
        )}
        {shown.neededField === 'words' && (
          <NumberInput
            label={t('register.form.words')}
            description={t('register.form.wordsHelp')}
            required
            min={0}
            allowDecimal={false}
            {...form.getInputProps('words')}
          />
        )}
        {shown.neededField === 'group' && (
          <TextInput
            label={t('register.form.group')}
            description={t('register.form.groupHelp')}
            required
            maxLength={200}
            {...form.getInputProps('group')}
          />
        )}
        <Select
          label={t('register.form.content')}
          description={t('register.form.contentHelp')}
          required
          allowDeselect={false}
          data={contentKinds.map((content) => ({ value: content, label: t(`register.content.${content}`) }))}
          {...form.getInputProps('content')}
        />
        <Radio.Group label={t('register.form.level')} {...form.getInputProps('level')}>
          <Group mt="xs">
            {activityLevels.map((level) => (
              <Radio key={level} value={level} label={t(`register.level.${level}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('register.form.relevance')}
          description={t('register.form.relevanceHelp')}
          required={form.values.level === 'below-bachelor'}
          autosize
          minRows={2}
          maxLength={4000}
          {...form.getInputProps('relevance')}
        />
        <Textarea
          label={t('register.form.description')}
          description={t('register.form.descriptionHelp')}
          autosize
          minRows={2}
          maxLength={4000}
          {...form.getInputProps('description')}
        />
        {shown.application && (
          <Textarea
            label={t('register.form.application')}
            description={t('register.form.applicationHelp')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('application')}
          />
        )}
        {shown.delivery && (
          <Radio.Group
            label={t('register.form.delivery')}
            description={t('register.form.deliveryHelp')}
            {...form.getInputProps('delivery')}
          >
            <Group mt="xs">
              {activityDeliveries.map((delivery) => (
                <Radio key={delivery} value={delivery} label={t(`register.delivery.${delivery}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
        {shown.delivery && form.values.delivery !== 'contact' && (
          <Checkbox
            label={t('register.form.testPassed')}
            description={t('register.form.testPassedHelp')}
            {...form.getInputProps('testPassed', { type: 'checkbox' })}
          />
        )}
        <Fieldset legend={t('register.form.points')} variant="unstyled">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('register.form.pointsHelp')}
            </Text>
            {form.values.accreditationPoints.map((_, index) => (
              // Rows have no identity of their own; their position is what the server's messages name.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Group key={index} align="flex-start" gap="sm">
                <TextInput
                  label={t('register.form.scheme')}
                  placeholder="ABAN"
                  maxLength={50}
                  {...form.getInputProps(`accreditationPoints.${index}.scheme`)}
                />
                <NumberInput
                  label={t('register.form.pointsValue')}
                  min={0}
                  decimalScale={1}
                  {...form.getInputProps(`accreditationPoints.${index}.points`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  mt={28}
                  size="lg"
                  aria-label={t('register.form.removePoints', { number: index + 1 })}
                  onClick={() => form.removeListItem('accreditationPoints', index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('accreditationPoints', { scheme: '', points: '' })}
              >
                {t('register.form.addPoints')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <ErrorAlert error={save.error} title={t('register.form.saveFailed')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {activity ? t('register.form.saveChange') : t('register.form.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
