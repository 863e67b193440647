import { ActionIcon, Anchor, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { IconCertificate, IconPaperclip, IconTrash, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterActivity } from '../../../../contracts/register.js';
import {
  evidenceUrl,
  myActivitiesQuery,
  myAttendancesQuery,
  registerApi,
  registerKeys,
} from '../../api/register';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { mayChange } from './activityForm';
import { formatSize } from './format';

/** What the server accepts, by content (R-REG-EVID-2): the picker offers these, the server decides. */
const ACCEPTED = 'application/pdf,image/png,image/jpeg,image/webp';

interface EvidenceDialogProps {
  activityId: string | null;
  onClose: () => void;
}

/** The evidence of one activity: download each file; add or remove while the activity may change. */
export function EvidenceDialog({ activityId, onClose }: EvidenceDialogProps) {
  const { t } = useTranslation();
  const activities = useQuery(myActivitiesQuery);
  const activity = activities.data?.items.find((item) => item.id === activityId);
  return (
    <Dialog
      opened={activityId !== null}
      onClose={onClose}
      size="lg"
      title={
        activity ? t('register.evidence.title', { title: activity.title }) : t('register.evidence.titlePlain')
      }
    >
      {activity && <EvidenceList activity={activity} onClose={onClose} />}
    </Dialog>
  );
}

function EvidenceList({ activity, onClose }: { activity: RegisterActivity; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const editable = mayChange(activity);
  // A provider's validated activity has its certificate as evidence (R-REG-EVID-1).
  const attendances = useQuery({ ...myAttendancesQuery, enabled: activity.validated !== null });
  const certificate = attendances.data?.items.find((item) => item.activityId === activity.id);
  const refresh = () => queryClient.invalidateQueries({ queryKey: registerKeys.activities });

  const upload = useMutation({
    mutationFn: (chosen: File) => registerApi.addEvidence(activity.id, chosen),
    onSuccess: async (added) => {
      setFile(null);
      notifySuccess(t('register.evidence.added', { name: added.fileName }));
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (evidenceId: string) => registerApi.removeEvidence(activity.id, evidenceId),
    onSuccess: async () => {
      notifySuccess(t('register.evidence.removed'));
      await refresh();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        {t(activity.validated ? 'register.evidence.helpValidated' : 'register.evidence.help')}
      </Text>
      {certificate && (
        <Group gap="sm">
          <IconCertificate size={18} aria-hidden />
          <Anchor href={certificate.certificateUrl} download>
            {t('register.evidence.certificate', { number: certificate.providerActivity.number })}
          </Anchor>
        </Group>
      )}
      {activity.evidence.length === 0 ? (
        <Text>{t('register.evidence.none')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" aria-label={t('register.evidence.files')}>
          {activity.evidence.map((evidence) => (
            <List.Item key={evidence.id}>
              <Group gap="sm" wrap="nowrap">
                <IconPaperclip size={18} aria-hidden />
                <Anchor href={evidenceUrl(activity.id, evidence.id)} download={evidence.fileName}>
                  {evidence.fileName}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {formatSize(evidence.size, i18n.language)}
                </Text>
                {editable && (
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    loading={remove.isPending && remove.variables === evidence.id}
                    aria-label={t('register.evidence.remove', { name: evidence.fileName })}
                    onClick={() => remove.mutate(evidence.id)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <ErrorAlert error={remove.error} />
      {editable ? (
        <form onSubmit={submit}>
          <Stack gap="sm">
            <FileInput
              label={t('register.evidence.file')}
              description={t('register.evidence.fileHelp')}
              placeholder={t('register.evidence.choose')}
              accept={ACCEPTED}
              clearable
              value={file}
              onChange={(chosen) => {
                upload.reset();
                setFile(chosen);
              }}
              leftSection={<IconPaperclip size={16} aria-hidden />}
            />
            {/* The server checks the content, type and size; its refusal says which and why. */}
            <ErrorAlert error={upload.error} title={t('register.evidence.uploadFailed')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.close')}
              </Button>
              <Button
                type="submit"
                disabled={file === null}
                loading={upload.isPending}
                leftSection={<IconUpload size={18} aria-hidden />}
              >
                {t('register.evidence.upload')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
