import { Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { RegisterComplianceReport } from '../../../../contracts/register-compliance.js';
import { institutionsQuery, meQuery } from '../../api/identity';
import { registerComplianceApi, registerComplianceQuery } from '../../api/register-admin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { ScopeSelects } from '../compliance/ScopeSelects';
import { unitsInScope } from '../compliance/scope';
import { formatDay } from '../policies/dates';
import { formatRU } from '../register/format';

const route = getRouteApi('/_authenticated/register-compliance');

/** A coordinator's teachers' register hours against the norm (R-REG-NORM-1…3), with CSV and XLSX exports. */
export function RegisterCompliancePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { data: me } = useSuspenseQuery(meQuery);
  const institutions = useQuery(institutionsQuery);
  const coordinated = me.roles.filter((r) => r.role === 'coordinator');
  const choices =
    institutions.data?.items.filter((i) => coordinated.some((r) => r.institution?.id === i.id)) ?? [];
  const institution = choices.find((candidate) => candidate.id === search.institution) ?? choices[0];
  const wholeInstitution = coordinated.some((r) => r.institution?.id === institution?.id && r.unit === null);
  const units = institution ? unitsInScope(institution, me.roles, ['coordinator']) : [];
  // A coordinator of a unit sees that unit (and below), never the whole institution.
  const unitId = units.some((unit) => unit.id === search.unit)
    ? search.unit
    : wholeInstitution
      ? undefined
      : units[0]?.id;

  return (
    <>
      <PageHeader title={t('registerCompliance.title')} description={t('registerCompliance.intro')} />
      {institutions.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={institutions.error} />
      {institutions.data && !institution && <Text>{t('registerCompliance.noInstitution')}</Text>}
      {institution && (
        <Stack gap="lg">
          <ScopeSelects
            choices={choices}
            institution={institution}
            units={units}
            unitId={unitId}
            wholeInstitution={wholeInstitution}
            labels={{
              institution: t('registerCompliance.institution'),
              unit: t('registerCompliance.unit'),
              allUnits: t('registerCompliance.allUnits'),
            }}
            onChange={(scope) => void navigate({ to: '/register-compliance', search: scope })}
          />
          <Report institutionId={institution.id} unitId={unitId} />
        </Stack>
      )}
    </>
  );
}

function Report({ institutionId, unitId }: { institutionId: string; unitId: string | undefined }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const query = unitId ? { unitId } : {};
  const report = useQuery(registerComplianceQuery(institutionId, query));
  const download = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => registerComplianceApi.download(institutionId, query, format),
  });
  if (report.isPending) return <Loader aria-label={t('common.loading')} />;
  if (report.isError) return <ErrorAlert error={report.error} />;
  const data = report.data;
  return (
    <Stack gap="lg" aria-busy={report.isPlaceholderData}>
      <Group justify="space-between" align="center">
        <Text>
          {t('registerCompliance.summary', {
            scope: data.unit?.name ?? data.institution.name,
            date: formatDay(data.on, language),
            teachers: data.summary.teachers,
            meets: data.summary.meetsNorm,
            short: data.summary.short,
            without: data.summary.withoutSettings,
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
              {t(`registerCompliance.download.${format}`)}
            </Button>
          ))}
        </Group>
      </Group>
      <ErrorAlert error={download.error} />
      {data.teachers.length === 0 ? (
        <Text>{t('registerCompliance.noTeachers')}</Text>
      ) : (
        <TeacherTable report={data} />
      )}
    </Stack>
  );
}

function TeacherTable({ report }: { report: RegisterComplianceReport }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const caption = t('registerCompliance.teachers');
  const ru = (value: number) => formatRU(value, language);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped bg="white" verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.name')}</Table.Th>
            <Table.Th scope="col">{t('table.unit')}</Table.Th>
            <Table.Th scope="col">{t('registerCompliance.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('registerCompliance.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('registerCompliance.primary')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('registerCompliance.subject')}
            </Table.Th>
            <Table.Th scope="col">{t('registerCompliance.norm')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.teachers.map(({ person, units, compliance }) => (
            <Table.Tr key={person.id}>
              <Table.Th scope="row">
                <Text fw={600} size="sm">
                  {person.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {person.email}
                </Text>
              </Table.Th>
              <Table.Td>{units.map((unit) => unit.name).join(', ')}</Table.Td>
              {compliance === null ? (
                <Table.Td colSpan={5}>{t('registerCompliance.noSettings')}</Table.Td>
              ) : (
                <>
                  <Table.Td>
                    {t('audit.periodRange', {
                      from: formatDay(compliance.period.start, language),
                      to: formatDay(compliance.period.end, language),
                    })}
                    {!compliance.periodEndGiven && (
                      <Text size="xs" c="dimmed">
                        {t('registerCompliance.periodEndAssumed')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{ru(compliance.totalRU)}</Table.Td>
                  <Table.Td ta="right">{ru(compliance.primaryRU)}</Table.Td>
                  <Table.Td ta="right">
                    {compliance.sector === 'vo' ? ru(compliance.subjectRU) : t('common.none')}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Badge tt="none" color={compliance.meetsNorm ? 'teal.9' : 'red.9'}>
                        {compliance.meetsNorm ? t('registerCompliance.meets') : t('registerCompliance.short')}
                      </Badge>
                      {compliance.shortfalls.map((shortfall) => (
                        <Text size="xs" key={shortfall.rule}>
                          {t('registerCompliance.missing', {
                            rule: shortfall.rule,
                            ru: ru(shortfall.missingRU),
                          })}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
