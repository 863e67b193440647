import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { type Language, languages } from '../../../contracts/common.js';
import en from './en.json';
import nl from './nl.json';

/** Where the chosen interface language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'dd.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

// Only an explicit earlier choice counts: without one the interface is Dutch, whatever the browser prefers.
i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    supportedLngs: [...languages],
    fallbackLng: 'nl',
    load: 'languageOnly',
    detection: {
      order: ['localStorage'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  .catch((error: unknown) => console.error(error));

const syncHtmlLang = (language: string) => {
  document.documentElement.lang = language;
};
syncHtmlLang(currentLanguage());
i18n.on('languageChanged', syncHtmlLang);

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
}

export { i18n };
