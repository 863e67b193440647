import {
  Button,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contentKinds } from '../../../../contracts/register.js';
import { registerCatalogueQuery } from '../../api/register';
import { providerApi, registerAdminKeys } from '../../api/register-admin';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { kindGroups, problemsByField } from '../register/activityForm';
import { type PublishValues, publishInputOf, requiredPublishFields } from './publish';

interface PublishDialogProps {
  providerId: string;
  opened: boolean;
  onClose: () => void;
}

/** Publishes a validated activity (R-REG-EVID-1); attendance can be registered from then on. */
export function PublishDialog({ providerId, opened, onClose }: PublishDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} size="lg" title={t('providers.publish.title')}>
      {/* Mounted only while open, so each opening starts empty. */}
      {opened && <PublishForm providerId={providerId} onClose={onClose} />}
    </Dialog>
  );
}

const empty: PublishValues = {
  number: '',
  title: '',
  description: '',
  kind: null,
  content: null,
  startDate: '',
  date: '',
  recognisedRU: '',
};

function PublishForm({ providerId, onClose }: Omit<PublishDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const catalogue = useQuery(registerCatalogueQuery);
  const form = useForm<PublishValues>({
    initialValues: empty,
    validate: (values) =>
      Object.fromEntries(
        requiredPublishFields(values).map((field) => [field, t(`providers.publish.required.${field}`)]),
      ),
  });
  const publish = useMutation({
    mutationFn: (values: PublishValues) => providerApi.publish(providerId, publishInputOf(values)),
    onSuccess: async (published) => {
      notifySuccess(t('providers.publish.done', { title: published.title, number: published.number }));
      onClose();
      await queryClient.invalidateQueries({ queryKey: registerAdminKeys.providerActivities(providerId) });
      await navigate({ to: '/provider/$activityId', params: { activityId: published.id } });
    },
    onError: (error) => form.setErrors(problemsByField(error)),
  });

  if (catalogue.isError) return <ErrorAlert error={catalogue.error} />;
  if (!catalogue.data) return <Loader aria-label={t('common.loading')} />;
  return (
    <form onSubmit={form.onSubmit((values) => publish.mutate(values))} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('providers.publish.number')}
            description={t('providers.publish.numberHelp')}
            required
            maxLength={50}
            {...form.getInputProps('number')}
          />
          <NumberInput
            label={t('providers.publish.recognisedRU')}
            description={t('providers.publish.recognisedRUHelp')}
            required
            min={0.1}
            max={10_000}
            decimalScale={1}
            decimalSeparator={language === 'nl' ? ',' : '.'}
            {...form.getInputProps('recognisedRU')}
          />
        </SimpleGrid>
        <TextInput
          label={t('providers.publish.activityTitle')}
          required
          maxLength={300}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('providers.publish.description')}
          autosize
          minRows={2}
          maxLength={5000}
          {...form.getInputProps('description')}
        />
        <Select
          label={t('providers.publish.kind')}
          placeholder={t('providers.publish.kindPlaceholder')}
          nothingFoundMessage={t('providers.publish.kindNothingFound')}
          required
          searchable
          allowDeselect={false}
          data={kindGroups(catalogue.data, language)}
          {...form.getInputProps('kind')}
        />
        <Select
          label={t('providers.publish.content')}
          required
          allowDeselect={false}
          data={contentKinds.map((content) => ({ value: content, label: t(`register.content.${content}`) }))}
          {...form.getInputProps('content')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('providers.publish.startDate')}
            description={t('providers.publish.startDateHelp')}
            {...form.getInputProps('startDate')}
          />
          <TextInput
            type="date"
            label={t('providers.publish.date')}
            description={t('providers.publish.dateHelp')}
            required
            {...form.getInputProps('date')}
          />
        </SimpleGrid>
        {/* Field problems show beside their fields; anything else (a number taken) here. */}
        {publish.error && Object.keys(problemsByField(publish.error)).length === 0 && (
          <ErrorAlert error={publish.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={publish.isPending}>
            {t('providers.publish.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
