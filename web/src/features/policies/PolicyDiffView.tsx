import { Alert, Badge, Card, Code, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ConditionChange, PolicyVersion } from '../../../../contracts/qualifications.js';
import { policyDiffQuery } from '../../api/qualificationAdmin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from './dates';
import { documentText } from './documentText';

/** What this version changes compared with the version in force, condition by condition. */
export function PolicyDiffView({ version, unsaved }: { version: PolicyVersion; unsaved: boolean }) {
  const { t } = useTranslation();
  const diff = useQuery(policyDiffQuery(version.policyId, version.id, version.updatedAt));
  const data = diff.data;

  return (
    <Stack gap="sm" component="section" aria-labelledby="policy-diff">
      <Title order={3} id="policy-diff">
        {t('policies.diff.title')}
      </Title>
      {unsaved && <Text size="sm">{t('policies.diff.savedOnly')}</Text>}
      {diff.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={diff.error} />
      {data && !data.against && <Text>{t('policies.diff.noneInForce')}</Text>}
      {data?.against && (
        <Text>
          {t(data.identical ? 'policies.diff.identical' : 'policies.diff.against', {
            version: data.against.version,
            date: formatDay(data.against.validFrom, currentLanguage()),
          })}
        </Text>
      )}
      {data?.orderChanged && <Alert color="dossier">{t('policies.diff.orderChanged')}</Alert>}
      {data?.qualifications.map((qualification) => (
        <Card key={qualification.code} withBorder radius="md" p="md" component="article">
          <Group gap="sm" mb="xs">
            <Title order={4}>{qualification.code}</Title>
            <ChangeBadge change={qualification.change} />
          </Group>
          <ChangeList changes={qualification.conditions} />
        </Card>
      ))}
      {data && data.notes.length > 0 && (
        <Card withBorder radius="md" p="md" component="article">
          <Title order={4} mb="xs">
            {t('policies.diff.notes')}
          </Title>
          <ChangeList changes={data.notes} />
        </Card>
      )}
    </Stack>
  );
}

function ChangeBadge({ change }: { change: ConditionChange['change'] }) {
  const { t } = useTranslation();
  return (
    <Badge tt="none" variant="outline" color="dossier.9">
      {t(`policies.diff.change.${change}`)}
    </Badge>
  );
}

function ChangeList({ changes }: { changes: readonly ConditionChange[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {changes.map((change) => (
        <Stack key={`${change.list} ${change.rule} ${change.occurrence} ${change.change}`} gap={6}>
          <Group gap="xs">
            <Text fw={600}>
              {t(`policies.diff.list.${change.list}`)} · {change.rule ?? t('policies.diff.noRule')}
              {change.occurrence > 1 && ` (${t('policies.diff.occurrence', { number: change.occurrence })})`}
            </Text>
            <ChangeBadge change={change.change} />
          </Group>
          {change.fields.length > 0 && (
            <Text size="sm">
              {t('policies.diff.fields', {
                fields: change.fields.map((field) => t(`policies.diff.field.${field}`)).join(', '),
              })}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, md: change.before !== null && change.after !== null ? 2 : 1 }}>
            {change.before !== null && <Side label={t('policies.diff.before')} value={change.before} />}
            {change.after !== null && <Side label={t('policies.diff.after')} value={change.after} />}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}

function Side({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Code block className="policy-json">
        {documentText(value)}
      </Code>
    </Stack>
  );
}
