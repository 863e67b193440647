import {
  Anchor,
  Button,
  Card,
  DataList,
  Group,
  Loader,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconBell, IconLock } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityDecision, AuditOutcome } from '../../../../contracts/register.js';
import type { AuditedActivity, AuditReview, EvidenceRuleId } from '../../../../contracts/register-audit.js';
import { meQuery } from '../../api/identity';
import { auditApi, auditReviewQuery, registerAdminKeys } from '../../api/register-admin';
import { mayOpen } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, formatMoment } from '../policies/dates';
import { mayClose, mayDecide } from './auditSteps';
import { ActivityFacts, DecisionText, OutcomeBadge, periodText, RuleChecks, StatusBadge } from './parts';

const route = getRouteApi('/_authenticated/audit/reviews/$reviewId');

/**
 * One sampled teacher's audit (R-REG-AUDIT-1): the assessor starts it, decides on each self-entered
 * activity against the evidence rules, notifies the teacher and closes it; a coordinator follows it.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  const { reviewId } = route.useParams();
  const { data: me } = useSuspenseQuery(meQuery);
  const review = useQuery(auditReviewQuery(reviewId));
  const isAssessor = me.roles.some((r) => r.role === 'assessor');
  const back = isAssessor ? (
    <Anchor component={Link} to="/audit/reviews">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('audit.review.back')}
      </Group>
    </Anchor>
  ) : null;
  if (review.isPending) return <Loader aria-label={t('common.loading')} />;
  if (review.isError)
    return (
      <Stack>
        {back}
        <ErrorAlert error={review.error} />
      </Stack>
    );
  const data = review.data;
  // Whoever took the audit carries it on; before that any assessor whose role covers the teacher may start.
  const mayAct = isAssessor && (data.auditor === null || data.auditor.id === me.person.id);
  return (
    <>
      <PageHeader
        title={t('audit.review.title', { name: data.teacher.displayName })}
        description={t('audit.review.intro', {
          institution: data.institution.name,
          period: periodText(t, data.period),
        })}
      />
      <Stack gap="lg">
        {back}
        {!isAssessor && mayOpen('/audit/draws', me.roles) && (
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/audit/draws/$drawId" params={{ drawId: data.drawId }} />
            )}
          >
            {t('audit.review.toDraw')}
          </Anchor>
        )}
        <Summary review={data} />
        {mayAct && <Steps review={data} />}
        <Activities review={data} mayAct={mayAct} />
      </Stack>
    </>
  );
}

function Summary({ review }: { review: AuditReview }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const title = t('audit.review.state');
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        <DataList orientation="horizontal">
          {item(t('audit.column.status'), <StatusBadge status={review.status} />)}
          {item(t('audit.column.position'), review.position)}
          {item(t('audit.column.auditor'), review.auditor?.displayName ?? t('common.none'))}
          {review.notifiedAt && item(t('audit.review.notifiedAt'), formatMoment(review.notifiedAt, language))}
          {review.respondBy && item(t('audit.review.respondBy'), formatDay(review.respondBy, language))}
          {review.response && item(t('audit.review.response'), review.response)}
          {review.outcome &&
            item(
              t('audit.review.outcome'),
              <Stack gap={4} align="flex-start">
                <OutcomeBadge outcome={review.outcome} />
                {review.outcomeReason && <Text size="sm">{review.outcomeReason}</Text>}
              </Stack>,
            )}
          {review.closedBy &&
            review.closedAt &&
            item(
              t('audit.review.closedBy'),
              t('audit.review.closedByText', {
                name: review.closedBy.displayName,
                at: formatMoment(review.closedAt, language),
              }),
            )}
        </DataList>
      </Stack>
    </Card>
  );
}

/** The step the assessor can take now: start, notify once all is decided, or close. */
function Steps({ review }: { review: AuditReview }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const done = async (next: AuditReview, message: string) => {
    notifySuccess(message);
    queryClient.setQueryData(registerAdminKeys.review(next.id), next);
    await queryClient.invalidateQueries({ queryKey: ['audit-reviews'], exact: true });
  };
  const start = useMutation({
    mutationFn: () => auditApi.start(review.id),
    onSuccess: (next) => done(next, t('audit.review.started')),
  });
  const notify = useMutation({
    mutationFn: () => auditApi.notify(review.id),
    onSuccess: (next) => done(next, t('audit.review.notified')),
  });
  const undecided = review.activities.filter((activity) => activity.decision === null).length;

  if (review.status === 'drawn')
    return (
      <Stack gap="sm">
        <Text>{t('audit.review.startText', { count: review.activities.length })}</Text>
        <Group>
          <Button
            leftSection={<IconLock size={18} aria-hidden />}
            loading={start.isPending}
            onClick={() => start.mutate()}
          >
            {t('audit.review.start')}
          </Button>
        </Group>
        <ErrorAlert error={start.error} />
      </Stack>
    );
  if (review.status === 'in-review')
    return (
      <Stack gap="sm">
        <Text>
          {undecided > 0 ? t('audit.review.undecided', { count: undecided }) : t('audit.review.allDecided')}
        </Text>
        <Group>
          <Button
            leftSection={<IconBell size={18} aria-hidden />}
            disabled={undecided > 0}
            loading={notify.isPending}
            onClick={() => notify.mutate()}
          >
            {t('audit.review.notify')}
          </Button>
        </Group>
        <ErrorAlert error={notify.error} />
      </Stack>
    );
  if (mayClose(review))
    return <CloseForm review={review} onClosed={(next) => done(next, t('audit.close.done'))} />;
  if (review.status === 'notified')
    return (
      <Text>{t('audit.review.waiting', { date: formatDay(review.respondBy ?? '', currentLanguage()) })}</Text>
    );
  return null;
}

function CloseForm({
  review,
  onClosed,
}: {
  review: AuditReview;
  onClosed: (next: AuditReview) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<AuditOutcome | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const close = useMutation({
    mutationFn: (body: { outcome: AuditOutcome; reason: string }) => auditApi.close(review.id, body),
    onSuccess: onClosed,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!outcome || !reason.trim());
    if (outcome && reason.trim()) close.mutate({ outcome, reason: reason.trim() });
  };
  const title = t('audit.close.title');
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Text size="sm">
            {review.response ? t('audit.close.afterResponse') : t('audit.close.afterPeriod')}
          </Text>
          <Radio.Group
            label={t('audit.close.outcome')}
            required
            value={outcome}
            onChange={(value) => setOutcome(value as AuditOutcome)}
            error={missing && !outcome ? t('audit.close.outcomeRequired') : undefined}
          >
            <Group mt="xs">
              <Radio value="approved" label={t('audit.outcome.approved')} />
              <Radio value="not-approved" label={t('audit.outcome.not-approved')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('audit.close.reason')}
            required
            autosize
            minRows={2}
            maxLength={5000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={missing && !reason.trim() ? t('audit.close.reasonRequired') : undefined}
          />
          <ErrorAlert error={close.error} />
          <Group>
            <Button type="submit" loading={close.isPending}>
              {t('audit.close.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Activities({ review, mayAct }: { review: AuditReview; mayAct: boolean }) {
  const { t } = useTranslation();
  const title = review.status === 'drawn' ? t('audit.review.activitiesToTake') : t('audit.review.activities');
  return (
    <Stack gap="md" component="section" aria-label={title}>
      <Title order={2} size="h3">
        {title}
      </Title>
      {review.activities.length === 0 && <Text>{t('audit.review.noActivities')}</Text>}
      {review.activities.map((activity) => (
        <Card key={activity.id} withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="article">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {activity.title}
            </Title>
            <ActivityFacts activity={activity} />
            <RuleChecks activity={activity} />
            {mayAct && mayDecide(review) ? (
              <DecisionForm reviewId={review.id} activity={activity} />
            ) : (
              activity.decision && <DecisionText decision={activity.decision} />
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** Accept, or reject with a reason and one of the rules the activity is judged against. */
function DecisionForm({ reviewId, activity }: { reviewId: string; activity: AuditedActivity }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<ActivityDecision | null>(activity.decision?.decision ?? null);
  const [rule, setRule] = useState<EvidenceRuleId | null>(activity.decision?.rule ?? null);
  const [reason, setReason] = useState(activity.decision?.reason ?? '');
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      auditApi.decide(reviewId, activity.id, {
        decision: decision ?? 'accepted',
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(decision === 'rejected' && rule ? { rule } : {}),
      }),
    onSuccess: (next) => {
      notifySuccess(t('audit.decide.saved', { title: activity.title }));
      queryClient.setQueryData(registerAdminKeys.review(next.id), next);
    },
  });
  const rejecting = decision === 'rejected';
  const incomplete = !decision || (rejecting && (!rule || !reason.trim()));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!incomplete) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('audit.decide.formOf', { title: activity.title })}>
      <Stack gap="sm">
        <Radio.Group
          label={t('audit.decide.decision')}
          required
          value={decision}
          onChange={(value) => setDecision(value as ActivityDecision)}
          error={tried && !decision ? t('audit.decide.decisionRequired') : undefined}
        >
          <Group mt="xs">
            <Radio value="accepted" label={t('audit.decide.accept')} />
            <Radio value="rejected" label={t('audit.decide.reject')} />
          </Group>
        </Radio.Group>
        {rejecting && (
          <Select
            label={t('audit.decide.rule')}
            required
            allowDeselect={false}
            data={activity.checks.map((check) => ({ value: check.rule, label: check.rule }))}
            value={rule}
            onChange={(value) => setRule(value as EvidenceRuleId | null)}
            error={tried && !rule ? t('audit.decide.ruleRequired') : undefined}
            w={260}
          />
        )}
        <Textarea
          label={rejecting ? t('audit.decide.reason') : t('audit.decide.reasonOptional')}
          required={rejecting}
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={tried && rejecting && !reason.trim() ? t('audit.decide.reasonRequired') : undefined}
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" variant={activity.decision ? 'default' : 'filled'} loading={save.isPending}>
            {activity.decision ? t('audit.decide.change') : t('audit.decide.submit')}
          </Button>
          {activity.decision && (
            <Text size="sm" c="dimmed">
              {t('audit.decide.current', { decision: t(`audit.decision.${activity.decision.decision}`) })}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
