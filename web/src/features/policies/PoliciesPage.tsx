import { Anchor, Button, Group, Loader, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  policiesQuery,
  policyVersionsQuery,
  qualificationAdminApi,
  qualificationAdminKeys,
} from '../../api/qualificationAdmin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, formatMoment, nextDay, todayInAmsterdam } from './dates';
import { VersionStatus } from './VersionStatus';
import { VersionView } from './VersionView';
import './policies.css';

const route = getRouteApi('/_authenticated/policies');

/** Policy administration: the versions of an institution's qualification policy, drafts and publishing. */
export function PoliciesPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const policies = useQuery(policiesQuery);
  const items = policies.data?.items ?? [];
  const policy = items.find((candidate) => candidate.id === search.policy) ?? items[0];

  return (
    <>
      <PageHeader title={t('policies.title')} description={t('policies.intro')} />
      {policies.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={policies.error} />
      {policies.data && items.length === 0 && <Text>{t('policies.noPolicies')}</Text>}
      {items.length > 1 && (
        <Select
          label={t('policies.policy')}
          data={items.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          value={policy?.id ?? null}
          onChange={(value) => {
            if (value) void navigate({ to: '/policies', search: { policy: value } });
          }}
          allowDeselect={false}
          w={320}
          mb="lg"
        />
      )}
      {policy &&
        (search.version ? (
          <VersionView key={search.version} policyId={policy.id} versionId={search.version} />
        ) : (
          <VersionList policyId={policy.id} />
        ))}
    </>
  );
}

function VersionList({ policyId }: { policyId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const versions = useQuery(policyVersionsQuery(policyId));

  const create = useMutation({
    // The intended start is chosen again on publishing; tomorrow is the earliest that changes nothing today.
    mutationFn: () => qualificationAdminApi.createDraft(policyId, nextDay(todayInAmsterdam())),
    onSuccess: async (draft) => {
      notifySuccess(t('policies.draftCreated'));
      await queryClient.invalidateQueries({ queryKey: qualificationAdminKeys.versions(policyId) });
      await navigate({ to: '/policies', search: { policy: policyId, version: draft.id } });
    },
  });

  const caption = versions.data
    ? t('policies.versionsOf', { name: versions.data.policy.name })
    : t('policies.versions');
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{caption}</Title>
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          loading={create.isPending}
          onClick={() => create.mutate()}
        >
          {t('policies.newDraft')}
        </Button>
      </Group>
      <Text c="dimmed">{t('policies.newDraftHelp')}</Text>
      <ErrorAlert error={create.error} />
      <ErrorAlert error={versions.error} />
      {versions.isPending && <Loader aria-label={t('common.loading')} />}
      {versions.data && (
        <ScrollArea type="auto" tabIndex={0} role="region" aria-label={caption}>
          <Table verticalSpacing="sm" highlightOnHover bg="white" miw={760} aria-label={caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('policies.column.version')}</Table.Th>
                <Table.Th scope="col">{t('policies.column.status')}</Table.Th>
                <Table.Th scope="col">{t('policies.column.validFrom')}</Table.Th>
                <Table.Th scope="col">{t('policies.column.published')}</Table.Th>
                <Table.Th scope="col">{t('policies.column.publishedBy')}</Table.Th>
                <Table.Th scope="col">{t('policies.column.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.data.items.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Th scope="row">
                    <Anchor
                      fw={600}
                      renderRoot={(props) => (
                        <Link to="/policies" search={{ policy: policyId, version: version.id }} {...props} />
                      )}
                    >
                      {version.version ?? t('policies.draftName')}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <VersionStatus version={version} />
                  </Table.Td>
                  <Table.Td>{formatDay(version.validFrom, language)}</Table.Td>
                  <Table.Td>
                    {version.publishedAt ? formatMoment(version.publishedAt, language) : t('common.none')}
                  </Table.Td>
                  <Table.Td>
                    {version.status === 'draft'
                      ? t('common.none')
                      : (version.publishedBy?.displayName ?? t('policies.shipped'))}
                  </Table.Td>
                  <Table.Td>{version.createdBy?.displayName ?? t('policies.shipped')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}
