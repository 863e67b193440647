import { Button, Card, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditReview } from '../../../../contracts/register-audit.js';
import { auditApi, auditReviewQuery, myReviewsQuery, registerAdminKeys } from '../../api/register-admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, formatMoment } from '../policies/dates';
import { mayRespond } from './auditSteps';
import { ActivityFacts, DecisionText, OutcomeBadge, periodText, StatusBadge } from './parts';

/** The teacher's side of the audit by sample (R-REG-AUDIT-1): that I was drawn, the decisions, my one response. */
export function MyAuditsPage() {
  const { t } = useTranslation();
  const reviews = useQuery(myReviewsQuery);
  return (
    <>
      <PageHeader title={t('audit.mine.title')} description={t('audit.mine.intro')} />
      {reviews.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={reviews.error} />
      {reviews.data &&
        (reviews.data.items.length === 0 ? (
          <Text>{t('audit.mine.none')}</Text>
        ) : (
          <Stack gap="lg">
            {reviews.data.items.map((review) => (
              <MyAudit key={review.id} reviewId={review.id} />
            ))}
          </Stack>
        ))}
    </>
  );
}

function MyAudit({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const review = useQuery(auditReviewQuery(reviewId));
  if (review.isPending) return <Loader aria-label={t('common.loading')} />;
  if (review.isError) return <ErrorAlert error={review.error} />;
  const data = review.data;
  const title = t('audit.mine.auditOf', {
    institution: data.institution.name,
    period: periodText(t, data.period),
  });
  // The decisions stand, and are shown, once the assessor has notified the teacher.
  const decided = data.status === 'notified' || data.status === 'responded' || data.status === 'closed';
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Group gap={4}>
            <StatusBadge status={data.status} />
            {data.outcome && <OutcomeBadge outcome={data.outcome} />}
          </Group>
        </Group>
        <Text>
          {t(`audit.mine.state.${data.status}`, {
            date: formatDay(data.respondBy ?? data.period.end, language),
          })}
        </Text>
        {data.outcome && data.outcomeReason && (
          <Text>{t('audit.mine.outcomeReason', { reason: data.outcomeReason })}</Text>
        )}
        {decided && (
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('audit.mine.decisions')}
            </Title>
            {data.activities.map((activity) => (
              <Card key={activity.id} withBorder radius="md" p="md" component="article">
                <Stack gap="xs">
                  <Title order={4} size="h5">
                    {activity.title}
                  </Title>
                  <ActivityFacts activity={activity} />
                  {activity.decision && <DecisionText decision={activity.decision} />}
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
        {data.response && data.respondedAt && (
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('audit.mine.myResponse')}
            </Title>
            <Text size="sm" c="dimmed">
              {formatMoment(data.respondedAt, language)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{data.response}</Text>
          </Stack>
        )}
        {mayRespond(data) && <RespondForm review={data} />}
      </Stack>
    </Card>
  );
}

function RespondForm({ review }: { review: AuditReview }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [response, setResponse] = useState('');
  const [tried, setTried] = useState(false);
  const respond = useMutation({
    mutationFn: () => auditApi.respond(review.id, response.trim()),
    onSuccess: async (next) => {
      notifySuccess(t('audit.respond.done'));
      queryClient.setQueryData(registerAdminKeys.review(next.id), next);
      await queryClient.invalidateQueries({ queryKey: registerAdminKeys.myReviews });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (response.trim()) respond.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('audit.respond.label')}
          description={t('audit.respond.help', {
            date: formatDay(review.respondBy ?? '', currentLanguage()),
          })}
          required
          autosize
          minRows={3}
          maxLength={5000}
          value={response}
          onChange={(event) => setResponse(event.currentTarget.value)}
          error={tried && !response.trim() ? t('audit.respond.required') : undefined}
        />
        <ErrorAlert error={respond.error} />
        <Group>
          <Button type="submit" loading={respond.isPending} leftSection={<IconSend size={18} aria-hidden />}>
            {t('audit.respond.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
