import { Group, Loader, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { myTeachingProfilesQuery } from '../../api/qualifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { TeachingProfileForm } from './TeachingProfileForm';

const route = getRouteApi('/_authenticated/teaching-profile');

/** My teaching profile, one per institution where I hold a role: a tab each when there are several. */
export function TeachingProfilePage() {
  const { t } = useTranslation();
  const { institution } = route.useSearch();
  const navigate = route.useNavigate();
  const profiles = useQuery(myTeachingProfilesQuery);

  const header = <PageHeader title={t('teachingProfile.title')} description={t('teachingProfile.intro')} />;
  if (profiles.isPending) {
    return (
      <>
        {header}
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('common.loading')}</Text>
        </Group>
      </>
    );
  }
  if (profiles.isError) {
    return (
      <>
        {header}
        <ErrorAlert error={profiles.error} />
      </>
    );
  }
  const { items } = profiles.data;
  const selected = items.find((item) => item.institution.id === institution) ?? items[0];
  if (!selected) {
    return (
      <>
        {header}
        <Text>{t('teachingProfile.noInstitution')}</Text>
      </>
    );
  }
  if (items.length === 1) {
    return (
      <>
        {header}
        <TeachingProfileForm item={selected} />
      </>
    );
  }
  return (
    <>
      {header}
      <Tabs
        value={selected.institution.id}
        onChange={(id) => id && void navigate({ search: { institution: id }, replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg" aria-label={t('teachingProfile.institutions')}>
          {items.map((item) => (
            <Tabs.Tab key={item.institution.id} value={item.institution.id}>
              {item.institution.name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {items.map((item) => (
          <Tabs.Panel key={item.institution.id} value={item.institution.id}>
            <TeachingProfileForm item={item} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
