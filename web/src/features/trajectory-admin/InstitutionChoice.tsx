import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface InstitutionChoiceProps {
  choices: readonly { id: string; name: string }[];
  value: string;
  onChange: (institutionId: string) => void;
}

/** The institution a coordinator's page is about: a choice when they coordinate more than one, else its name. */
export function InstitutionChoice({ choices, value, onChange }: InstitutionChoiceProps) {
  const { t } = useTranslation();
  if (choices.length === 1) return <Text fw={600}>{choices[0]?.name}</Text>;
  return (
    <Select
      label={t('trajectoryAdmin.institution')}
      data={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
      value={value}
      onChange={(id) => {
        if (id) onChange(id);
      }}
      allowDeselect={false}
      w={{ base: '100%', sm: 320 }}
    />
  );
}
