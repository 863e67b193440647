import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconClockHour4, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { trajectoriesApi, trajectoryKeys, trajectoryQuery } from '../../api/trajectories';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { formatDay, formatMoment } from '../policies/dates';
import { problemsByField } from '../register/activityForm';
import { CostTable } from '../trajectories/CostTable';
import { Section } from '../trajectories/parts';
import { TrajectoryStateBadge } from '../trajectories/TrajectoryStateBadge';
import { OfferForm } from './OfferForm';
import { PlanForm } from './PlanForm';

const route = getRouteApi('/_authenticated/intakes/$trajectoryId');

/** One intake for the adviser: the request, offered times, the plan to record, and cancelling. */
export function IntakePage() {
  const { t } = useTranslation();
  const { trajectoryId } = route.useParams();
  const trajectory = useQuery(trajectoryQuery(trajectoryId));

  if (trajectory.isPending) {
    return (
      <>
        <PageHeader title={t('intakes.page.loadingTitle')} />
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('common.loading')}</Text>
        </Group>
      </>
    );
  }
  if (trajectory.isError) {
    return (
      <>
        <PageHeader title={t('intakes.page.loadingTitle')} />
        <ErrorAlert error={trajectory.error} />
      </>
    );
  }
  const detail = trajectory.data;
  return (
    <>
      <PageHeader
        title={t('intakes.page.title', { name: detail.teacher.displayName })}
        description={
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/intakes" search={{ institution: detail.institution.id }} />
            )}
          >
            {t('intakes.page.back')}
          </Anchor>
        }
      >
        {detail.events.includes('cancel') && <CancelButton trajectory={detail} />}
      </PageHeader>
      <Stack gap="lg" maw={1000}>
        <RequestCard trajectory={detail} />
        {(detail.events.includes('plan-intake') || (detail.offers?.length ?? 0) > 0) && (
          <Section title={t('intakes.offers.title')}>
            <OfferList trajectory={detail} />
            {detail.events.includes('plan-intake') && <OfferForm trajectory={detail} />}
          </Section>
        )}
        <PlanSection trajectory={detail} />
      </Stack>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

function RequestCard({ trajectory }: { trajectory: TrajectoryDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('intakes.request.title')}>
      <Group gap="xl" align="flex-start">
        <Fact label={t('intakes.queue.teacher')}>{trajectory.teacher.displayName}</Fact>
        <Fact label={t('intakes.queue.qualification')}>
          {trajectory.requestedQualification ?? t('intakes.queue.noQualification')}
        </Fact>
        {trajectory.request && (
          <Fact label={t('intakes.queue.from')}>{t(`intakes.from.${trajectory.request.from}`)}</Fact>
        )}
        <Fact label={t('intakes.queue.requestedAt')}>
          {formatMoment(trajectory.createdAt, i18n.language)}
        </Fact>
        <Fact label={t('intakes.queue.state')}>
          <TrajectoryStateBadge state={trajectory.state} />
        </Fact>
      </Group>
      <Fact label={t('intakes.queue.message')}>{trajectory.request?.message || t('common.none')}</Fact>
      {trajectory.reason && (
        <Alert color="gray" title={t('intakes.cancel.reasonGiven')}>
          {trajectory.reason}
        </Alert>
      )}
    </Section>
  );
}

function OfferList({ trajectory }: { trajectory: TrajectoryDetail }) {
  const { t, i18n } = useTranslation();
  const offers = trajectory.offers ?? [];
  if (offers.length === 0) return <Text>{t('intakes.offers.none')}</Text>;
  const accepted = offers.find((offer) => offer.accepted);
  return (
    <>
      <Text>{accepted ? t('intakes.offers.acceptedIntro') : t('intakes.offers.waiting')}</Text>
      <Table.ScrollContainer minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('intakes.offers.startsAt')}</Table.Th>
              <Table.Th scope="col">{t('intakes.offers.minutes')}</Table.Th>
              <Table.Th scope="col">{t('intakes.offers.location')}</Table.Th>
              <Table.Th scope="col">{t('intakes.offers.choice')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offers.map((offer) => (
              <Table.Tr key={offer.id} fw={offer.accepted ? 700 : undefined}>
                <Table.Td>{formatMoment(offer.startsAt, i18n.language)}</Table.Td>
                <Table.Td>{offer.minutes}</Table.Td>
                <Table.Td>{offer.location}</Table.Td>
                <Table.Td>
                  {offer.accepted ? (
                    <Badge color="green.9" tt="none" leftSection={<IconCircleCheck size={14} aria-hidden />}>
                      {t('intakes.offers.accepted')}
                    </Badge>
                  ) : (
                    t('common.none')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function PlanSection({ trajectory }: { trajectory: TrajectoryDetail }) {
  const { t } = useTranslation();
  const [revising, setRevising] = useState(false);
  const mayRecord = trajectory.events.includes('record-intake');
  if (!trajectory.plan && !mayRecord) return null;
  return (
    <Section title={t('intakes.plan.title')}>
      {trajectory.plan && !revising ? (
        <>
          <RecordedPlan trajectory={trajectory} />
          {mayRecord && (
            <Group>
              <Button variant="default" onClick={() => setRevising(true)}>
                {t('intakes.plan.revise')}
              </Button>
            </Group>
          )}
        </>
      ) : (
        <PlanForm trajectory={trajectory} onSaved={() => setRevising(false)} />
      )}
    </Section>
  );
}

function RecordedPlan({ trajectory }: { trajectory: TrajectoryDetail }) {
  const { t, i18n } = useTranslation();
  const plan = trajectory.plan;
  if (!plan) return null;
  const costs = trajectory.costs;
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('intakes.plan.saved')}>
        {trajectory.state === 'cost-approval-pending' ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconClockHour4 size={18} aria-hidden />
            <span>{t('intakes.plan.waitsForManager')}</span>
          </Group>
        ) : (
          t('intakes.plan.savedState', { state: t(`trajectories.state.${trajectory.state}`) })
        )}
      </Alert>
      <Group gap="xl" align="flex-start">
        <Fact label={t('intakes.plan.intakeOn')}>{formatDay(plan.intakeOn, i18n.language)}</Fact>
        <Fact label={t('intakes.plan.qualification')}>{trajectory.qualification}</Fact>
        <Fact label={t('intakes.plan.route')}>{t(`intakes.plan.routes.${plan.route}`)}</Fact>
        <Fact label={t('intakes.plan.payer')}>{t(`intakes.plan.payers.${plan.payer}`)}</Fact>
        <Fact label={t('intakes.plan.expectedWeek')}>
          {trajectory.expectedAssessmentWeek
            ? formatDay(trajectory.expectedAssessmentWeek, i18n.language)
            : t('common.none')}
        </Fact>
      </Group>
      {costs && <CostTable costs={costs} label={t('intakes.plan.costsCaption')} caption />}
      {plan.notes && <Fact label={t('intakes.plan.notes')}>{plan.notes}</Fact>}
    </Stack>
  );
}

function CancelButton({ trajectory }: { trajectory: TrajectoryDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const form = useForm({ initialValues: { reason: '' } });
  const cancel = useMutation({
    mutationFn: (reason: string) => trajectoriesApi.cancel(trajectory.id, { reason }),
    onSuccess: async () => {
      notifySuccess(t('intakes.cancel.done', { name: trajectory.teacher.displayName }));
      setOpened(false);
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.all });
    },
    onError: (error) => form.setErrors(problemsByField(error)),
  });
  return (
    <>
      <Button variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={() => setOpened(true)}>
        {t('intakes.cancel.open')}
      </Button>
      <Dialog opened={opened} onClose={() => setOpened(false)} title={t('intakes.cancel.title')}>
        <form onSubmit={form.onSubmit((values) => cancel.mutate(values.reason))} noValidate>
          <Stack gap="md">
            <Text>{t('intakes.cancel.warning', { name: trajectory.teacher.displayName })}</Text>
            <Textarea
              label={t('intakes.cancel.reason')}
              required
              autosize
              minRows={3}
              maxLength={2000}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            {cancel.error && !form.errors.reason && <ErrorAlert error={cancel.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.8" loading={cancel.isPending}>
                {t('intakes.cancel.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </>
  );
}
