import {
  Alert,
  Anchor,
  Button,
  Card,
  DataList,
  FileInput,
  Group,
  List,
  Loader,
  Radio,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconArrowLeft,
  IconDownload,
  IconFileUpload,
  IconUserPlus,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance, ProviderActivity } from '../../../../contracts/register-providers.js';
import { ApiError, download } from '../../api/client';
import { registerCatalogueQuery } from '../../api/register';
import {
  attendancesQuery,
  providerActivityQuery,
  providerApi,
  registerAdminKeys,
} from '../../api/register-admin';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment } from '../policies/dates';
import { kindLabel } from '../register/activityForm';
import { formatRU } from '../register/format';
import { csvProblems } from './csvProblems';
import { ActivityDates, ActivityState } from './ProviderPage';

const route = getRouteApi('/_authenticated/provider/$activityId');

/** One validated activity: its details, withdrawing it, and its attendance (one by one or a CSV list). */
export function ProviderActivityPage() {
  const { t } = useTranslation();
  const { activityId } = route.useParams();
  const activity = useQuery(providerActivityQuery(activityId));
  const back = (
    <Anchor component={Link} to="/provider">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('providers.back')}
      </Group>
    </Anchor>
  );
  if (activity.isPending) return <Loader aria-label={t('common.loading')} />;
  if (activity.isError)
    return (
      <Stack>
        {back}
        <ErrorAlert error={activity.error} />
      </Stack>
    );
  const data = activity.data;
  return (
    <>
      <PageHeader title={data.title} description={t('providers.activity.intro', { number: data.number })} />
      <Stack gap="lg">
        {back}
        <Details activity={data} />
        {!data.withdrawnAt && <RegisterAttendees activityId={data.id} />}
        <Attendees activityId={data.id} />
      </Stack>
    </>
  );
}

function Details({ activity }: { activity: ProviderActivity }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const catalogue = useQuery(registerCatalogueQuery);
  const entry = catalogue.data?.kinds.find((candidate) => candidate.kind === activity.kind);
  const [withdrawing, setWithdrawing] = useState(false);
  const title = t('providers.activity.details');
  const item = (label: string, value: React.ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {title}
          </Title>
          {!activity.withdrawnAt && (
            <Button variant="default" color="red.9" onClick={() => setWithdrawing(true)}>
              {t('providers.withdraw.open')}
            </Button>
          )}
        </Group>
        <DataList orientation="horizontal">
          {item(t('providers.column.number'), activity.number)}
          {item(t('providers.publish.kind'), entry ? kindLabel(entry, language) : activity.kind)}
          {item(t('providers.publish.content'), t(`register.content.${activity.content}`))}
          {item(t('providers.column.date'), <ActivityDates activity={activity} />)}
          {item(t('providers.column.recognisedRU'), formatRU(activity.recognisedRU, language))}
          {item(t('providers.column.status'), <ActivityState activity={activity} />)}
          {activity.description && item(t('providers.publish.description'), activity.description)}
        </DataList>
        {activity.withdrawnAt && <Text>{t('providers.withdraw.withdrawnText')}</Text>}
      </Stack>
      <WithdrawDialog activity={activity} opened={withdrawing} onClose={() => setWithdrawing(false)} />
    </Card>
  );
}

function WithdrawDialog({
  activity,
  opened,
  onClose,
}: {
  activity: ProviderActivity;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => providerApi.withdraw(activity.id),
    onSuccess: async (withdrawn) => {
      notifySuccess(t('providers.withdraw.done', { title: withdrawn.title }));
      onClose();
      queryClient.setQueryData(registerAdminKeys.providerActivity(withdrawn.id), withdrawn);
      await queryClient.invalidateQueries({ queryKey: ['provider-activities', 'of'] });
    },
  });
  return (
    <Dialog opened={opened} onClose={onClose} title={t('providers.withdraw.title')}>
      <Stack gap="md">
        <Text>{t('providers.withdraw.text', { title: activity.title })}</Text>
        <ErrorAlert error={withdraw.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
            {t('providers.withdraw.confirm')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

type Identifier = 'email' | 'registerNumber';

function RegisterAttendees({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [by, setBy] = useState<Identifier>('email');
  const [value, setValue] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: registerAdminKeys.attendances(activityId) }),
      queryClient.invalidateQueries({ queryKey: ['provider-activities'] }),
    ]);

  const one = useMutation({
    mutationFn: () => providerApi.register(activityId, { [by]: value.trim() }),
    onSuccess: async (attendance) => {
      setValue('');
      notifySuccess(t('providers.attendance.registered', { name: attendance.person.displayName }));
      await refresh();
    },
  });
  const list = useMutation({
    mutationFn: (chosen: File) => providerApi.importCsv(activityId, chosen),
    onSuccess: async (result) => {
      setFile(null);
      notifySuccess(
        t('providers.csv.done', {
          count: result.registered.length,
          already: result.alreadyRegistered.length,
        }),
      );
      await refresh();
    },
  });
  const submitOne = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) one.mutate();
  };
  const submitList = (event: FormEvent) => {
    event.preventDefault();
    if (file) list.mutate(file);
  };
  const title = t('providers.attendance.title');
  const problems = csvProblems(list.error);

  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="lg">
        <Title order={2} size="h3">
          {title}
        </Title>
        <form onSubmit={submitOne} noValidate aria-label={t('providers.attendance.one')}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('providers.attendance.one')}
            </Title>
            <Radio.Group
              label={t('providers.attendance.by')}
              value={by}
              onChange={(next) => setBy(next as Identifier)}
            >
              <Group mt="xs">
                <Radio value="email" label={t('providers.attendance.byEmail')} />
                <Radio value="registerNumber" label={t('providers.attendance.byRegisterNumber')} />
              </Group>
            </Radio.Group>
            <Group align="flex-end">
              <TextInput
                label={
                  by === 'email' ? t('providers.attendance.email') : t('providers.attendance.registerNumber')
                }
                type={by === 'email' ? 'email' : 'text'}
                required
                value={value}
                onChange={(event) => setValue(event.currentTarget.value)}
                w={340}
              />
              <Button
                type="submit"
                loading={one.isPending}
                leftSection={<IconUserPlus size={18} aria-hidden />}
              >
                {t('providers.attendance.submit')}
              </Button>
            </Group>
            <ErrorAlert error={one.error} />
          </Stack>
        </form>
        <form onSubmit={submitList} noValidate aria-label={t('providers.csv.title')}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('providers.csv.title')}
            </Title>
            <Text size="sm">{t('providers.csv.help')}</Text>
            <Group align="flex-end">
              <FileInput
                label={t('providers.csv.file')}
                placeholder={t('providers.csv.placeholder')}
                accept=".csv,text/csv"
                value={file}
                onChange={(chosen) => {
                  setFile(chosen);
                  list.reset();
                }}
                w={340}
              />
              <Button
                type="submit"
                disabled={!file}
                loading={list.isPending}
                leftSection={<IconFileUpload size={18} aria-hidden />}
              >
                {t('providers.csv.submit')}
              </Button>
            </Group>
            {problems ? (
              <Alert
                color="red"
                title={t('providers.csv.refused')}
                icon={<IconAlertCircle aria-hidden />}
                role="alert"
              >
                <Stack gap="xs">
                  <Text size="sm">{list.error instanceof ApiError ? list.error.message : null}</Text>
                  <List size="sm" spacing={2}>
                    {problems.map((problem) => (
                      <List.Item key={`${problem.line}-${problem.message}`}>{problem.message}</List.Item>
                    ))}
                  </List>
                </Stack>
              </Alert>
            ) : (
              <ErrorAlert error={list.error} />
            )}
            {list.data && list.data.alreadyRegistered.length > 0 && (
              <Text size="sm">
                {t('providers.csv.alreadyLines', {
                  lines: list.data.alreadyRegistered.map((entry) => entry.line).join(', '),
                })}
              </Text>
            )}
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

function Attendees({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const attendances = useQuery(attendancesQuery(activityId));
  const title = t('providers.attendees.title');
  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        {attendances.isPending && <Loader aria-label={t('common.loading')} />}
        <ErrorAlert error={attendances.error} />
        {attendances.data &&
          (attendances.data.items.length === 0 ? (
            <Text>{t('providers.attendees.none')}</Text>
          ) : (
            <AttendeeTable items={attendances.data.items} caption={title} />
          ))}
      </Stack>
    </Card>
  );
}

function AttendeeTable({ items, caption }: { items: Attendance[]; caption: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const certificate = useMutation({
    mutationFn: (attendance: Attendance) => download(attendance.certificateUrl, 'certificate.pdf'),
  });
  return (
    <Stack gap="sm">
      <ErrorAlert error={certificate.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="sm" aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('providers.attendees.name')}</Table.Th>
              <Table.Th scope="col">{t('providers.attendees.matchedBy')}</Table.Th>
              <Table.Th scope="col">{t('providers.attendees.registeredAt')}</Table.Th>
              <Table.Th scope="col">{t('providers.attendees.certificate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((attendance) => (
              <Table.Tr key={attendance.id}>
                <Table.Th scope="row" fw={600}>
                  {attendance.person.displayName}
                </Table.Th>
                <Table.Td>
                  {t(`providers.attendees.match.${attendance.matchedBy}`, { value: attendance.matchedValue })}
                </Table.Td>
                <Table.Td>{formatMoment(attendance.registeredAt, language)}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    leftSection={<IconDownload size={16} aria-hidden />}
                    loading={certificate.isPending && certificate.variables?.id === attendance.id}
                    aria-label={t('providers.attendees.certificateOf', {
                      name: attendance.person.displayName,
                    })}
                    onClick={() => certificate.mutate(attendance)}
                  >
                    {t('providers.attendees.download')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
