import { Stack, Tabs, Text } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/identity';
import { PageHeader } from '../../components/PageHeader';
import { todayInAmsterdam } from '../policies/dates';
import { CataloguePanel } from './CataloguePanel';
import { InstitutionChoice } from './InstitutionChoice';
import { RequirementsPanel } from './RequirementsPanel';
import { coordinatedInstitutions } from './scope';

const route = getRouteApi('/_authenticated/trajectory-catalogue');

/**
 * What an institution's trajectories cost per year (R-UMCU-COST-1) and the numbers its portfolios must
 * reach (R-UMCU-PF-1), kept by its coordinators.
 */
export function TrajectoryCataloguePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { data: me } = useSuspenseQuery(meQuery);
  const choices = coordinatedInstitutions(me.roles, { wholeOnly: true });
  const institution = choices.find((choice) => choice.id === search.institution) ?? choices[0];
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const year = search.year ?? thisYear;
  const go = (next: Partial<typeof search>) =>
    void navigate({ to: '/trajectory-catalogue', search: { ...search, ...next } });

  return (
    <>
      <PageHeader
        title={t('trajectoryAdmin.catalogue.title')}
        description={t('trajectoryAdmin.catalogue.intro')}
      />
      {!institution ? (
        <Text>{t('trajectoryAdmin.noInstitutions')}</Text>
      ) : (
        <Stack gap="lg">
          <InstitutionChoice
            choices={choices}
            value={institution.id}
            onChange={(id) => go({ institution: id, year: undefined })}
          />
          <Tabs
            value={search.tab}
            onChange={(tab) => go({ tab: tab === 'requirements' ? 'requirements' : 'prices' })}
          >
            <Tabs.List>
              <Tabs.Tab value="prices">{t('trajectoryAdmin.catalogue.tabPrices')}</Tabs.Tab>
              <Tabs.Tab value="requirements">{t('trajectoryAdmin.requirements.tab')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="prices" pt="lg">
              <CataloguePanel
                institutionId={institution.id}
                year={year}
                thisYear={thisYear}
                onYear={(next) => go({ year: next })}
              />
            </Tabs.Panel>
            <Tabs.Panel value="requirements" pt="lg">
              <RequirementsPanel
                institutionId={institution.id}
                qualification={search.qualification}
                onQualification={(qualification) => go({ qualification })}
              />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </>
  );
}
