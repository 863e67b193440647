import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPaperclip, IconPlus, IconTrash, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Evidence, type EvidenceKind, evidenceKinds } from '../../../../contracts/trajectories.js';
import type { EvidenceInput, PortfolioView } from '../../../../contracts/trajectories-api.js';
import { trajectoriesApi, trajectoryKeys, trajectoryUrls } from '../../api/trajectories';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../policies/dates';
import { ACCEPTED_FILES, evidenceByKind } from './evidence';
import { usePortfolioMutation } from './savePortfolio';

/** The portfolio's evidence by kind (R-UMCU-PF-1): items with their files; add, upload, remove. */
export function EvidencePanel({ view, readOnly }: { view: PortfolioView; readOnly: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const groups = evidenceByKind(view.content.evidence);
  return (
    <Stack gap="lg">
      {!readOnly && (
        <Group>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t('portfolio.evidence.add')}
          </Button>
        </Group>
      )}
      {groups.length === 0 && <Text c="dimmed">{t('portfolio.evidence.empty')}</Text>}
      {groups.map((group) => (
        <Stack key={group.kind} gap="sm" component="section" aria-labelledby={`evidence-${group.kind}`}>
          <Title order={3} id={`evidence-${group.kind}`}>
            {t(`portfolio.evidenceKind.${group.kind}`)}
          </Title>
          {group.items.map((item) => (
            <EvidenceCard key={item.id} view={view} item={item} readOnly={readOnly} />
          ))}
        </Stack>
      ))}
      <Dialog opened={adding} onClose={() => setAdding(false)} title={t('portfolio.evidence.addTitle')}>
        {adding && <AddEvidenceForm view={view} onDone={() => setAdding(false)} />}
      </Dialog>
    </Stack>
  );
}

interface AddEvidenceValues {
  kind: EvidenceKind | null;
  title: string;
  description: string;
  date: string;
}

function AddEvidenceForm({ view, onDone }: { view: PortfolioView; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<AddEvidenceValues>({
    initialValues: { kind: null, title: '', description: '', date: '' },
    validate: {
      kind: (value) => (value ? null : t('portfolio.evidence.kindRequired')),
      title: (value) => (value.trim() ? null : t('portfolio.evidence.titleRequired')),
    },
  });
  const add = usePortfolioMutation(
    view.trajectoryId,
    (input: EvidenceInput) => trajectoriesApi.addEvidence(view.trajectoryId, input),
    (_, input) => {
      notifySuccess(t('portfolio.evidence.added', { title: input.title }));
      onDone();
    },
  );
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        if (!values.kind) return;
        add.mutate({
          kind: values.kind,
          title: values.title.trim(),
          description: values.description,
          date: values.date === '' ? null : values.date,
        });
      })}
    >
      <Stack gap="md">
        <Select
          label={t('portfolio.evidence.kind')}
          required
          allowDeselect={false}
          data={evidenceKinds.map((value) => ({ value, label: t(`portfolio.evidenceKind.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput
          label={t('portfolio.evidence.title')}
          required
          maxLength={200}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('portfolio.evidence.description')}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('description')}
        />
        <TextInput
          type="date"
          label={t('portfolio.evidence.date')}
          description={t('portfolio.evidence.dateHelp')}
          {...form.getInputProps('date')}
        />
        <ErrorAlert error={add.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('portfolio.evidence.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EvidenceCard({ view, item, readOnly }: { view: PortfolioView; item: Evidence; readOnly: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [files, setFiles] = useState<File[]>([]);
  const [confirming, setConfirming] = useState(false);
  // one file after another, so a refused file stops the rest and its message names it; each stored file
  // shows at once, also when a later one is refused
  const queryClient = useQueryClient();
  const upload = usePortfolioMutation(
    view.trajectoryId,
    async (chosen: File[]) => {
      let latest: PortfolioView | undefined;
      for (const file of chosen) {
        latest = await trajectoriesApi.uploadEvidenceFile(view.trajectoryId, item.id, file);
        queryClient.setQueryData(trajectoryKeys.portfolio(view.trajectoryId), latest);
        setFiles((left) => left.filter((other) => other !== file));
      }
      if (!latest) throw new Error('no file chosen');
      return latest;
    },
    (_, chosen) => notifySuccess(t('portfolio.evidence.uploaded', { count: chosen.length })),
  );
  const remove = usePortfolioMutation(
    view.trajectoryId,
    () => trajectoriesApi.removeEvidence(view.trajectoryId, item.id),
    () => {
      setConfirming(false);
      notifySuccess(t('portfolio.evidence.removed', { title: item.title }));
    },
  );
  const titleId = `evidence-item-${item.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600} id={titleId}>
              {item.title}
            </Text>
            {item.date && (
              <Text size="sm" c="dimmed">
                {formatDay(item.date, language)}
              </Text>
            )}
          </div>
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('portfolio.evidence.remove', { title: item.title })}
              onClick={() => setConfirming(true)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        {item.description && <Text size="sm">{item.description}</Text>}
        {item.files.length === 0 ? (
          <Text size="sm" c="red.9">
            {t('portfolio.evidence.noFiles')}
          </Text>
        ) : (
          <List
            spacing={4}
            listStyleType="none"
            aria-label={t('portfolio.evidence.files', { title: item.title })}
          >
            {item.files.map((file) => (
              <List.Item key={file.fileId}>
                <Group gap="xs" wrap="nowrap">
                  <IconPaperclip size={16} aria-hidden />
                  <Anchor
                    href={trajectoryUrls.evidenceFile(view.trajectoryId, item.id, file.fileId)}
                    download={file.name}
                  >
                    {file.name}
                  </Anchor>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {!readOnly && (
          <Stack gap="xs">
            <Group align="flex-end" gap="sm">
              <FileInput
                flex={1}
                miw={220}
                multiple
                clearable
                accept={ACCEPTED_FILES}
                label={t('portfolio.evidence.upload', { title: item.title })}
                description={t('portfolio.evidence.uploadHelp')}
                placeholder={t('portfolio.evidence.choose')}
                value={files}
                onChange={(chosen) => {
                  upload.reset();
                  setFiles(chosen);
                }}
                leftSection={<IconPaperclip size={16} aria-hidden />}
              />
              <Button
                variant="light"
                disabled={files.length === 0}
                loading={upload.isPending}
                leftSection={<IconUpload size={18} aria-hidden />}
                onClick={() => upload.mutate(files)}
              >
                {t('portfolio.evidence.uploadButton')}
              </Button>
            </Group>
            {/* the server checks type and size; its refusal names the file and what is allowed */}
            <ErrorAlert error={upload.error} title={t('portfolio.evidence.uploadFailed')} />
          </Stack>
        )}
      </Stack>
      <Dialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('portfolio.evidence.removeTitle', { title: item.title })}
      >
        <Stack gap="md">
          <Text>{t('portfolio.evidence.removeText')}</Text>
          <ErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate(undefined)}>
              {t('portfolio.evidence.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Card>
  );
}
