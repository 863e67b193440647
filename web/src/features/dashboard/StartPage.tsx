import { Anchor, Card, DataList, Grid, List, Text, ThemeIcon, Title } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '../../../../contracts/identity.js';
import { meQuery } from '../../api/identity';
import { PageHeader } from '../../components/PageHeader';
import { formatAssignment } from '../../components/roleAssignment';
import { AuditNotice } from '../register-audit/AuditNotice';

// Platform-wide roles first, then per institution and unit, so roles at one institution stand together.
const byScope = (a: RoleAssignment, b: RoleAssignment) =>
  (a.institution?.name ?? '').localeCompare(b.institution?.name ?? '') ||
  (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '');

export function StartPage() {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);

  return (
    <>
      <PageHeader
        title={t('start.greeting', { name: me.person.displayName })}
        documentTitle={t('start.title')}
        description={t('start.intro')}
      />
      {me.roles.some((r) => r.role === 'teacher') && <AuditNotice />}
      <Grid gap="lg" maw={1100}>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder radius="lg" p="lg" h="100%">
            <Title order={2} size="h3" mb="md">
              {t('start.rolesTitle')}
            </Title>
            {me.roles.length === 0 ? (
              <Text>{t('start.noRoles')}</Text>
            ) : (
              <List
                spacing="sm"
                center
                icon={
                  <ThemeIcon variant="light" radius="xl" size={28}>
                    <IconId size={16} aria-hidden />
                  </ThemeIcon>
                }
              >
                {me.roles.toSorted(byScope).map((assignment) => (
                  <List.Item key={assignment.id}>{formatAssignment(t, assignment)}</List.Item>
                ))}
              </List>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder radius="lg" p="lg" h="100%">
            <Title order={2} size="h3" mb="md">
              {t('start.detailsTitle')}
            </Title>
            <DataList orientation="vertical" mb="md">
              <DataList.Item>
                <DataList.ItemLabel>{t('profile.email')}</DataList.ItemLabel>
                <DataList.ItemValue>{me.person.email}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t('profile.language')}</DataList.ItemLabel>
                <DataList.ItemValue>{t(`language.${me.person.language}`)}</DataList.ItemValue>
              </DataList.Item>
            </DataList>
            <Anchor component={Link} to="/profile" mt="auto">
              {t('start.editDetails')}
            </Anchor>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
