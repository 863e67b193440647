import { Badge, Button, Card, Group, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countWords, emptyRichText, type RichText } from '../../../../contracts/rich-text.js';
import type { TemplateSection } from '../../../../contracts/trajectories.js';
import type { PortfolioView } from '../../../../contracts/trajectories-api.js';
import { trajectoriesApi } from '../../api/trajectories';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { existingEvidenceIds } from './evidence';
import { ReflectionEditor } from './ReflectionEditor';
import { sameRichText } from './richText';
import { SaveError } from './SaveError';
import { usePortfolioMutation } from './savePortfolio';
import { useLeaveGuard } from './useLeaveGuard';

type TextSection = Exclude<TemplateSection, { kind: 'teaching-cv' }>;

/** The template's written sections: one per competency area and, for SKO, the vision and above-course work. */
export function SectionsPanel({ view, readOnly }: { view: PortfolioView; readOnly: boolean }) {
  const sections = view.template.sections.filter(
    (section): section is TextSection => section.kind !== 'teaching-cv',
  );
  return (
    <Stack gap="lg">
      {sections.map((section) => (
        <SectionCard key={section.id} view={view} section={section} readOnly={readOnly} />
      ))}
    </Stack>
  );
}

/** The fewest words the template asks of this kind of section, if it asks any (R-UMCU-PF-1). */
function minWordsFor(view: PortfolioView, section: TextSection): number | null {
  const requirement = view.template.requirements.find(
    (r) => r.kind === 'text' && r.sectionKinds.includes(section.kind),
  );
  return requirement?.kind === 'text' ? requirement.minWords : null;
}

function SectionCard({
  view,
  section,
  readOnly,
}: {
  view: PortfolioView;
  section: TextSection;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const saved = view.content.sections[section.id] ?? { text: emptyRichText(), evidenceIds: [] };
  const [text, setText] = useState<RichText>(saved.text);
  const [evidenceIds, setEvidenceIds] = useState<string[]>(saved.evidenceIds);
  // a new key opens the editor on another text (after a reload); typing never remounts it
  const [opened, setOpened] = useState(0);
  const linked = existingEvidenceIds(view.content.evidence, evidenceIds);
  const changed =
    !sameRichText(saved.text, text) ||
    JSON.stringify(existingEvidenceIds(view.content.evidence, saved.evidenceIds)) !== JSON.stringify(linked);
  useLeaveGuard(changed);
  const words = countWords(text);
  const minWords = minWordsFor(view, section);
  const save = usePortfolioMutation(
    view.trajectoryId,
    () =>
      trajectoriesApi.saveSection(view.trajectoryId, section.id, {
        revision: view.revision,
        text,
        evidenceIds: linked,
      }),
    () => notifySuccess(t('portfolio.sections.saved', { section: section.title[language] })),
  );
  const headingId = `section-${section.id}`;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3} id={headingId}>
            {section.title[language]}
          </Title>
          {changed && !readOnly && (
            <Badge color="red.9" variant="filled">
              {t('portfolio.unsaved')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {section.guidance[language]}
        </Text>
        <ReflectionEditor
          key={opened}
          initial={text}
          label={t('portfolio.sections.text', { section: section.title[language] })}
          readOnly={readOnly}
          onChange={setText}
        />
        <Text size="sm" c={minWords !== null && words < minWords ? 'red.9' : 'dimmed'} aria-live="polite">
          {minWords === null
            ? t('portfolio.sections.words', { count: words })
            : t('portfolio.sections.wordsOf', { count: words, min: minWords })}
        </Text>
        <MultiSelect
          label={t('portfolio.sections.evidence')}
          description={
            view.content.evidence.length === 0
              ? t('portfolio.sections.noEvidence')
              : t('portfolio.sections.evidenceHelp')
          }
          placeholder={readOnly ? undefined : t('portfolio.sections.evidencePlaceholder')}
          data={view.content.evidence.map((item) => ({
            value: item.id,
            label: `${item.title} (${t(`portfolio.evidenceKind.${item.kind}`)})`,
          }))}
          value={linked}
          onChange={setEvidenceIds}
          readOnly={readOnly}
          disabled={view.content.evidence.length === 0}
          searchable
          clearable={!readOnly}
        />
        {save.error && (
          <SaveError
            trajectoryId={view.trajectoryId}
            error={save.error}
            onReloaded={(fresh) => {
              const again = fresh.content.sections[section.id] ?? { text: emptyRichText(), evidenceIds: [] };
              save.reset();
              setText(again.text);
              setEvidenceIds(again.evidenceIds);
              setOpened((n) => n + 1);
            }}
          />
        )}
        {!readOnly && (
          <Group justify="flex-end">
            <Button
              disabled={!changed}
              loading={save.isPending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              onClick={() => save.mutate(undefined)}
            >
              {t('portfolio.sections.save', { section: section.title[language] })}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
