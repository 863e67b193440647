import { Anchor, Badge, Card, Group, List, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TrajectoryDetail,
  VersionComparison,
  VersionDetail,
} from '../../../../contracts/trajectories-api.js';
import {
  trajectoriesApi,
  trajectoryKeys,
  trajectoryQuery,
  versionQuery,
  versionsQuery,
} from '../../api/trajectories';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../trajectories/parts';
import { Loaded, subtitle, useSectionTitles } from './parts';
import { anythingChanged, comparisonNames, defaultPair } from './versions';

const route = getRouteApi('/_authenticated/trajectories/$trajectoryId/compare');

/** Two versions side by side (issue 5 item 4): per section the text before and after, CV and evidence. */
export function ComparePage() {
  const { t } = useTranslation();
  const { trajectoryId } = route.useParams();
  const search = route.useSearch();
  const trajectory = useQuery(trajectoryQuery(trajectoryId));
  const versions = useQuery(versionsQuery(trajectoryId));
  const start = defaultPair(versions.data?.items ?? []);
  const from = search.from ?? start?.from;
  const to = search.to ?? start?.to;
  return (
    <Loaded queries={[trajectory, versions]}>
      {() => (
        <>
          <PageHeader
            title={t('versions.compare.title')}
            description={subtitle(t, trajectory.data as TrajectoryDetail)}
          />
          <Stack gap="lg">
            <Anchor
              renderRoot={(props) => (
                <Link {...props} to="/trajectories/$trajectoryId/versions" params={{ trajectoryId }} />
              )}
            >
              <Group gap={4} component="span">
                <IconArrowLeft size={16} aria-hidden />
                {t('versions.version.back')}
              </Group>
            </Anchor>
            {from === undefined || to === undefined ? (
              <Text>{t('versions.compare.tooFew')}</Text>
            ) : (
              <>
                <Choice trajectoryId={trajectoryId} from={from} to={to} items={versions.data?.items ?? []} />
                <Comparison trajectoryId={trajectoryId} from={from} to={to} />
              </>
            )}
          </Stack>
        </>
      )}
    </Loaded>
  );
}

/** Changing either version moves the address, so the choice can be bookmarked and reloaded. */
function Choice({
  trajectoryId,
  from,
  to,
  items,
}: {
  trajectoryId: string;
  from: number;
  to: number;
  items: { number: number; kind: 'draft' | 'final' }[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = [...items]
    .sort((a, b) => a.number - b.number)
    .map((v) => ({ value: String(v.number), label: t(`versions.name.${v.kind}`, { number: v.number }) }));
  const go = (next: { from: number; to: number }) =>
    void navigate({ to: '/trajectories/$trajectoryId/compare', params: { trajectoryId }, search: next });
  return (
    <Group align="flex-end" gap="md">
      <Select
        label={t('versions.compare.from')}
        data={options}
        value={String(from)}
        allowDeselect={false}
        onChange={(value) => value && go({ from: Number(value), to })}
        w={{ base: '100%', xs: 220 }}
      />
      <Select
        label={t('versions.compare.to')}
        data={options}
        value={String(to)}
        allowDeselect={false}
        onChange={(value) => value && go({ from, to: Number(value) })}
        w={{ base: '100%', xs: 220 }}
      />
    </Group>
  );
}

function Comparison({ trajectoryId, from, to }: { trajectoryId: string; from: number; to: number }) {
  const comparison = useQuery({
    queryKey: trajectoryKeys.compare(trajectoryId, from, to),
    queryFn: () => trajectoriesApi.compare(trajectoryId, from, to),
  });
  const before = useQuery(versionQuery(trajectoryId, from));
  const after = useQuery(versionQuery(trajectoryId, to));
  return (
    <Loaded queries={[comparison, before, after]}>
      {() => (
        <ComparisonView
          trajectoryId={trajectoryId}
          comparison={comparison.data as VersionComparison}
          before={before.data as VersionDetail}
          after={after.data as VersionDetail}
        />
      )}
    </Loaded>
  );
}

function ComparisonView({
  trajectoryId,
  comparison,
  before,
  after,
}: {
  trajectoryId: string;
  comparison: VersionComparison;
  before: VersionDetail;
  after: VersionDetail;
}) {
  const { t } = useTranslation();
  const sections = useSectionTitles(trajectoryId);
  const names = comparisonNames(before.content, after.content);
  const fromName = t(`versions.name.${before.kind}`, { number: before.number });
  const toName = t(`versions.name.${after.kind}`, { number: after.number });
  return (
    <Stack gap="lg">
      {!anythingChanged(comparison) && <Text>{t('versions.compare.nothing')}</Text>}
      {comparison.sections.map((section) => {
        const title = sections.title(section.sectionId);
        return (
          <Card
            key={section.sectionId}
            withBorder
            radius="lg"
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-label={title}
          >
            <Stack gap="sm">
              <Group gap="sm">
                <Title order={2} size="h3">
                  {title}
                </Title>
                <Badge color={section.textChanged ? 'dossier.8' : 'gray.7'} tt="none">
                  {section.textChanged ? t('versions.compare.changed') : t('versions.compare.unchanged')}
                </Badge>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextColumn label={fromName} text={section.before} />
                <TextColumn label={toName} text={section.after} />
              </SimpleGrid>
              <Names
                label={t('versions.compare.linkedAdded')}
                ids={section.evidenceAdded}
                name={names.evidence}
              />
              <Names
                label={t('versions.compare.linkedRemoved')}
                ids={section.evidenceRemoved}
                name={names.evidence}
              />
            </Stack>
          </Card>
        );
      })}
      <ChangeCard title={t('versions.compare.cv')} changes={comparison.cv} name={names.cvTask} />
      <ChangeCard
        title={t('versions.compare.evidence')}
        changes={comparison.evidence}
        name={names.evidence}
      />
    </Stack>
  );
}

function TextColumn({ label, text }: { label: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Card withBorder radius="md" p="sm">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={text ? undefined : 'dimmed'}>
          {text || t('versions.version.noText')}
        </Text>
      </Card>
    </Stack>
  );
}

function Names({ label, ids, name }: { label: string; ids: string[]; name: (id: string) => string }) {
  if (ids.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <List size="sm" spacing={2}>
        {ids.map((id) => (
          <List.Item key={id}>{name(id)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

function ChangeCard({
  title,
  changes,
  name,
}: {
  title: string;
  changes: { added: string[]; removed: string[]; changed: string[] };
  name: (id: string) => string;
}) {
  const { t } = useTranslation();
  const none = changes.added.length + changes.removed.length + changes.changed.length === 0;
  const body: ReactNode = none ? (
    <Text size="sm" c="dimmed">
      {t('versions.compare.noChanges')}
    </Text>
  ) : (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Names label={t('versions.compare.added')} ids={changes.added} name={name} />
      <Names label={t('versions.compare.removed')} ids={changes.removed} name={name} />
      <Names label={t('versions.compare.changedItems')} ids={changes.changed} name={name} />
    </SimpleGrid>
  );
  return <Section title={title}>{body}</Section>;
}
