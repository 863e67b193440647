import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyVersion } from '../../../../contracts/qualifications.js';
import { qualificationAdminApi, qualificationAdminKeys } from '../../api/qualificationAdmin';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, nextDay, todayInAmsterdam } from './dates';

interface DraftDialogProps {
  version: PolicyVersion;
  opened: boolean;
  onClose: () => void;
}

/** Publishing asks for the start day and says plainly that the version never changes after. */
export function PublishDialog({ version, opened, onClose }: DraftDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayInAmsterdam();
  const [validFrom, setValidFrom] = useState(() =>
    version.validFrom > today ? version.validFrom : nextDay(today),
  );
  const publish = useMutation({
    mutationFn: () => qualificationAdminApi.publish(version.policyId, version.id, validFrom),
    onSuccess: async (published) => {
      queryClient.setQueryData(qualificationAdminKeys.version(published.policyId, published.id), published);
      notifySuccess(t('policies.publish.done', { version: published.version ?? '' }));
      onClose();
      await queryClient.invalidateQueries({ queryKey: qualificationAdminKeys.versions(published.policyId) });
    },
  });
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(validFrom);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) publish.mutate();
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('policies.publish.title')}>
      <form onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            type="date"
            label={t('policies.publish.validFrom')}
            description={t('policies.publish.validFromHelp')}
            min={today}
            value={validFrom}
            onChange={(event) => {
              publish.reset();
              setValidFrom(event.currentTarget.value);
            }}
            required
          />
          {valid && (
            <Text>{t('policies.publish.warning', { date: formatDay(validFrom, currentLanguage()) })}</Text>
          )}
          <ErrorAlert error={publish.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!valid} loading={publish.isPending}>
              {t('policies.publish.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** Throwing a draft away; the versions list is where the administrator lands afterwards. */
export function DeleteDraftDialog({ version, opened, onClose }: DraftDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => qualificationAdminApi.deleteDraft(version.policyId, version.id),
    onSuccess: async () => {
      notifySuccess(t('policies.delete.done'));
      onClose();
      queryClient.removeQueries({ queryKey: qualificationAdminKeys.version(version.policyId, version.id) });
      await queryClient.invalidateQueries({ queryKey: qualificationAdminKeys.versions(version.policyId) });
      await navigate({ to: '/policies', search: { policy: version.policyId } });
    },
  });
  return (
    <Dialog opened={opened} onClose={onClose} title={t('policies.delete.title')}>
      <Stack gap="md">
        <Text>{t('policies.delete.text')}</Text>
        <ErrorAlert error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t('policies.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
