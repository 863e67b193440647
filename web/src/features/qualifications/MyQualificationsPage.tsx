import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClockHour4, IconListCheck, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyTeachingProfiles } from '../../../../contracts/qualifications.js';
import { myAdviceQuery, myTeachingProfilesQuery } from '../../api/qualifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage } from '../../i18n/i18n';
import { AdviceNotes, doneColor, QualificationCard } from '../advice/AdviceResult';
import { findPolicy } from '../advice/policies';
import { RequestIntake } from '../trajectories/RequestIntake';
import { adviceQualification } from '../trajectories/trajectoryStatus';
import { EarnedQualifications } from './EarnedQualifications';
import '../advice/advice.css';

type Item = MyTeachingProfiles['items'][number];

function Loading() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" />
      <Text>{t('common.loading')}</Text>
    </Group>
  );
}

/** The advice at one institution from my stored profile there, with the way to change or step through it. */
function InstitutionAdvice({ item }: { item: Item }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { institution, profile, policyId } = item;
  const advice = useQuery({
    ...myAdviceQuery(institution.id, currentLanguage()),
    enabled: profile !== null && policyId !== null,
  });
  const inWizard = findPolicy(policyId ?? undefined) !== undefined;

  let body: ReactNode;
  if (!policyId) body = <Text>{t('qualifications.advice.noPolicy', { institution: institution.name })}</Text>;
  else if (!profile)
    body = <Text>{t('qualifications.advice.noProfile', { institution: institution.name })}</Text>;
  else if (advice.isPending) body = <Loading />;
  else if (advice.isError) body = <ErrorAlert error={advice.error} title={t('advice.result.failed')} />;
  else {
    body = (
      <Stack gap="lg" aria-busy={advice.isPlaceholderData}>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('qualifications.advice.basis', { version: advice.data.policy.version })}
          </Text>
          {profile.confirmation ? (
            <Badge color={doneColor} tt="none" leftSection={<IconCircleCheck size={14} aria-hidden />}>
              {t('qualifications.advice.confirmed')}
            </Badge>
          ) : (
            <Badge color="gray.7" tt="none" leftSection={<IconClockHour4 size={14} aria-hidden />}>
              {t('qualifications.advice.unconfirmed')}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: advice.data.qualifications.length > 1 ? 2 : 1 }} spacing="md">
          {advice.data.qualifications.map((qualification) => (
            <QualificationCard key={qualification.code} qualification={qualification} />
          ))}
        </SimpleGrid>
        <AdviceNotes notes={advice.data.notes} />
      </Stack>
    );
  }

  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="lg">
        <Title order={2} size="h3" id={headingId}>
          {t('qualifications.advice.title', { institution: institution.name })}
        </Title>
        {body}
        <Group gap="sm">
          <Button
            renderRoot={(props) => (
              <Link to="/teaching-profile" search={{ institution: institution.id }} {...props} />
            )}
            variant={profile ? 'default' : 'filled'}
            leftSection={<IconPencil size={18} aria-hidden />}
          >
            {profile ? t('qualifications.advice.editProfile') : t('qualifications.advice.fillInProfile')}
          </Button>
          {profile && (
            <RequestIntake
              from="advice"
              variant="default"
              institutionId={institution.id}
              qualification={advice.data ? adviceQualification(advice.data.qualifications) : null}
            />
          )}
          {profile && inWizard && (
            <Anchor
              renderRoot={(props) => (
                <Link to="/advies" search={{ institution: institution.id }} {...props} />
              )}
            >
              <Group gap={6} component="span">
                <IconListCheck size={18} aria-hidden />
                {t('qualifications.advice.toWizard')}
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** My advice per institution where I keep a profile, and the qualifications I earned. */
export function MyQualificationsPage() {
  const { t } = useTranslation();
  const profiles = useQuery(myTeachingProfilesQuery);

  return (
    <>
      <PageHeader title={t('qualifications.title')} description={t('qualifications.intro')} />
      <Stack gap="lg" maw={1100}>
        {profiles.isPending && <Loading />}
        {profiles.isError && <ErrorAlert error={profiles.error} />}
        {profiles.data?.items.map((item) => (
          <InstitutionAdvice key={item.institution.id} item={item} />
        ))}
        <EarnedQualifications institutions={profiles.data?.items.map((item) => item.institution) ?? []} />
      </Stack>
    </>
  );
}
