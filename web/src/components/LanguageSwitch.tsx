import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Language, languages } from '../../../contracts/common.js';

interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
}

const isLanguage = (value: string): value is Language => (languages as readonly string[]).includes(value);

export function LanguageSwitch({ value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={value}
      onChange={(next) => isLanguage(next) && onChange(next)}
      data={languages.map((language) => ({
        value: language,
        // Screen readers also hear the full name, in its own language; the visible code stays part of the name.
        label: (
          <>
            {language.toUpperCase()}
            <VisuallyHidden lang={language}> {t(`language.${language}`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
