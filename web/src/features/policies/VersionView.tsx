import { Anchor, Button, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconSend, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyVersionQuery } from '../../api/qualificationAdmin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLanguage } from '../../i18n/i18n';
import { DeleteDraftDialog, PublishDialog } from './DraftDialogs';
import { DraftEditor } from './DraftEditor';
import { formatDay, formatMoment } from './dates';
import { documentText } from './documentText';
import { PolicyDiffView } from './PolicyDiffView';
import { SampleEvaluation } from './SampleEvaluation';
import { VersionStatus } from './VersionStatus';

interface VersionViewProps {
  policyId: string;
  versionId: string;
}

/** One version: its document (editable while a draft), sample evaluation, and the difference with today's. */
export function VersionView({ policyId, versionId }: VersionViewProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const version = useQuery(policyVersionQuery(policyId, versionId));
  /** the editor's text while it differs from the saved draft; null: nothing unsaved */
  const [edited, setEdited] = useState<string | null>(null);
  const [publishOpened, publishDialog] = useDisclosure(false);
  const [deleteOpened, deleteDialog] = useDisclosure(false);

  const back = (
    <Anchor renderRoot={(props) => <Link to="/policies" search={{ policy: policyId }} {...props} />}>
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('policies.backToVersions')}
      </Group>
    </Anchor>
  );
  if (version.isPending) return <Loader aria-label={t('common.loading')} />;
  if (version.isError) {
    return (
      <Stack align="flex-start">
        {back}
        <ErrorAlert error={version.error} />
      </Stack>
    );
  }

  const v = version.data;
  const isDraft = v.status === 'draft';
  const unsaved = edited !== null;
  const title = v.version ? t('policies.versionTitle', { version: v.version }) : t('policies.draftTitle');
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        {back}
        <Group justify="space-between" align="flex-start">
          <Stack gap={6}>
            <Title order={2}>{title}</Title>
            <VersionStatus version={v} />
            <Text size="sm" c="dimmed">
              {isDraft
                ? t('policies.draftMeta', {
                    date: formatDay(v.validFrom, language),
                    name: v.createdBy?.displayName ?? t('policies.shipped'),
                  })
                : t('policies.publishedMeta', {
                    date: formatDay(v.validFrom, language),
                    moment: v.publishedAt ? formatMoment(v.publishedAt, language) : t('common.none'),
                    publisher: v.publishedBy?.displayName ?? t('policies.shipped'),
                    name: v.createdBy?.displayName ?? t('policies.shipped'),
                  })}
            </Text>
          </Stack>
          {isDraft && (
            <Group gap="sm">
              <Button
                leftSection={<IconSend size={18} aria-hidden />}
                disabled={unsaved}
                onClick={publishDialog.open}
              >
                {t('policies.publish.open')}
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={18} aria-hidden />}
                onClick={deleteDialog.open}
              >
                {t('policies.delete.open')}
              </Button>
            </Group>
          )}
        </Group>
        {isDraft && unsaved && <Text size="sm">{t('policies.saveFirst')}</Text>}
      </Stack>

      {isDraft ? (
        <DraftEditor version={v} edited={edited} onEdit={setEdited} />
      ) : (
        <Stack gap="xs">
          <Title order={3}>{t('policies.document.title')}</Title>
          <Textarea
            label={t('policies.document.label')}
            description={t('policies.document.readOnly')}
            value={documentText(v.document)}
            readOnly
            autosize
            minRows={12}
            maxRows={28}
            spellCheck={false}
            classNames={{ input: 'policy-json' }}
          />
        </Stack>
      )}

      <SampleEvaluation policyId={policyId} versionId={versionId} unsaved={unsaved} />
      <PolicyDiffView version={v} unsaved={unsaved} />

      {isDraft && (
        <>
          <PublishDialog version={v} opened={publishOpened} onClose={publishDialog.close} />
          <DeleteDraftDialog version={v} opened={deleteOpened} onClose={deleteDialog.close} />
        </>
      )}
    </Stack>
  );
}
