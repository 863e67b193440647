import { ActionIcon, Button, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalendarPlus, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { trajectoriesApi, trajectoryKeys } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { problemsByField } from '../register/activityForm';
import { emptyOffer, type OfferRow, offersInputOf } from './intakePlan';

const MAX_TIMES = 10;

/** Offer the teacher one to ten intake times; the teacher chooses one (which the list then shows). */
export function OfferForm({ trajectory }: { trajectory: TrajectoryDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const form = useForm<{ times: OfferRow[] }>({ initialValues: { times: [emptyOffer()] } });
  const offer = useMutation({
    mutationFn: (times: OfferRow[]) => trajectoriesApi.offerIntakeTimes(trajectory.id, offersInputOf(times)),
    onSuccess: async (_, times) => {
      notifySuccess(t('intakes.offers.sent', { count: times.length, name: trajectory.teacher.displayName }));
      form.reset();
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.all });
    },
    onError: (error) => form.setErrors(problemsByField(error)),
  });
  const rows = form.values.times;
  const lastLocation = rows.at(-1)?.location ?? '';

  return (
    <form
      onSubmit={form.onSubmit((values) => offer.mutate(values.times))}
      noValidate
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('intakes.offers.formTitle')}
        </Title>
        {rows.map((row, index) => (
          // rows are positions in the form; @mantine/form addresses them by index
          // biome-ignore lint/suspicious/noArrayIndexKey: form list rows have no identity of their own
          <Group key={index} align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              type="datetime-local"
              label={t('intakes.offers.startsAtNumbered', { n: index + 1 })}
              required
              w={{ base: '100%', xs: 220 }}
              {...form.getInputProps(`times.${index}.startsAt`)}
            />
            <NumberInput
              label={t('intakes.offers.minutes')}
              min={5}
              max={480}
              step={15}
              allowDecimal={false}
              w={{ base: '100%', xs: 120 }}
              {...form.getInputProps(`times.${index}.minutes`)}
            />
            <TextInput
              label={t('intakes.offers.location')}
              required
              maxLength={200}
              style={{ flex: 1, minWidth: 200 }}
              {...form.getInputProps(`times.${index}.location`)}
            />
            {rows.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red.8"
                size="lg"
                mb={2}
                aria-label={t('intakes.offers.remove', { n: index + 1, time: row.startsAt || '' })}
                onClick={() => form.removeListItem('times', index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {offer.error && Object.keys(problemsByField(offer.error)).length === 0 && (
          <ErrorAlert error={offer.error} />
        )}
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            disabled={rows.length >= MAX_TIMES}
            onClick={() => form.insertListItem('times', emptyOffer(lastLocation))}
          >
            {t('intakes.offers.add')}
          </Button>
          <Button
            type="submit"
            loading={offer.isPending}
            leftSection={<IconCalendarPlus size={18} aria-hidden />}
          >
            {t('intakes.offers.submit', { count: rows.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
