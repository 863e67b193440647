import { Alert, Anchor } from '@mantine/core';
import { IconZoomCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { myReviewsQuery } from '../../api/register-admin';
import { mayRespond } from './auditSteps';

/** On the start page of a teacher whose dossier is in a sample (R-REG-AUDIT-1): a way to the audit. */
export function AuditNotice() {
  const { t } = useTranslation();
  const reviews = useQuery(myReviewsQuery);
  const open = reviews.data?.items.filter((review) => review.status !== 'closed') ?? [];
  if (open.length === 0) return null;
  return (
    <Alert
      color="grape.9"
      variant="outline"
      role="status"
      icon={<IconZoomCheck aria-hidden />}
      title={t('audit.notice.title')}
      mb="lg"
      maw={1100}
    >
      {open.some((review) => mayRespond(review)) ? t('audit.notice.respond') : t('audit.notice.drawn')}{' '}
      <Anchor renderRoot={(props) => <Link {...props} to="/register/audits" />}>
        {t('audit.notice.link')}
      </Anchor>
    </Alert>
  );
}
