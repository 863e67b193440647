import { ActionIcon, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartBar, IconPaperclip, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterActivity, RegisterCatalogue } from '../../../../contracts/register.js';
import {
  myActivitiesQuery,
  myProgressQuery,
  registerApi,
  registerCatalogueQuery,
  registerKeys,
  registerSettingsQuery,
} from '../../api/register';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { RequestIntake } from '../trajectories/RequestIntake';
import { ActivityFormDialog } from './ActivityFormDialog';
import { activityStatus, kindLabel, mayChange } from './activityForm';
import { EvidenceDialog } from './EvidenceDialog';
import { formatRU } from './format';
import { SettingsCard } from './SettingsCard';

// Shades whose light badge keeps AA contrast (Mantine's default light green and blue text do not).
const STATUS_COLOR = { recorded: 'gray', validated: 'dossier', audited: 'grape.9' } as const;

function Loading() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" />
      <Text>{t('common.loading')}</Text>
    </Group>
  );
}

/** My register dossier: my settings, and the activities I recorded or a provider validated. */
export function DossierPage() {
  const { t } = useTranslation();
  const settings = useQuery(registerSettingsQuery);
  const catalogue = useQuery(registerCatalogueQuery);
  const header = (
    <PageHeader title={t('register.dossier.title')} description={t('register.dossier.intro')}>
      <Group gap="sm">
        <Button
          component={Link}
          to="/register/progress"
          variant="light"
          leftSection={<IconChartBar size={18} aria-hidden />}
        >
          {t('register.dossier.toProgress')}
        </Button>
        <RequestIntake from="dossier" variant="default" />
      </Group>
    </PageHeader>
  );
  const failed = settings.error ?? catalogue.error;
  return (
    <>
      {header}
      {failed ? (
        <ErrorAlert error={failed} />
      ) : settings.data && catalogue.data ? (
        <Stack gap="lg">
          <SettingsCard settings={settings.data} />
          <Activities catalogue={catalogue.data} />
        </Stack>
      ) : (
        <Loading />
      )}
    </>
  );
}

function Activities({ catalogue }: { catalogue: RegisterCatalogue }) {
  const { t } = useTranslation();
  const activities = useQuery(myActivitiesQuery);
  const settings = useQuery(registerSettingsQuery);
  // Counted RU come from the hours engine, which needs the sector; before that the column stays empty.
  const progress = useQuery({ ...myProgressQuery(), enabled: settings.data?.sector != null });
  const [editing, setEditing] = useState<RegisterActivity | 'new' | null>(null);
  const [evidenceOf, setEvidenceOf] = useState<string | null>(null);
  const [removing, setRemoving] = useState<RegisterActivity | null>(null);
  const title = t('register.dossier.activities');
  const counted = new Map(progress.data?.activities.map((activity) => [activity.id, activity.countedRU]));

  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {title}
          </Title>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            {t('register.dossier.add')}
          </Button>
        </Group>
        {activities.isError && <ErrorAlert error={activities.error} />}
        {activities.isPending && <Loading />}
        {activities.data &&
          (activities.data.items.length === 0 ? (
            <Text>{t('register.dossier.none')}</Text>
          ) : (
            <ActivityTable
              items={activities.data.items}
              catalogue={catalogue}
              counted={counted}
              onEdit={setEditing}
              onEvidence={setEvidenceOf}
              onRemove={setRemoving}
            />
          ))}
      </Stack>
      <ActivityFormDialog
        catalogue={catalogue}
        activity={editing === 'new' || editing === null ? undefined : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(saved, isNew) => {
          setEditing(null);
          // A new activity needs its evidence next (R-REG-EVID-2): offer it straight away.
          if (isNew) setEvidenceOf(saved.id);
        }}
      />
      <EvidenceDialog activityId={evidenceOf} onClose={() => setEvidenceOf(null)} />
      <RemoveDialog activity={removing} onClose={() => setRemoving(null)} />
    </Card>
  );
}

interface ActivityTableProps {
  items: RegisterActivity[];
  catalogue: RegisterCatalogue;
  counted: Map<string, number>;
  onEdit: (activity: RegisterActivity) => void;
  onEvidence: (activityId: string) => void;
  onRemove: (activity: RegisterActivity) => void;
}

function ActivityTable({ items, catalogue, counted, onEdit, onEvidence, onRemove }: ActivityTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const kinds = new Map(catalogue.kinds.map((entry) => [entry.kind, entry]));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm" aria-label={t('register.dossier.activities')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('register.column.activity')}</Table.Th>
            <Table.Th scope="col">{t('register.column.date')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('register.column.hours')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('register.column.counted')}
            </Table.Th>
            <Table.Th scope="col">{t('register.column.status')}</Table.Th>
            <Table.Th scope="col">{t('register.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((activity) => {
            const entry = kinds.get(activity.kind);
            const status = activityStatus(activity);
            const countedRU = counted.get(activity.id);
            return (
              <Table.Tr key={activity.id}>
                <Table.Th scope="row" fw="normal">
                  <Text fw={600}>{activity.title}</Text>
                  <Text size="sm" c="dimmed">
                    {entry ? kindLabel(entry, language) : activity.kind}
                  </Text>
                  {activity.validated && (
                    <Text size="sm" c="dimmed">
                      {t('register.dossier.validatedBy', {
                        provider: activity.validated.provider.name,
                        number: activity.validated.number,
                      })}
                    </Text>
                  )}
                  {activity.accreditationPoints.length > 0 && (
                    <Text size="sm" c="dimmed">
                      {activity.accreditationPoints
                        .map((points) => `${formatRU(points.points, language)} ${points.scheme}`)
                        .join(' · ')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  {activity.startDate && activity.startDate !== activity.date
                    ? t('register.dossier.dateRange', {
                        from: formatDay(activity.startDate, language),
                        to: formatDay(activity.date, language),
                      })
                    : formatDay(activity.date, language)}
                </Table.Td>
                <Table.Td ta="right">{formatRU(activity.hours, language)}</Table.Td>
                <Table.Td ta="right">
                  {countedRU === undefined ? t('common.none') : formatRU(countedRU, language)}
                </Table.Td>
                <Table.Td>
                  {/* as wide as its text: in a table a badge otherwise shrinks and cuts the status short */}
                  <Badge color={STATUS_COLOR[status]} variant="light" miw="max-content">
                    {t(`register.status.${status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      leftSection={<IconPaperclip size={16} aria-hidden />}
                      aria-label={t('register.dossier.evidenceOf', {
                        title: activity.title,
                        number: activity.evidence.length,
                      })}
                      onClick={() => onEvidence(activity.id)}
                    >
                      {activity.evidence.length}
                    </Button>
                    {mayChange(activity) && (
                      <>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          leftSection={<IconPencil size={16} aria-hidden />}
                          aria-label={t('register.dossier.changeOf', { title: activity.title })}
                          onClick={() => onEdit(activity)}
                        >
                          {t('register.dossier.change')}
                        </Button>
                        {/* Icon only: red text under a dialog's overlay would fall below AA contrast. */}
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          size="lg"
                          aria-label={t('register.dossier.removeOf', { title: activity.title })}
                          onClick={() => onRemove(activity)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Removing asks first: the activity and its evidence are gone for good. */
function RemoveDialog({ activity, onClose }: { activity: RegisterActivity | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => registerApi.removeActivity(id),
    onSuccess: async () => {
      notifySuccess(t('register.remove.done', { title: activity?.title ?? '' }));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: registerKeys.activities }),
        queryClient.invalidateQueries({ queryKey: registerKeys.progress }),
      ]);
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog opened={activity !== null} onClose={close} title={t('register.remove.title')}>
      <Stack gap="md">
        <Text>{t('register.remove.text', { title: activity?.title ?? '' })}</Text>
        <ErrorAlert error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={remove.isPending}
            onClick={() => activity && remove.mutate(activity.id)}
          >
            {t('register.remove.confirm')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
