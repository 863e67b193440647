import { Button, Code, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowBackUp, IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyVersion } from '../../../../contracts/qualifications.js';
import { qualificationAdminApi, qualificationAdminKeys } from '../../api/qualificationAdmin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { documentText, type ParsedDocument, parseDocument } from './documentText';

/** How long typing must pause before the document is checked by the server. */
const CHECK_DELAY_MS = 400;

interface DraftEditorProps {
  version: PolicyVersion;
  /** the text while it differs from the saved draft; null: as saved */
  edited: string | null;
  onEdit: (text: string | null) => void;
}

/** The draft's JSON document, checked by the server's policy compiler as it is typed, and saved on request. */
export function DraftEditor({ version, edited, onEdit }: DraftEditorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const saved = useMemo(() => documentText(version.document), [version.document]);
  const text = edited ?? saved;
  const [settled] = useDebouncedValue(text, CHECK_DELAY_MS);
  const parsed = useMemo(() => parseDocument(settled), [settled]);
  const language = currentLanguage();

  const settledDocument = parsed.ok ? parsed.document : null;
  const check = useQuery({
    queryKey: [...qualificationAdminKeys.versions(version.policyId), 'check', language, settled],
    queryFn: () => qualificationAdminApi.check(version.policyId, settledDocument ?? {}),
    enabled: settledDocument !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });

  const save = useMutation({
    mutationFn: (document: Record<string, unknown>) =>
      qualificationAdminApi.saveDraft(version.policyId, version.id, document),
    onSuccess: async (draft) => {
      queryClient.setQueryData(qualificationAdminKeys.version(draft.policyId, draft.id), draft);
      onEdit(null);
      notifySuccess(t('policies.editor.saved'));
      await queryClient.invalidateQueries({ queryKey: qualificationAdminKeys.versions(draft.policyId) });
    },
  });

  const current = parseDocument(text);
  const checking = text !== settled || check.isFetching;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('policies.document.title')}</Title>
      <Textarea
        label={t('policies.document.label')}
        description={t('policies.editor.help')}
        value={text}
        onChange={(event) => {
          save.reset();
          const next = event.currentTarget.value;
          onEdit(next === saved ? null : next);
        }}
        autosize
        minRows={12}
        maxRows={28}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        // Marks the field invalid (red, aria-invalid); the problems themselves are listed below it.
        error={!checking && (!parsed.ok || check.data?.valid === false)}
        classNames={{ input: 'policy-json' }}
      />
      <div role="status" aria-live="polite" aria-label={t('policies.editor.checkLabel')}>
        <CheckStatus parsed={parsed} checking={checking} check={check.data} />
      </div>
      <ErrorAlert error={check.error} />
      <ErrorAlert error={save.error} />
      <Group gap="sm">
        <Button
          leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          disabled={edited === null || !current.ok}
          loading={save.isPending}
          onClick={() => {
            if (current.ok) save.mutate(current.document);
          }}
        >
          {t('policies.editor.save')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={18} aria-hidden />}
          disabled={edited === null}
          onClick={() => {
            save.reset();
            onEdit(null);
          }}
        >
          {t('policies.editor.undo')}
        </Button>
      </Group>
    </Stack>
  );
}

interface CheckStatusProps {
  parsed: ParsedDocument;
  checking: boolean;
  check: { valid: boolean; issues: { path: string; message: string }[] } | undefined;
}

/** What the check found, read out politely by screen readers as it changes. */
function CheckStatus({ parsed, checking, check }: CheckStatusProps) {
  const { t } = useTranslation();
  if (checking) return <Text size="sm">{t('policies.editor.checking')}</Text>;
  if (!parsed.ok) {
    const message =
      parsed.problem === 'not-an-object'
        ? t('policies.editor.notAnObject')
        : parsed.line === null
          ? t('policies.editor.syntax')
          : t('policies.editor.syntaxAt', { line: parsed.line, column: parsed.column });
    return <Problem>{message}</Problem>;
  }
  if (!check) return null;
  if (check.valid) {
    return (
      <Group gap={6}>
        <IconCircleCheck size={18} color="var(--mantine-color-green-9)" aria-hidden />
        <Text size="sm" fw={600}>
          {t('policies.editor.valid')}
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap={4}>
      <Problem>{t('policies.editor.issues', { count: check.issues.length })}</Problem>
      <List size="sm" spacing={4}>
        {check.issues.map((issue) => (
          <List.Item key={`${issue.path} ${issue.message}`}>
            <Code>{issue.path}</Code> {issue.message}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function Problem({ children }: { children: string }) {
  return (
    <Group gap={6} c="red.9" wrap="nowrap" align="flex-start">
      <IconAlertTriangle size={18} aria-hidden />
      <Text size="sm" fw={600}>
        {children}
      </Text>
    </Group>
  );
}
