import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconNotebook } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterCatalogue, RegisterProgress, RegisterRuleId } from '../../../../contracts/register.js';
import { ApiError } from '../../api/client';
import { myProgressQuery, registerCatalogueQuery } from '../../api/register';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { kindLabel } from './activityForm';
import { formatRU } from './format';
import { HoursChart } from './HoursChart';
import { capRules, cutActivities, normBars, outsidePeriod } from './progress';

const route = getRouteApi('/_authenticated/register/progress');

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** My progress toward the re-registration norm over a four-year period, and why each cut was made. */
export function ProgressPage() {
  const { t } = useTranslation();
  const { periodEnd } = route.useSearch();
  const progress = useQuery(myProgressQuery(periodEnd));
  const catalogue = useQuery(registerCatalogueQuery);
  const header = (
    <PageHeader title={t('register.progress.title')} description={t('register.progress.intro')}>
      <Button
        component={Link}
        to="/register"
        variant="light"
        leftSection={<IconNotebook size={18} aria-hidden />}
      >
        {t('register.progress.toDossier')}
      </Button>
    </PageHeader>
  );
  const error = progress.error ?? catalogue.error;
  if (error) {
    const noSettings = error instanceof ApiError && error.code === 'REGISTER_SETTINGS_MISSING';
    return (
      <>
        {header}
        <ErrorAlert error={error} title={noSettings ? t('register.progress.noSettings') : undefined} />
        {noSettings && (
          <Anchor component={Link} to="/register" mt="md" display="inline-block">
            {t('register.progress.fillSettings')}
          </Anchor>
        )}
      </>
    );
  }
  if (!progress.data || !catalogue.data) {
    return (
      <>
        {header}
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('common.loading')}</Text>
        </Group>
      </>
    );
  }
  return (
    <>
      {header}
      <ProgressReport progress={progress.data} catalogue={catalogue.data} periodEnd={periodEnd} />
    </>
  );
}

function ProgressReport({
  progress,
  catalogue,
  periodEnd,
}: {
  progress: RegisterProgress;
  catalogue: RegisterCatalogue;
  periodEnd: string | undefined;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const ruleText = (id: RegisterRuleId) =>
    catalogue.rules.find((rule) => rule.id === id)?.text[language] ?? '';
  const kinds = new Map(catalogue.kinds.map((entry) => [entry.kind, entry]));
  const kindOf = (kind: RegisterProgress['activities'][number]['kind']) => {
    const entry = kinds.get(kind);
    return entry ? kindLabel(entry, language) : kind;
  };
  const cut = cutActivities(progress);
  const outside = outsidePeriod(progress);
  const ru = (value: number) => formatRU(value, language);

  return (
    <Stack gap="lg">
      <Section title={t('register.progress.periodTitle')}>
        <Text>
          {t('register.progress.period', {
            start: formatDay(progress.period.start, language),
            end: formatDay(progress.period.end, language),
          })}{' '}
          {t(`register.sector.${progress.sector}`)}
        </Text>
        <PeriodChooser current={periodEnd ?? progress.period.end} />
        {progress.meetsNorm ? (
          <Alert color="dossier" icon={<IconCircleCheck aria-hidden />} title={t('register.progress.meets')}>
            {t('register.progress.meetsText')}
          </Alert>
        ) : (
          <Alert
            color="dossier"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('register.progress.notYet')}
          >
            <List spacing={4} aria-label={t('register.progress.missingTitle')}>
              {progress.shortfalls.map((shortfall) => (
                <List.Item key={shortfall.rule}>
                  {t('register.progress.missing', { ru: ru(shortfall.missingRU), rule: shortfall.rule })}{' '}
                  {ruleText(shortfall.rule)}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Stack gap="md">
          {normBars(progress).map((bar) => {
            const label = t(`register.progress.bar.${bar.rule}`);
            return (
              <div key={bar.rule}>
                <Group justify="space-between" mb={4}>
                  <Text fw={600}>{label}</Text>
                  <Text>
                    {t('register.progress.reached', { reached: ru(bar.reached), target: ru(bar.target) })}
                  </Text>
                </Group>
                <Progress.Root size="lg">
                  <Progress.Section
                    value={bar.percent}
                    color={bar.missing === 0 ? 'green.8' : 'dossier'}
                    aria-label={label}
                    aria-valuetext={t('register.progress.reached', {
                      reached: ru(bar.reached),
                      target: ru(bar.target),
                    })}
                  />
                </Progress.Root>
              </div>
            );
          })}
        </Stack>
        {progress.accreditationPoints.length > 0 && (
          <Text>
            {t('register.progress.otherPoints', {
              points: progress.accreditationPoints.map((p) => `${ru(p.points)} ${p.scheme}`).join(', '),
            })}
          </Text>
        )}
      </Section>

      <Section title={t('register.progress.chartTitle')}>
        <HoursChart progress={progress} />
      </Section>

      <Section title={t('register.progress.cutTitle')}>
        <Text size="sm" c="dimmed">
          {t('register.progress.cutIntro')}
        </Text>
        {cut.length === 0 ? (
          <Text>{t('register.progress.noneCut')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="sm" aria-label={t('register.progress.cutTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('register.column.activity')}</Table.Th>
                  <Table.Th scope="col">{t('register.column.date')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('register.column.claimed')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('register.column.counted')}
                  </Table.Th>
                  <Table.Th scope="col">{t('register.column.why')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cut.map((activity) => (
                  <Table.Tr key={activity.id}>
                    <Table.Th scope="row" fw="normal">
                      <Text fw={600}>{activity.title}</Text>
                      <Text size="sm" c="dimmed">
                        {kindOf(activity.kind)}
                      </Text>
                    </Table.Th>
                    <Table.Td>{formatDay(activity.date, language)}</Table.Td>
                    <Table.Td ta="right">{ru(activity.claimedRU)}</Table.Td>
                    <Table.Td ta="right">{ru(activity.countedRU)}</Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        {capRules(activity).map((rule) => (
                          <Text key={rule} size="sm">
                            <Badge variant="light" color="gray" mr={6}>
                              {rule}
                            </Badge>
                            {ruleText(rule)}
                          </Text>
                        ))}
                        {activity.rejection && (
                          <Text size="sm">
                            {t('register.progress.rejection', {
                              rule: activity.rejection.rule,
                              reason: activity.rejection.reason,
                            })}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {outside.length > 0 && (
          <>
            <Title order={3} size="h4">
              {t('register.progress.outsideTitle')}
            </Title>
            <Text size="sm">{ruleText('R-REG-NORM-1')}</Text>
            <List spacing={4}>
              {outside.map((activity) => (
                <List.Item key={activity.id}>
                  {t('register.progress.outsideItem', {
                    title: activity.title,
                    date: formatDay(activity.date, language),
                    ru: ru(activity.claimedRU),
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Section>
    </Stack>
  );
}

/** Look at another four-year period than the one in the settings: the period ends on the day chosen. */
function PeriodChooser({ current }: { current: string }) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const [value, setValue] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) void navigate({ search: { periodEnd: value } });
  };
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="sm">
        <TextInput
          type="date"
          label={t('register.progress.periodEnd')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
        <Button type="submit" variant="default">
          {t('register.progress.showPeriod')}
        </Button>
      </Group>
    </form>
  );
}
