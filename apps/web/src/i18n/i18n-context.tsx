import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { applyDocumentLanguage, readStoredLanguage, storeLanguage } from './language.ts';
import { type EnumGroup, isMessageKey, type Language, type MessageKey, messages } from './messages.ts';

/** The server's bilingual text (AppError texts, stage labels): same shape as @sanxiang/errors' LocalText. */
export interface LocalText {
  zh: string;
  en: string;
}

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey) => string;
  /** Words for enum values the server sends as codes; unknown codes are shown as they are. */
  tEnum: (group: EnumGroup, value: string) => string;
  /** Picks the current language out of a server-provided bilingual text. */
  pick: (text: LocalText) => string;
  formatDate: (date: Date) => string;
  /** Date and time of day, Beijing time: when a step was taken. */
  formatDateTime: (date: Date) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? readStoredLanguage());

  useEffect(() => applyDocumentLanguage(language), [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const table = messages[language];
    const t = (key: MessageKey) => table[key];
    // Acts happen on Chinese calendar days: a reader abroad must see the same date as the officer who acted.
    // Month names (not 09/01) keep English dates unambiguous.
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
    const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
    return {
      language,
      setLanguage,
      t,
      tEnum: (group, value) => {
        const key = `${group}.${value}`;
        return isMessageKey(key) ? t(key) : value;
      },
      pick: (text) => (language === 'en' ? text.en : text.zh),
      formatDate: (date) => dateFormat.format(date),
      formatDateTime: (date) => dateTimeFormat.format(date),
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>.');
  return i18n;
}
