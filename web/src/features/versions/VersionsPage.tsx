import { Anchor, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowsDiff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { TrajectoryDetail, VersionSummary } from '../../../../contracts/trajectories-api.js';
import { trajectoryQuery, versionsQuery } from '../../api/trajectories';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment } from '../policies/dates';
import { TrajectoryStateBadge } from '../trajectories/TrajectoryStateBadge';
import { Loaded, PdfLinks, subtitle, VerdictBadge } from './parts';
import { defaultPair } from './versions';

const route = getRouteApi('/_authenticated/trajectories/$trajectoryId/versions');

/** Every version handed in, with its files and the adviser's verdict, and a choice of two to compare. */
export function VersionsPage() {
  const { t } = useTranslation();
  const { trajectoryId } = route.useParams();
  const trajectory = useQuery(trajectoryQuery(trajectoryId));
  const versions = useQuery(versionsQuery(trajectoryId));
  return (
    <Loaded queries={[trajectory, versions]}>
      {() => {
        const detail = trajectory.data as TrajectoryDetail;
        const items = versions.data?.items ?? [];
        return (
          <>
            <PageHeader title={t('versions.list.title')} description={subtitle(t, detail)}>
              <TrajectoryStateBadge state={detail.state} />
            </PageHeader>
            <Stack gap="lg">
              <Anchor
                renderRoot={(props) => (
                  <Link {...props} to="/trajectories/$trajectoryId" params={{ trajectoryId }} />
                )}
              >
                <Group gap={4} component="span">
                  <IconArrowLeft size={16} aria-hidden />
                  {t('versions.list.toTrajectory')}
                </Group>
              </Anchor>
              {items.length === 0 ? (
                <Text>{t('versions.list.empty')}</Text>
              ) : (
                <VersionTable trajectory={detail} items={items} />
              )}
              {items.length > 1 && <CompareChoice trajectoryId={trajectoryId} items={items} />}
            </Stack>
          </>
        );
      }}
    </Loaded>
  );
}

type Version = z.infer<typeof VersionSummary>;

function VersionTable({ trajectory, items }: { trajectory: TrajectoryDetail; items: Version[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm" aria-label={t('versions.list.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('versions.column.version')}</Table.Th>
            <Table.Th scope="col">{t('versions.column.handedInAt')}</Table.Th>
            <Table.Th scope="col">{t('versions.column.verdict')}</Table.Th>
            <Table.Th scope="col">{t('versions.column.files')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...items]
            .sort((a, b) => b.number - a.number)
            .map((version) => (
              <Table.Tr key={version.number}>
                <Table.Th scope="row" fw="normal">
                  <Anchor
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/trajectories/$trajectoryId/versions/$number"
                        params={{ trajectoryId: trajectory.id, number: String(version.number) }}
                      />
                    )}
                  >
                    {t(`versions.name.${version.kind}`, { number: version.number })}
                  </Anchor>
                </Table.Th>
                <Table.Td>{formatMoment(version.handedInAt, language)}</Table.Td>
                <Table.Td>
                  {version.kind === 'draft' ? <VerdictBadge verdict={version.verdict} /> : null}
                </Table.Td>
                <Table.Td>
                  <PdfLinks trajectory={trajectory} number={version.number} />
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Two versions to put side by side: the one before the latest and the latest to start with. */
function CompareChoice({ trajectoryId, items }: { trajectoryId: string; items: Version[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = defaultPair(items);
  const [from, setFrom] = useState(String(start?.from ?? ''));
  const [to, setTo] = useState(String(start?.to ?? ''));
  const options = [...items]
    .sort((a, b) => a.number - b.number)
    .map((v) => ({ value: String(v.number), label: t(`versions.name.${v.kind}`, { number: v.number }) }));
  const same = from === to;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (same) return;
    void navigate({
      to: '/trajectories/$trajectoryId/compare',
      params: { trajectoryId },
      search: { from: Number(from), to: Number(to) },
    });
  };
  const title = t('versions.compare.choose');
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Group align="flex-end" gap="md">
            <Select
              label={t('versions.compare.from')}
              data={options}
              value={from}
              allowDeselect={false}
              onChange={(value) => setFrom(value ?? from)}
              w={{ base: '100%', xs: 220 }}
            />
            <Select
              label={t('versions.compare.to')}
              data={options}
              value={to}
              allowDeselect={false}
              onChange={(value) => setTo(value ?? to)}
              error={same ? t('versions.compare.same') : undefined}
              w={{ base: '100%', xs: 220 }}
            />
            <Button type="submit" leftSection={<IconArrowsDiff size={18} aria-hidden />} disabled={same}>
              {t('versions.compare.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
