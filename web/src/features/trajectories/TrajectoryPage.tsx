import { Alert, Anchor, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconFileText, IconHistory, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { meQuery } from '../../api/identity';
import { trajectoriesApi, trajectoryQuery } from '../../api/trajectories';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, formatMoment } from '../policies/dates';
import { CostTable } from './CostTable';
import { Fact, Loading, Section, useTrajectoryUpdate } from './parts';
import { StatusSteps } from './StatusSteps';
import {
  AssessmentWeekChoice,
  CompleteSchoolingButton,
  CostDecisionForm,
  WithdrawButton,
} from './TrajectoryActions';
import { useTrajectoryTitle } from './TrajectoryCards';
import { TrajectoryStateBadge } from './TrajectoryStateBadge';
import { formatEuros, type ViewerActions, viewerActions } from './trajectoryStatus';

const route = getRouteApi('/_authenticated/trajectories/$trajectoryId');

function Facts({ trajectory, isTeacher }: { trajectory: TrajectoryDetail; isTeacher: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Section title={t('trajectories.detail.facts')}>
      <Stack gap={6}>
        {!isTeacher && <Fact label={t('trajectories.field.teacher')}>{trajectory.teacher.displayName}</Fact>}
        <Fact label={t('trajectories.field.institution')}>{trajectory.institution.name}</Fact>
        <Fact label={t('trajectories.field.qualification')}>
          {trajectory.qualification ?? t('trajectories.field.notYet')}
        </Fact>
        {trajectory.requestedQualification && (
          <Fact label={t('trajectories.field.requestedQualification')}>
            {trajectory.requestedQualification}
          </Fact>
        )}
        <Fact label={t('trajectories.field.adviser')}>
          {trajectory.adviser?.displayName ?? t('trajectories.field.adviserNone')}
        </Fact>
        <Fact label={t('trajectories.field.expectedWeek')}>
          {trajectory.expectedAssessmentWeek
            ? formatDay(trajectory.expectedAssessmentWeek, language)
            : t('trajectories.field.notYet')}
        </Fact>
        <Fact label={t('trajectories.field.requestedOn')}>
          {formatMoment(trajectory.createdAt, language)}
        </Fact>
      </Stack>
      {trajectory.request && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t(`trajectories.detail.requestFrom.${trajectory.request.from}`)}
          </Text>
          {trajectory.request.message && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {trajectory.request.message}
            </Text>
          )}
        </Stack>
      )}
    </Section>
  );
}

function Offers({ trajectory, mayAccept }: { trajectory: TrajectoryDetail; mayAccept: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const update = useTrajectoryUpdate();
  const accept = useMutation({
    mutationFn: (offerId: string) => trajectoriesApi.acceptOffer(trajectory.id, offerId),
    onSuccess: async (next) => {
      notifySuccess(t('trajectories.offers.accepted'));
      await update(next);
    },
  });
  const offers = trajectory.offers ?? [];
  if (offers.length === 0) return null;
  return (
    <Section title={t('trajectories.offers.title')}>
      {mayAccept && <Text size="sm">{t('trajectories.offers.choose')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {offers.map((offer) => {
          const when = formatMoment(offer.startsAt, language);
          return (
            <Card key={offer.id} component="li" withBorder radius="md" p="sm">
              <Group justify="space-between" gap="sm">
                <Stack gap={2}>
                  <Text fw={600}>{when}</Text>
                  <Text size="sm">
                    {t('trajectories.offers.where', { minutes: offer.minutes, location: offer.location })}
                  </Text>
                </Stack>
                {offer.accepted ? (
                  <Group gap={4} c="teal.9">
                    <IconCheck size={18} aria-hidden />
                    <Text size="sm" fw={600}>
                      {t('trajectories.offers.isAccepted')}
                    </Text>
                  </Group>
                ) : (
                  mayAccept && (
                    <Button
                      variant="default"
                      size="sm"
                      loading={accept.isPending && accept.variables === offer.id}
                      onClick={() => accept.mutate(offer.id)}
                      aria-label={t('trajectories.offers.acceptAt', { when })}
                    >
                      {t('trajectories.offers.accept')}
                    </Button>
                  )
                )}
              </Group>
            </Card>
          );
        })}
      </Stack>
      <ErrorAlert error={accept.error} />
    </Section>
  );
}

function Plan({ trajectory, actions }: { trajectory: TrajectoryDetail; actions: ViewerActions }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const plan = trajectory.plan;
  if (!plan) return null;
  const title = t('trajectories.plan.title');
  return (
    <Section title={title}>
      <Stack gap={6}>
        <Fact label={t('trajectories.plan.intakeOn')}>{formatDay(plan.intakeOn, language)}</Fact>
        <Fact label={t('trajectories.plan.route')}>{t(`trajectories.route.${plan.route}`)}</Fact>
        <Fact label={t('trajectories.plan.payer')}>{t(`trajectories.payer.${plan.payer}`)}</Fact>
      </Stack>
      {plan.schooling.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" aria-label={t('trajectories.plan.schooling')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('trajectories.plan.item')}</Table.Th>
                <Table.Th scope="col">{t('trajectories.plan.price')}</Table.Th>
                <Table.Th scope="col">{t('trajectories.plan.completedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.schooling.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {item.title[language]}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {[t(`trajectories.schoolingKind.${item.kind}`), item.provider]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatEuros(item.priceCents, language)}</Table.Td>
                  <Table.Td>
                    {item.completedOn ? (
                      formatDay(item.completedOn, language)
                    ) : actions.completeSchooling ? (
                      <CompleteSchoolingButton trajectoryId={trajectory.id} item={item} />
                    ) : (
                      t('trajectories.field.notYet')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {plan.notes && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('trajectories.plan.notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {plan.notes}
          </Text>
        </Stack>
      )}
    </Section>
  );
}

function Costs({ trajectory, mayDecide }: { trajectory: TrajectoryDetail; mayDecide: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const costs = trajectory.costs;
  if (!costs) return null;
  const decision = trajectory.costDecision;
  return (
    <Section title={t('trajectories.costs.title')}>
      <CostTable costs={costs} label={t('trajectories.costs.title')} />
      <Text size="sm">
        {t(`trajectories.costs.paidBy.${costs.payer}`)}
        {costs.needsApproval && ` ${t('trajectories.costs.needsApproval')}`}
      </Text>
      {decision && (
        <Alert
          // outline in dark shades: the light variant's title falls below 4.5:1
          variant="outline"
          color={decision.decision === 'approved' ? 'teal.9' : 'red.9'}
          icon={<IconInfoCircle aria-hidden />}
          title={t(`trajectories.costs.decision.${decision.decision}`)}
        >
          {t('trajectories.costs.decidedBy', {
            name: decision.decidedBy.displayName,
            when: formatMoment(decision.decidedAt, language),
          })}
          {decision.reason && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {decision.reason}
            </Text>
          )}
        </Alert>
      )}
      {mayDecide && <CostDecisionForm trajectory={trajectory} />}
    </Section>
  );
}

function Links({ trajectory, actions }: { trajectory: TrajectoryDetail; actions: ViewerActions }) {
  const { t } = useTranslation();
  const id = trajectory.id;
  if (!actions.portfolio && !actions.versions && !actions.handleIntake) return null;
  return (
    <Group gap="sm">
      {actions.handleIntake && (
        <Button
          renderRoot={(props) => (
            <Link to="/intakes/$trajectoryId" params={{ trajectoryId: id }} {...props} />
          )}
        >
          {t('trajectories.detail.handleIntake')}
        </Button>
      )}
      {actions.portfolio && (
        <Button
          renderRoot={(props) => (
            <Link to="/trajectories/$trajectoryId/portfolio" params={{ trajectoryId: id }} {...props} />
          )}
          variant="default"
          leftSection={<IconFileText size={18} aria-hidden />}
        >
          {t('trajectories.detail.portfolio')}
        </Button>
      )}
      {actions.versions && (
        <Button
          renderRoot={(props) => (
            <Link to="/trajectories/$trajectoryId/versions" params={{ trajectoryId: id }} {...props} />
          )}
          variant="default"
          leftSection={<IconHistory size={18} aria-hidden />}
        >
          {t('trajectories.detail.versions')}
        </Button>
      )}
    </Group>
  );
}

/** One trajectory for whoever may see it: its steps, and as much of the rest as the viewer's view covers. */
export function TrajectoryPage() {
  const { t } = useTranslation();
  const { trajectoryId } = route.useParams();
  const trajectory = useQuery(trajectoryQuery(trajectoryId));
  const me = useQuery(meQuery);
  const titleOf = useTrajectoryTitle();

  if (trajectory.isPending || me.isPending) {
    return <Loading />;
  }
  if (trajectory.isError || me.isError) {
    return (
      <>
        <PageHeader title={t('trajectories.detail.title')} />
        <ErrorAlert error={trajectory.error ?? me.error} />
      </>
    );
  }
  const data = trajectory.data;
  const viewerId = me.data.person.id;
  const isTeacher = viewerId === data.teacher.id;
  const actions = viewerActions({ ...data, teacherId: data.teacher.id }, viewerId);
  const title = isTeacher ? titleOf(data) : `${titleOf(data)} – ${data.teacher.displayName}`;
  const closed = data.state === 'withdrawn' || data.state === 'cancelled';

  return (
    <>
      <PageHeader title={title}>
        <TrajectoryStateBadge state={data.state} />
      </PageHeader>
      <Stack gap="lg" maw={1100}>
        {isTeacher && (
          <Anchor renderRoot={(props) => <Link to="/trajectories" {...props} />} size="sm">
            {t('trajectories.detail.back')}
          </Anchor>
        )}
        <StatusSteps state={data.state} />
        {isTeacher && !closed && <Text>{t(`trajectories.next.${data.state}`)}</Text>}
        {closed && (
          <Alert
            color="gray"
            icon={<IconInfoCircle aria-hidden />}
            title={t(`trajectories.state.${data.state}`)}
          >
            {data.reason ?? t('trajectories.detail.noReason')}
          </Alert>
        )}
        {!closed && data.reason && (
          <Alert
            variant="outline"
            color="grape.9"
            icon={<IconInfoCircle aria-hidden />}
            title={t('trajectories.detail.returned')}
          >
            {data.reason}
          </Alert>
        )}
        <Links trajectory={data} actions={actions} />
        <Facts trajectory={data} isTeacher={isTeacher} />
        <Offers trajectory={data} mayAccept={actions.acceptOffer} />
        <Plan trajectory={data} actions={actions} />
        <Costs trajectory={data} mayDecide={actions.decideCosts} />
        {actions.chooseWeek && data.qualification && (
          <AssessmentWeekChoice trajectory={data} qualification={data.qualification} />
        )}
        {actions.withdraw && (
          <Group>
            <WithdrawButton trajectoryId={data.id} />
          </Group>
        )}
      </Stack>
    </>
  );
}
