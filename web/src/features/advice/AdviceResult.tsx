import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconLogin2, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Advice,
  AdviceNote,
  QualificationAdvice,
  QualificationStatus,
} from '../../../../contracts/qualifications.js';
import { adviceQuery } from '../../api/qualifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLanguage } from '../../i18n/i18n';
import { AnswerSummary } from './AnswerSummary';
import { adviceRequest, type ProfileAnswers } from './answers';
import type { AdvicePolicy } from './policies';

// Filled badges in dark shades: white text on them keeps at least 4.5:1 (the light variants do not).
export const statusColor: Record<QualificationStatus, string> = {
  obligatory: 'red.9',
  eligible: 'dossier.8',
  'not-applicable': 'gray.7',
};

/** For "held" and "confirmed": green.9 under white text stays at 4.4:1, teal.9 reaches 5:1. */
export const doneColor = 'teal.9';

/** One qualification's status, whether it is held, why, and by which rules. */
export function QualificationCard({ qualification }: { qualification: QualificationAdvice }) {
  const { t } = useTranslation();
  const { code, status, rules, explanation, held } = qualification;
  // unique, since a page may show the advice of several institutions
  const headingId = useId();
  return (
    <Card
      component="article"
      aria-labelledby={headingId}
      withBorder
      radius="lg"
      p="lg"
      className="advice-qualification"
      data-status={status}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} fz="h4" lh={1.3} id={headingId}>
            {code}{' '}
            <Text span display="block" fz="sm" fw={400} c="dimmed">
              {t(`advice.qualification.${code}`)}
            </Text>
          </Title>
          <Group gap={6}>
            <Badge size="lg" tt="none" color={statusColor[status]} className="advice-badge">
              {t(`advice.status.${status}`)}
            </Badge>
            {held && (
              <Badge
                size="lg"
                tt="none"
                color={doneColor}
                className="advice-badge"
                leftSection={<IconCircleCheck size={14} aria-hidden />}
              >
                {t('advice.result.held')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text>{explanation}</Text>
        {rules.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('advice.result.rules', { count: rules.length, rules: rules.join(', ') })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** What to do about the qualifications still to earn; only what exists today, and it says what comes later. */
function NextStep({ policy, advice, signedIn }: { policy: AdvicePolicy; advice: Advice; signedIn: boolean }) {
  const { t } = useTranslation();
  const toEarn = advice.qualifications.filter(
    (qualification) => qualification.status !== 'not-applicable' && !qualification.held,
  );
  if (toEarn.length === 0) {
    return (
      <Card withBorder radius="lg" p="lg">
        <Title order={3} fz="h4" mb="xs">
          {t('advice.next.title')}
        </Title>
        <Text>{t('advice.next.nothing')}</Text>
      </Card>
    );
  }
  if (policy.nextStep === 'intake') {
    return (
      <Card withBorder radius="lg" p="lg">
        <Stack gap="sm" align="flex-start">
          <Title order={3} fz="h4">
            {t('advice.next.intake.title')}
          </Title>
          <Text>{t('advice.next.intake.text', { institution: policy.institution })}</Text>
          <Text>{t('advice.next.intake.later')}</Text>
          <Text>
            {t('advice.next.intake.questions')}{' '}
            <Anchor href="mailto:docentprofessionalisering@umcutrecht.nl">
              docentprofessionalisering@umcutrecht.nl
            </Anchor>
          </Text>
          <Button
            component={Link}
            to={signedIn ? '/' : '/login'}
            variant="light"
            className="advice-screen-only"
            leftSection={<IconLogin2 size={18} aria-hidden />}
          >
            {signedIn ? t('advice.next.intake.toDossier') : t('advice.next.intake.logIn')}
          </Button>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t('advice.next.registration.title')}
        </Title>
        <Text>{t('advice.next.registration.text')}</Text>
        <List type="ordered" spacing="xs">
          <List.Item>{t('advice.next.registration.overview')}</List.Item>
          <List.Item>{t('advice.next.registration.form')}</List.Item>
        </List>
        <Text>{t('advice.next.registration.rounds')}</Text>
        <Text>{t('advice.next.registration.english')}</Text>
        <Text>
          {t('advice.next.registration.questions')}{' '}
          <Anchor href="mailto:aanmelden.bko@amsterdamumc.nl">aanmelden.bko@amsterdamumc.nl</Anchor>
        </Text>
      </Stack>
    </Card>
  );
}

/** The remarks the policy adds to the advice ("good to know"), each with its rule; nothing when none. */
export function AdviceNotes({ notes }: { notes: readonly AdviceNote[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} fz="h4" id={headingId} mb="sm">
        {t('advice.result.notes')}
      </Title>
      <Stack gap="sm" component="ul" className="advice-notes">
        {notes.map((note) => (
          <li key={`${note.rule}-${note.text}`}>
            <Text>{note.text}</Text>
            <Text size="xs" c="dimmed">
              {t('advice.result.rules', { count: 1, rules: note.rule })}
            </Text>
          </li>
        ))}
      </Stack>
    </section>
  );
}

interface AdviceResultProps {
  policy: AdvicePolicy;
  profile: ProfileAnswers;
  signedIn: boolean;
}

/** The answer per qualification with its reasons, the notes, the next step and the answers given. */
export function AdviceResult({ policy, profile, signedIn }: AdviceResultProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const advice = useQuery(adviceQuery(adviceRequest(policy, profile), language));

  if (advice.isPending) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('advice.result.loading')}</Text>
      </Group>
    );
  }
  if (advice.isError) {
    return (
      <Stack align="flex-start">
        <ErrorAlert error={advice.error} title={t('advice.result.failed')} />
        <Button
          variant="default"
          leftSection={<IconRefresh size={18} aria-hidden />}
          onClick={() => void advice.refetch()}
        >
          {t('advice.result.retry')}
        </Button>
      </Stack>
    );
  }

  const { data } = advice;
  const today = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
  return (
    <Stack gap="xl" aria-busy={advice.isPlaceholderData}>
      <Text c="dimmed" size="sm">
        {t('advice.result.basis', {
          institution: policy.institution,
          version: data.policy.version,
          date: today,
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: data.qualifications.length > 1 ? 2 : 1 }} spacing="md">
        {data.qualifications.map((qualification) => (
          <QualificationCard key={qualification.code} qualification={qualification} />
        ))}
      </SimpleGrid>

      <AdviceNotes notes={data.notes} />

      <NextStep policy={policy} advice={data} signedIn={signedIn} />

      <section aria-labelledby="advice-answers" className="advice-answers">
        <Title order={3} fz="h4" id="advice-answers" mb="sm">
          {t('advice.result.answers')}
        </Title>
        <AnswerSummary policy={policy} profile={profile} />
      </section>
    </Stack>
  );
}
