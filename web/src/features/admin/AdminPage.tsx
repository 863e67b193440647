import { Anchor, Tabs, Text } from '@mantine/core';
import { IconBuildingHospital, IconUsers } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { type AdminTab, adminTabs } from './adminSearch';
import { InstitutionsPanel } from './InstitutionsPanel';
import { PeoplePanel } from './PeoplePanel';

const route = getRouteApi('/_authenticated/admin');

const isAdminTab = (value: string | null): value is AdminTab => adminTabs.some((tab) => tab === value);

export function AdminPage() {
  const { t } = useTranslation();
  const { tab } = route.useSearch();
  const navigate = useNavigate();

  return (
    <>
      <PageHeader
        title={t('admin.title')}
        description={
          <>
            {t('admin.intro')}{' '}
            <Text span c="dimmed">
              {t('admin.apiDocsHint')} <Anchor href="/api/docs">{t('app.apiDocs')}</Anchor>.
            </Text>
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isAdminTab(value)) void navigate({ to: '/admin', search: { tab: value }, replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="people" leftSection={<IconUsers size={18} aria-hidden />}>
            {t('admin.tabPeople')}
          </Tabs.Tab>
          <Tabs.Tab value="institutions" leftSection={<IconBuildingHospital size={18} aria-hidden />}>
            {t('admin.tabInstitutions')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people">
          <PeoplePanel />
        </Tabs.Panel>
        <Tabs.Panel value="institutions">
          <InstitutionsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
