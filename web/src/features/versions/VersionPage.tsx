import { Alert, Anchor, Badge, Card, Group, List, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Checklist, CvTask, Evidence, TemplateSection } from '../../../../contracts/trajectories.js';
import type {
  PortfolioView,
  TrajectoryDetail,
  VersionDetail,
} from '../../../../contracts/trajectories-api.js';
import {
  portfolioQuery,
  trajectoryQuery,
  trajectoryUrls,
  versionQuery,
  versionsQuery,
} from '../../api/trajectories';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay, formatMoment } from '../policies/dates';
import { Section } from '../trajectories/parts';
import { Loaded, PdfLinks, subtitle, VerdictBadge } from './parts';
import { RichTextView } from './RichTextView';
import { FeedbackForm, FinalCheckForm, RetractDraft } from './VersionActions';
import { linkedEvidence, returnReason, versionAction } from './versions';

const route = getRouteApi('/_authenticated/trajectories/$trajectoryId/versions/$number');

/**
 * One handed-in version, read-only as it was handed in: the CV, each section's reflection and evidence, the
 * checklist of that moment and the adviser's feedback. The adviser gives feedback on the latest draft
 * (R-UMCU-FB-1) or checks a final version (R-UMCU-ASM-4); the teacher may take back a draft not yet read.
 */
export function VersionPage() {
  const { trajectoryId, number: numberParam } = route.useParams();
  const number = Number(numberParam);
  const trajectory = useQuery(trajectoryQuery(trajectoryId));
  const versions = useQuery(versionsQuery(trajectoryId));
  const version = useQuery(versionQuery(trajectoryId, number));
  const portfolio = useQuery(portfolioQuery(trajectoryId));
  return (
    <Loaded queries={[trajectory, versions, version, portfolio]}>
      {() => (
        <VersionView
          trajectory={trajectory.data as TrajectoryDetail}
          version={version.data as VersionDetail}
          sections={(portfolio.data as PortfolioView).template.sections}
          action={versionAction(
            (trajectory.data as TrajectoryDetail).events,
            versions.data?.items ?? [],
            number,
          )}
          returned={returnReason(trajectory.data as TrajectoryDetail, versions.data?.items ?? [], number)}
        />
      )}
    </Loaded>
  );
}

interface VersionViewProps {
  trajectory: TrajectoryDetail;
  version: VersionDetail;
  sections: TemplateSection[];
  action: ReturnType<typeof versionAction>;
  /** why this final version was returned, while the teacher revises */
  returned: string | null;
}

function VersionView({ trajectory, version, sections, action, returned }: VersionViewProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = t(`versions.name.${version.kind}`, { number: version.number });
  return (
    <>
      <PageHeader
        title={name}
        description={`${subtitle(t, trajectory)} · ${t('versions.version.handedIn', {
          at: formatMoment(version.handedInAt, language),
        })}`}
      />
      <Stack gap="lg">
        <Group justify="space-between" gap="md">
          <Anchor
            renderRoot={(props) => (
              <Link
                {...props}
                to="/trajectories/$trajectoryId/versions"
                params={{ trajectoryId: trajectory.id }}
              />
            )}
          >
            <Group gap={4} component="span">
              <IconArrowLeft size={16} aria-hidden />
              {t('versions.version.back')}
            </Group>
          </Anchor>
          <PdfLinks trajectory={trajectory} number={version.number} />
        </Group>
        {returned && (
          <Alert color="red" title={t('versions.version.returned')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {returned}
            </Text>
          </Alert>
        )}
        {action === 'retract' && <RetractDraft trajectoryId={trajectory.id} number={version.number} />}
        {action === 'final-check' && <FinalCheckForm trajectoryId={trajectory.id} />}
        {version.feedback && <FeedbackSummary feedback={version.feedback} />}
        {sections.map((section) => (
          <SectionCard key={section.id} trajectoryId={trajectory.id} section={section} version={version} />
        ))}
        <EvidenceCard trajectoryId={trajectory.id} evidence={version.content.evidence} />
        <ChecklistCard checklist={version.checklist} />
        {action === 'feedback' && (
          <FeedbackForm trajectoryId={trajectory.id} number={version.number} sections={sections} />
        )}
      </Stack>
    </>
  );
}

function FeedbackSummary({ feedback }: { feedback: NonNullable<VersionDetail['feedback']> }) {
  const { t } = useTranslation();
  return (
    <Section title={t('versions.feedback.title')}>
      <Group gap="sm">
        <VerdictBadge verdict={feedback.verdict} />
        <Text size="sm" c="dimmed">
          {t('versions.feedback.givenBy', {
            name: feedback.givenBy.displayName,
            at: formatMoment(feedback.givenAt, currentLanguage()),
          })}
        </Text>
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{feedback.overall}</Text>
    </Section>
  );
}

function SectionCard({
  trajectoryId,
  section,
  version,
}: {
  trajectoryId: string;
  section: TemplateSection;
  version: VersionDetail;
}) {
  const { t } = useTranslation();
  const content = version.content.sections[section.id];
  const linked = linkedEvidence(version.content, section.id);
  const comment = version.feedback?.sections[section.id];
  return (
    <Section title={section.title[currentLanguage()]}>
      {section.kind === 'teaching-cv' && <CvTable tasks={version.content.cv} />}
      {content && content.text.content.length > 0 ? (
        <RichTextView doc={content.text} headingBase={3} />
      ) : (
        section.kind !== 'teaching-cv' && <Text c="dimmed">{t('versions.version.noText')}</Text>
      )}
      {linked.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('versions.version.linked')}
          </Text>
          <List spacing={4} size="sm">
            {linked.map((item) => (
              <List.Item key={item.id}>
                <EvidenceLine trajectoryId={trajectoryId} item={item} />
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {comment && (
        <Card bg="var(--mantine-color-gray-0)" radius="md" p="sm">
          <Text fw={600} size="sm">
            {t('versions.feedback.onSection')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment}
          </Text>
        </Card>
      )}
    </Section>
  );
}

function CvTable({ tasks }: { tasks: CvTask[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (tasks.length === 0) return <Text c="dimmed">{t('versions.cv.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" aria-label={t('versions.cv.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('versions.cv.content')}</Table.Th>
            <Table.Th scope="col">{t('versions.cv.form')}</Table.Th>
            <Table.Th scope="col">{t('versions.cv.targetGroup')}</Table.Th>
            <Table.Th scope="col">{t('versions.cv.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('versions.cv.hours')}
            </Table.Th>
            <Table.Th scope="col">{t('versions.cv.areas')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>{task.content}</Table.Td>
              <Table.Td>{t(`portfolio.teachingForm.${task.form}`)}</Table.Td>
              <Table.Td>{task.targetGroup}</Table.Td>
              <Table.Td>
                {t('versions.cv.periodRange', {
                  from: formatDay(task.from, language),
                  until: task.until ? formatDay(task.until, language) : t('versions.cv.ongoing'),
                })}
              </Table.Td>
              <Table.Td ta="right">{new Intl.NumberFormat(language).format(task.hoursPerYear)}</Table.Td>
              <Table.Td>
                {task.areas.map((area) => t(`advice.competencyArea.${area}.label`)).join(', ') ||
                  t('common.none')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** An evidence item's title and kind, with its files to download. */
function EvidenceLine({ trajectoryId, item }: { trajectoryId: string; item: Evidence }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm">
        {item.title}{' '}
        <Text span c="dimmed" size="sm">
          ({t(`portfolio.evidenceKind.${item.kind}`)})
        </Text>
      </Text>
      <EvidenceFiles trajectoryId={trajectoryId} item={item} />
    </Stack>
  );
}

function EvidenceFiles({ trajectoryId, item }: { trajectoryId: string; item: Evidence }) {
  const { t } = useTranslation();
  if (item.files.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('versions.evidence.noFiles')}
      </Text>
    );
  return (
    <Group gap="md">
      {item.files.map((file) => (
        <Anchor
          key={file.fileId}
          href={trajectoryUrls.evidenceFile(trajectoryId, item.id, file.fileId)}
          size="sm"
        >
          <Group gap={4} component="span" wrap="nowrap">
            <IconDownload size={14} aria-hidden />
            {file.name}
          </Group>
        </Anchor>
      ))}
    </Group>
  );
}

function EvidenceCard({ trajectoryId, evidence }: { trajectoryId: string; evidence: Evidence[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Section title={t('versions.evidence.title')}>
      {evidence.length === 0 ? (
        <Text c="dimmed">{t('versions.evidence.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs" aria-label={t('versions.evidence.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('versions.evidence.item')}</Table.Th>
                <Table.Th scope="col">{t('versions.evidence.kind')}</Table.Th>
                <Table.Th scope="col">{t('versions.evidence.date')}</Table.Th>
                <Table.Th scope="col">{t('versions.evidence.files')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {evidence.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text size="sm">{item.title}</Text>
                    {item.description && (
                      <Text size="sm" c="dimmed">
                        {item.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`portfolio.evidenceKind.${item.kind}`)}</Table.Td>
                  <Table.Td>{item.date ? formatDay(item.date, language) : t('common.none')}</Table.Td>
                  <Table.Td>
                    <EvidenceFiles trajectoryId={trajectoryId} item={item} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

function ChecklistCard({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Section title={t('versions.checklist.title')}>
      <Group gap="sm">
        <Badge color={checklist.complete ? 'teal.9' : 'gray.7'} tt="none">
          {t('versions.checklist.progress', { met: checklist.met, total: checklist.total })}
        </Badge>
      </Group>
      <List spacing="xs" size="sm" center>
        {checklist.items.map((item) => (
          <List.Item
            key={item.requirementId}
            icon={
              <ThemeIcon color={item.met ? 'teal.9' : 'gray.6'} size={20} radius="xl">
                {item.met ? <IconCheck size={14} aria-hidden /> : <IconX size={14} aria-hidden />}
              </ThemeIcon>
            }
          >
            {t(item.met ? 'versions.checklist.met' : 'versions.checklist.notMet', {
              label: item.label[language],
              have: item.have,
              need: item.need,
            })}
          </List.Item>
        ))}
      </List>
    </Section>
  );
}
