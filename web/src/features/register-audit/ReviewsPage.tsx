import { Anchor, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { reviewsToAuditQuery } from '../../api/register-admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { OutcomeBadge, StatusBadge } from './parts';

/** The audits an assessor may carry out: the sampled teachers their role covers, never themselves. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reviews = useQuery(reviewsToAuditQuery);
  const caption = t('audit.reviews.table');
  return (
    <>
      <PageHeader title={t('audit.reviews.title')} description={t('audit.reviews.intro')} />
      {reviews.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={reviews.error} />
      {reviews.data &&
        (reviews.data.items.length === 0 ? (
          <Text>{t('audit.reviews.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm" bg="white" aria-label={caption}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.column.teacher')}</Table.Th>
                  <Table.Th scope="col">{t('audit.column.institution')}</Table.Th>
                  <Table.Th scope="col">{t('audit.column.periodEnd')}</Table.Th>
                  <Table.Th scope="col">{t('audit.column.status')}</Table.Th>
                  <Table.Th scope="col">{t('audit.column.auditor')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reviews.data.items.map((review) => (
                  <Table.Tr key={review.id}>
                    <Table.Th scope="row" fw="normal">
                      <Anchor
                        renderRoot={(props) => (
                          <Link {...props} to="/audit/reviews/$reviewId" params={{ reviewId: review.id }} />
                        )}
                        fw={600}
                      >
                        {review.teacher.displayName}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{review.institution.name}</Table.Td>
                    <Table.Td>{formatDay(review.period.end, language)}</Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <StatusBadge status={review.status} />
                        {review.outcome && <OutcomeBadge outcome={review.outcome} />}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{review.auditor?.displayName ?? t('common.none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
    </>
  );
}
