import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowRight,
  IconInfoCircle,
  IconPencil,
  IconPrinter,
  IconRefresh,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { myQualificationsQuery, myTeachingProfilesQuery } from '../../api/qualifications';
import { PageHeader } from '../../components/PageHeader';
import { AdviceResult } from './AdviceResult';
import { type AdviceAnswers, answersFromProfiles, startingAnswers, unansweredFields } from './answers';
import { Question, RadioGroup } from './fields';
import { advicePolicies, findPolicy, type ProfileField, type QuestionStep } from './policies';
import { StepProgress } from './StepProgress';
import './advice.css';

const route = getRouteApi('/_open/advies');

/** Public: anyone may ask. A person who is logged in sees it inside the app, starting from their profile. */
export function AdvicePage() {
  const { me } = route.useRouteContext();
  if (!me) return <AdviceWizard initial={startingAnswers()} signedIn={false} />;
  return <SignedInAdvice />;
}

/**
 * The wizard filled in from the teacher's stored profile (at the institution in the address, else the first
 * with one) and their earned qualifications; empty when there is none, or when they cannot be read.
 */
function SignedInAdvice() {
  const { t } = useTranslation();
  const { institution } = route.useSearch();
  const profiles = useQuery(myTeachingProfilesQuery);
  const earned = useQuery(myQualificationsQuery);

  if (profiles.isPending || earned.isPending) {
    return (
      <div className="advice-page">
        <PageHeader title={t('advice.title')} />
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('common.loading')}</Text>
        </Group>
      </div>
    );
  }
  const start =
    profiles.data && earned.data
      ? answersFromProfiles(
          profiles.data.items,
          earned.data.items.map((item) => item.code),
          institution,
        )
      : null;
  if (!start) return <AdviceWizard initial={startingAnswers()} signedIn />;
  return (
    <AdviceWizard
      key={start.institution.id}
      initial={start.answers}
      signedIn
      notice={
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />} mb="lg" className="advice-screen-only">
          {t('advice.fromProfile', { institution: start.institution.name })}{' '}
          <Anchor
            renderRoot={(props) => (
              <Link to="/teaching-profile" search={{ institution: start.institution.id }} {...props} />
            )}
          >
            {t('advice.toProfile')}
          </Anchor>
        </Alert>
      }
    />
  );
}

type WizardStep = { id: 'institution' } | QuestionStep | { id: 'result' };
/** Per unanswered question the catalogue key of its message, so the message follows a language switch. */
type Errors = Partial<
  Record<
    ProfileField | 'institution',
    'advice.field.institution.required' | `advice.required.${'employment' | 'other'}`
  >
>;

interface AdviceWizardProps {
  initial: AdviceAnswers;
  signedIn: boolean;
  /** shown above the steps, e.g. where the answers came from */
  notice?: ReactNode;
}

export function AdviceWizard({ initial, signedIn, notice }: AdviceWizardProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState(initial);
  const [current, setCurrent] = useState(0);
  // Answers filled in beforehand (from a stored profile) let every step be opened, the result included.
  const [reached, setReached] = useState(() => {
    const prefilled = findPolicy(initial.policy);
    return prefilled ? prefilled.steps.length + 1 : 0;
  });
  const [errors, setErrors] = useState<Errors>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const shownStep = useRef(current);

  const policy = findPolicy(answers.policy);
  const steps: WizardStep[] = [{ id: 'institution' }, ...(policy?.steps ?? []), { id: 'result' }];
  const step: WizardStep = steps[current] ?? { id: 'institution' };
  const stepLabel = (wizardStep: WizardStep) => t(`advice.step.${wizardStep.id}`);

  // A new step starts at its heading, for screen readers and keyboard users alike.
  useEffect(() => {
    if (shownStep.current === current) return;
    shownStep.current = current;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  // An unanswered question takes the focus, so its message is read out with it.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLInputElement>('fieldset[data-invalid] input')?.focus();
  }, [errors]);

  const open = (index: number) => {
    setErrors({});
    setCurrent(index);
    setReached((furthest) => Math.max(furthest, index));
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (step.id === 'institution' && !policy) found.institution = 'advice.field.institution.required';
    if ('fields' in step) {
      for (const field of unansweredFields(step.fields, answers.profile)) {
        found[field] = field === 'employment' ? 'advice.required.employment' : 'advice.required.other';
      }
    }
    setErrors(found);
    if (Object.keys(found).length === 0) open(current + 1);
  };

  const startOver = () => {
    setAnswers(startingAnswers());
    setReached(0);
    open(0);
  };

  // Until an institution is chosen its questions are unknown: the list shows them as one step.
  const progressLabels = policy
    ? steps.map(stepLabel)
    : [t('advice.step.institution'), t('advice.step.questions'), t('advice.step.result')];

  return (
    <div className="advice-page">
      <PageHeader
        title={t('advice.title')}
        description={<span className="advice-screen-only">{t('advice.intro')}</span>}
      />
      {notice}
      <div className="advice-layout">
        <StepProgress labels={progressLabels} current={current} reached={reached} onOpen={open} />
        <Card
          withBorder
          radius="lg"
          shadow="xs"
          p={{ base: 'md', sm: 'xl' }}
          className="advice-step"
          data-kind={step.id === 'result' ? 'result' : 'question'}
        >
          <Stack gap="lg">
            <div>
              <Text size="sm" c="dimmed" fw={500} className="advice-screen-only">
                {policy
                  ? t('advice.stepOf', { number: current + 1, total: steps.length })
                  : t('advice.stepNumber', { number: 1 })}
              </Text>
              <Title order={2} ref={headingRef} tabIndex={-1} className="advice-step-heading">
                {step.id === 'result' && policy
                  ? t('advice.result.title', { institution: policy.institution })
                  : stepLabel(step)}
              </Title>
            </div>

            {step.id === 'result' && policy ? (
              <>
                <Group gap="sm" className="advice-screen-only">
                  <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
                    {t('advice.actions.print')}
                  </Button>
                  <Button
                    variant="default"
                    leftSection={<IconPencil size={18} aria-hidden />}
                    onClick={() => open(1)}
                  >
                    {t('advice.actions.change')}
                  </Button>
                  <Button
                    variant="subtle"
                    leftSection={<IconRefresh size={18} aria-hidden />}
                    onClick={startOver}
                  >
                    {t('advice.actions.startOver')}
                  </Button>
                </Group>
                <AdviceResult policy={policy} profile={answers.profile} signedIn={signedIn} />
              </>
            ) : (
              <form ref={formRef} onSubmit={next} noValidate>
                <Stack gap="xl">
                  {step.id === 'institution' && (
                    <RadioGroup
                      name="institution"
                      legend={t('advice.field.institution.label')}
                      description={t('advice.field.institution.help')}
                      error={errors.institution && t(errors.institution)}
                      options={advicePolicies.map((candidate) => ({
                        value: candidate.id,
                        label: candidate.institution,
                        description: t(`advice.field.institution.${candidate.id}`),
                      }))}
                      value={policy?.id}
                      onChange={(id) => {
                        setAnswers((given) => ({ ...given, policy: id }));
                        // Another institution asks other questions: its later steps are not reached yet.
                        setReached(0);
                        setErrors({});
                      }}
                    />
                  )}
                  {policy &&
                    'fields' in step &&
                    step.fields.map((field) => (
                      <Question
                        key={field}
                        field={field}
                        policy={policy}
                        profile={answers.profile}
                        onChange={(profile) => setAnswers((given) => ({ ...given, profile }))}
                        error={errors[field] && t(errors[field])}
                      />
                    ))}
                  <Group justify="space-between" className="advice-actions">
                    {current > 0 ? (
                      <Button
                        variant="default"
                        leftSection={<IconArrowLeft size={18} aria-hidden />}
                        onClick={() => open(current - 1)}
                      >
                        {t('advice.actions.back')}
                      </Button>
                    ) : (
                      <span />
                    )}
                    <Button type="submit" rightSection={<IconArrowRight size={18} aria-hidden />}>
                      {policy && steps[current + 1]?.id === 'result'
                        ? t('advice.actions.showResult')
                        : t('advice.actions.next')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </Stack>
        </Card>
      </div>
    </div>
  );
}
