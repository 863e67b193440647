import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditOutcome, AuditReviewStatus } from '../../../../contracts/register.js';
import type { AuditedActivity, AuditReview } from '../../../../contracts/register-audit.js';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { formatRU, formatSize } from '../register/format';

// Filled, in shades that keep white text above 4.5:1 (see the theme).
const STATUS_COLOR: Record<AuditReviewStatus, string> = {
  drawn: 'gray.7',
  'in-review': 'dossier.8',
  notified: 'grape.9',
  responded: 'violet.9',
  closed: 'teal.9',
};

export function StatusBadge({ status }: { status: AuditReviewStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} tt="none">
      {t(`audit.status.${status}`)}
    </Badge>
  );
}

export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge color={outcome === 'approved' ? 'teal.9' : 'red.9'} tt="none">
      {t(`audit.outcome.${outcome}`)}
    </Badge>
  );
}

/** The period an audit covers: "1 augustus 2022 t/m 31 juli 2026". */
export function periodText(t: TFunction, period: AuditReview['period']): string {
  const language = currentLanguage();
  return t('audit.periodRange', {
    from: formatDay(period.start, language),
    to: formatDay(period.end, language),
  });
}

/** What the teacher entered for one audited activity, with the evidence to download. */
export function ActivityFacts({ activity }: { activity: AuditedActivity }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const date =
    activity.startDate && activity.startDate !== activity.date
      ? t('audit.periodRange', {
          from: formatDay(activity.startDate, language),
          to: formatDay(activity.date, language),
        })
      : formatDay(activity.date, language);
  const texts: [string, string | null][] = [
    [t('audit.activity.relevance'), activity.relevance],
    [t('audit.activity.description'), activity.description],
    [t('audit.activity.application'), activity.application],
  ];
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">
        {activity.kindLabel}
        {activity.otherDescription ? ` (${activity.otherDescription})` : ''}
      </Text>
      <Text size="sm">
        {t('audit.activity.facts', {
          date,
          hours: formatRU(activity.hours, language),
          content: t(`register.content.${activity.content}`),
          level: t(`register.level.${activity.level}`),
          delivery: t(`register.delivery.${activity.delivery}`),
        })}
        {activity.delivery !== 'contact' &&
          ` ${activity.testPassed ? t('audit.activity.testPassed') : t('audit.activity.noTest')}`}
      </Text>
      {texts.map(
        ([label, text]) =>
          text && (
            <Text size="sm" key={label}>
              <Text span fw={600} size="sm">
                {label}:
              </Text>{' '}
              {text}
            </Text>
          ),
      )}
      {activity.evidence.length === 0 ? (
        <Text size="sm" fw={600}>
          {t('audit.activity.noEvidence')}
        </Text>
      ) : (
        <Group gap="md">
          {activity.evidence.map((file) => (
            <Anchor key={file.id} href={file.url} download={file.fileName} size="sm">
              <Group gap={4} component="span">
                <IconDownload size={16} aria-hidden />
                {file.fileName} ({formatSize(file.size, language)})
              </Group>
            </Anchor>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** The rules an activity is judged against (R-REG-EVID-2…4, R-REG-LEVEL-1) and what the dossier visibly lacks. */
export function RuleChecks({ activity }: { activity: AuditedActivity }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4} aria-label={t('audit.activity.checks')}>
      {activity.checks.map((check) => (
        <List.Item key={check.rule}>
          <Text span fw={600} size="sm">
            {check.rule}
          </Text>{' '}
          {check.text}
          {check.missing.length > 0 && (
            <Text span size="sm" c="red.9" fw={600}>
              {' '}
              {t('audit.activity.missing', {
                what: check.missing.map((gap) => t(`audit.gap.${gap}`)).join(', '),
              })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** A decision as it stands: accepted, or rejected with the reason and the rule with its text. */
export function DecisionText({ decision }: { decision: NonNullable<AuditedActivity['decision']> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Badge color={decision.decision === 'accepted' ? 'teal.9' : 'red.9'} tt="none">
          {t(`audit.decision.${decision.decision}`)}
        </Badge>
        {decision.rule && (
          <Text size="sm" fw={600}>
            {decision.rule}
          </Text>
        )}
      </Group>
      {decision.reason && <Text size="sm">{t('audit.decision.reason', { reason: decision.reason })}</Text>}
      {decision.ruleText && (
        <Text size="sm" c="dimmed">
          {decision.ruleText}
        </Text>
      )}
    </Stack>
  );
}
