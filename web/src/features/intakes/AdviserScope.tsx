import { Select, Text } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/identity';
import { adviserInstitutions, type InstitutionRef } from './adviserInstitutions';

interface AdviserScopeProps {
  /** the institution in the address, if any */
  chosen: string | undefined;
  onChoose: (institutionId: string) => void;
  children: (institution: InstitutionRef) => ReactNode;
}

/** The institution an adviser's page covers: chosen from their adviser roles when they hold more than one. */
export function AdviserScope({ chosen, onChoose, children }: AdviserScopeProps) {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  const choices = adviserInstitutions(me);
  const institution = choices.find((candidate) => candidate.id === chosen) ?? choices[0];
  if (!institution) return <Text>{t('intakes.noInstitution')}</Text>;
  return (
    <>
      {choices.length > 1 && (
        <Select
          label={t('intakes.institution')}
          data={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
          value={institution.id}
          onChange={(value) => {
            if (value) onChoose(value);
          }}
          allowDeselect={false}
          w={{ base: '100%', sm: 320 }}
          mb="lg"
        />
      )}
      {children(institution)}
    </>
  );
}
