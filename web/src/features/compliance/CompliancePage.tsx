import { Badge, Button, Group, Loader, ScrollArea, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceReport, ComplianceRow } from '../../../../contracts/qualifications.js';
import { institutionsQuery, meQuery } from '../../api/identity';
import {
  complianceQuery,
  downloadCompliance,
  type ExportFormat,
  policiesQuery,
} from '../../api/qualificationAdmin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { statusColor } from '../advice/AdviceResult';
import { formatDay } from '../policies/dates';
import { ScopeSelects } from './ScopeSelects';
import { complianceInstitutions, complianceUnits, isPlatformAdministrator } from './scope';

const route = getRouteApi('/_authenticated/compliance');

/** Who must earn which qualification, who holds it and who is missing it, for the units in the viewer's scope. */
export function CompliancePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { data: me } = useSuspenseQuery(meQuery);
  const institutions = useQuery(institutionsQuery);
  const platformAdministrator = isPlatformAdministrator(me.roles);
  const policies = useQuery({ ...policiesQuery, enabled: platformAdministrator });
  const withPolicy = new Set(policies.data?.items.flatMap((p) => (p.institution ? [p.institution.id] : [])));
  const choices = complianceInstitutions(institutions.data?.items ?? [], me.roles, withPolicy);
  const institution = choices.find((candidate) => candidate.id === search.institution) ?? choices[0];
  const units = institution ? complianceUnits(institution, me.roles) : [];
  const unitId = units.some((unit) => unit.id === search.unit) ? search.unit : undefined;

  return (
    <>
      <PageHeader title={t('compliance.title')} description={t('compliance.intro')} />
      {(institutions.isPending || (platformAdministrator && policies.isPending)) && (
        <Loader aria-label={t('common.loading')} />
      )}
      <ErrorAlert error={institutions.error ?? policies.error} />
      {institutions.data && (!platformAdministrator || policies.data) && choices.length === 0 && (
        <Text>{t('compliance.noInstitutions')}</Text>
      )}
      {institution && (
        <Stack gap="lg">
          <ScopeSelects
            choices={choices}
            institution={institution}
            units={units}
            unitId={unitId}
            wholeInstitution={true}
            labels={{
              institution: t('compliance.institution'),
              unit: t('compliance.unit'),
              allUnits: t('compliance.allUnits'),
            }}
            onChange={(scope) => void navigate({ to: '/compliance', search: scope })}
          />
          <Report institutionId={institution.id} unitId={unitId} />
        </Stack>
      )}
    </>
  );
}

function Report({ institutionId, unitId }: { institutionId: string; unitId: string | undefined }) {
  const { t } = useTranslation();
  const query = unitId ? { unitId } : {};
  const report = useQuery(complianceQuery(institutionId, query));
  const [missingOnly, setMissingOnly] = useState(false);
  const download = useMutation({
    mutationFn: (format: ExportFormat) => downloadCompliance(institutionId, query, format),
  });

  if (report.isPending) return <Loader aria-label={t('common.loading')} />;
  if (report.isError) return <ErrorAlert error={report.error} />;
  const data = report.data;
  const rows = missingOnly
    ? data.teachers.filter((row) => row.qualifications.some((q) => q.missing))
    : data.teachers;
  return (
    <Stack gap="lg" aria-busy={report.isPlaceholderData}>
      <Group justify="space-between" align="center">
        <Text c="dimmed">
          {t('compliance.basis', {
            scope: data.unit?.name ?? data.institution.name,
            version: data.policy.version,
            date: formatDay(data.on, currentLanguage()),
          })}
        </Text>
        <Group gap="sm">
          {(['csv', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
              loading={download.isPending && download.variables === format}
              onClick={() => download.mutate(format)}
            >
              {t(`compliance.download.${format}`)}
            </Button>
          ))}
        </Group>
      </Group>
      <ErrorAlert error={download.error} />
      <Summary report={data} />
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2}>{t('compliance.teachers')}</Title>
          <Switch
            label={t('compliance.missingOnly')}
            checked={missingOnly}
            onChange={(event) => setMissingOnly(event.currentTarget.checked)}
          />
        </Group>
        {rows.length === 0 ? (
          <Text>{missingOnly ? t('compliance.nobodyMissing') : t('compliance.noTeachers')}</Text>
        ) : (
          <TeacherTable report={data} rows={rows} />
        )}
      </Stack>
    </Stack>
  );
}

const countColumns = ['obligatory', 'eligible', 'notApplicable', 'noProfile', 'held', 'missing'] as const;

function Summary({ report }: { report: ComplianceReport }) {
  const { t } = useTranslation();
  const { summary } = report;
  const caption = t('compliance.summary.title');
  return (
    <Stack gap="sm">
      <Title order={2}>{caption}</Title>
      <Text>
        {t('compliance.summary.teachers', {
          count: summary.teachers,
          withProfile: summary.withProfile,
          confirmed: summary.confirmed,
        })}
      </Text>
      <ScrollArea type="auto" tabIndex={0} role="region" aria-label={caption}>
        <Table bg="white" miw={640} verticalSpacing="xs" aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('compliance.qualification')}</Table.Th>
              {countColumns.map((column) => (
                <Table.Th scope="col" key={column} ta="right">
                  {t(`compliance.count.${column}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.byQualification.map((counts) => (
              <Table.Tr key={counts.code}>
                <Table.Th scope="row">{counts.code}</Table.Th>
                {countColumns.map((column) => (
                  <Table.Td
                    key={column}
                    ta="right"
                    fw={column === 'missing' && counts.missing > 0 ? 700 : undefined}
                  >
                    {counts[column]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}

function TeacherTable({ report, rows }: { report: ComplianceReport; rows: readonly ComplianceRow[] }) {
  const { t } = useTranslation();
  const caption = t('compliance.teachers');
  return (
    <ScrollArea type="auto" tabIndex={0} role="region" aria-label={caption}>
      <Table bg="white" miw={760} verticalSpacing="sm" highlightOnHover aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.name')}</Table.Th>
            <Table.Th scope="col">{t('table.unit')}</Table.Th>
            <Table.Th scope="col">{t('compliance.profile')}</Table.Th>
            {report.codes.map((code) => (
              <Table.Th scope="col" key={code}>
                {code}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.person.id}>
              <Table.Th scope="row">
                <Text fw={600} size="sm">
                  {row.person.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.person.email}
                </Text>
              </Table.Th>
              <Table.Td>{row.units.map((unit) => unit.name).join(', ')}</Table.Td>
              <Table.Td>
                {row.profile === null
                  ? t('compliance.profileState.none')
                  : row.profile.confirmedAt
                    ? t('compliance.profileState.confirmed')
                    : t('compliance.profileState.unconfirmed')}
              </Table.Td>
              {report.codes.map((code) => (
                <Table.Td key={code}>
                  <QualificationCell qualification={row.qualifications.find((q) => q.code === code)} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

function QualificationCell({
  qualification,
}: {
  qualification: ComplianceRow['qualifications'][number] | undefined;
}) {
  const { t } = useTranslation();
  if (!qualification) return t('common.none');
  const { status, held, missing, rules } = qualification;
  return (
    <Stack gap={2} align="flex-start">
      {status === 'no-profile' ? (
        <Text size="sm">{t('compliance.noProfile')}</Text>
      ) : (
        <Badge tt="none" variant="filled" color={statusColor[status]}>
          {t(`advice.status.${status}`)}
        </Badge>
      )}
      {rules.length > 0 && <Text size="xs">{rules.join(', ')}</Text>}
      {held && (
        <Text size="sm" fw={600} c="dossier.9">
          {t('compliance.held')}
        </Text>
      )}
      {missing && (
        <Text size="sm" fw={700} c="red.9">
          {t('compliance.missing')}
        </Text>
      )}
    </Stack>
  );
}
