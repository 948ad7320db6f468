import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DANISH, ENGLISH } from './dictionaries';

export const LANGUAGES = ['da', 'en'] as const;
const LANGUAGE_KEY = 'venskab.language';

function storedLanguage(): string {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return stored && (LANGUAGES as readonly string[]).includes(stored) ? stored : 'da';
}

void i18n.use(initReactI18next).init({
  resources: { da: { translation: DANISH }, en: { translation: ENGLISH } },
  lng: storedLanguage(),
  fallbackLng: 'da',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export function changeLanguage(language: string): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18n;
