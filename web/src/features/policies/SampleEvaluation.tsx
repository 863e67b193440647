import { Badge, Button, Card, Group, List, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Advice, PolicyEvaluation, QualificationCode } from '../../../../contracts/qualifications.js';
import { qualificationAdminApi } from '../../api/qualificationAdmin';
import { ErrorAlert } from '../../components/ErrorAlert';
import { statusColor } from '../advice/AdviceResult';
import { defaultSamples, type Samples } from './samples';

interface SampleEvaluationProps {
  policyId: string;
  versionId: string;
  /** the editor holds changes the server has not got yet: the evaluation would not show them */
  unsaved: boolean;
}

/** Runs sample profiles against this version and the version in force, and shows both answers side by side. */
export function SampleEvaluation({ policyId, versionId, unsaved }: SampleEvaluationProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(defaultSamples(t), null, 2));
  const evaluate = useMutation({
    mutationFn: (samples: Samples) => qualificationAdminApi.evaluate(policyId, versionId, { samples }),
  });
  const samples = readSamples(text);

  return (
    <Stack gap="sm" component="section" aria-labelledby="policy-samples">
      <Title order={3} id="policy-samples">
        {t('policies.samples.title')}
      </Title>
      <Text c="dimmed">{t('policies.samples.intro')}</Text>
      <Textarea
        label={t('policies.samples.label')}
        description={t('policies.samples.help')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={samples === null ? t('policies.samples.invalid') : undefined}
        autosize
        minRows={6}
        maxRows={16}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        classNames={{ input: 'policy-json' }}
      />
      <Group gap="sm">
        <Button
          leftSection={<IconPlayerPlay size={18} aria-hidden />}
          disabled={samples === null || unsaved}
          loading={evaluate.isPending}
          onClick={() => {
            if (samples) evaluate.mutate(samples);
          }}
        >
          {t('policies.samples.run')}
        </Button>
        {unsaved && <Text size="sm">{t('policies.samples.saveFirst')}</Text>}
      </Group>
      <ErrorAlert error={evaluate.error} />
      {evaluate.data && <EvaluationResults evaluation={evaluate.data} />}
    </Stack>
  );
}

/** The samples as typed, or null when they are not a JSON list (the server checks the profiles). */
function readSamples(text: string): Samples | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.length > 0 ? (value as Samples) : null;
  } catch {
    return null;
  }
}

function EvaluationResults({ evaluation }: { evaluation: PolicyEvaluation }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-live="polite">
      <Text size="sm" c="dimmed">
        {evaluation.inForce
          ? t('policies.samples.comparedWith', { version: evaluation.inForce.version })
          : t('policies.samples.noneInForce')}
      </Text>
      {evaluation.results.map((result, index) => {
        const label = result.label ?? t('policies.samples.unnamed', { number: index + 1 });
        const changed = new Set(result.changes.map((change) => change.code));
        return (
          <Card
            // biome-ignore lint/suspicious/noArrayIndexKey: the results are the samples in their order, and one evaluation never reorders them
            key={index}
            withBorder
            radius="md"
            p="md"
            component="article"
            aria-label={label}
          >
            <Group justify="space-between" mb="xs">
              <Title order={4}>{label}</Title>
              <Badge tt="none" variant="filled" color={result.changed ? 'grape.9' : 'gray.7'}>
                {result.changed ? t('policies.samples.changed') : t('policies.samples.same')}
              </Badge>
            </Group>
            <Table verticalSpacing="xs" aria-label={label}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('policies.samples.qualification')}</Table.Th>
                  <Table.Th scope="col">{t('policies.samples.inForceColumn')}</Table.Th>
                  <Table.Th scope="col">{t('policies.samples.thisColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {codesOf(result.outcome, result.inForceOutcome).map((code) => (
                  <Table.Tr key={code} data-changed={changed.has(code) || undefined}>
                    <Table.Th scope="row">
                      {code}
                      {changed.has(code) && (
                        <Text span size="xs" fw={700} c="grape.9" display="block">
                          {t('policies.samples.changedRow')}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <Outcome advice={result.inForceOutcome} code={code} />
                    </Table.Td>
                    <Table.Td>
                      <Outcome advice={result.outcome} code={code} withExplanation />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {(result.notesAdded.length > 0 || result.notesRemoved.length > 0) && (
              <List size="sm" mt="xs">
                {result.notesAdded.map((rule) => (
                  <List.Item key={`+${rule}`}>{t('policies.samples.noteAdded', { rule })}</List.Item>
                ))}
                {result.notesRemoved.map((rule) => (
                  <List.Item key={`-${rule}`}>{t('policies.samples.noteRemoved', { rule })}</List.Item>
                ))}
              </List>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}

/** The qualifications of both answers, this version's order first. */
const codesOf = (outcome: Advice, inForce: Advice | null): QualificationCode[] => [
  ...new Set([...outcome.qualifications, ...(inForce?.qualifications ?? [])].map((q) => q.code)),
];

function Outcome({
  advice,
  code,
  withExplanation = false,
}: {
  advice: Advice | null;
  code: QualificationCode;
  withExplanation?: boolean;
}) {
  const { t } = useTranslation();
  const qualification = advice?.qualifications.find((q) => q.code === code);
  if (!qualification) return <Text size="sm">{t('policies.samples.absent')}</Text>;
  return (
    <Stack gap={2} align="flex-start">
      <Badge tt="none" variant="filled" color={statusColor[qualification.status]}>
        {t(`advice.status.${qualification.status}`)}
      </Badge>
      {qualification.rules.length > 0 && <Text size="xs">{qualification.rules.join(', ')}</Text>}
      {withExplanation && (
        <Text size="xs" c="dimmed">
          {qualification.explanation}
        </Text>
      )}
    </Stack>
  );
}
