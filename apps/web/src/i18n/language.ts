import { LANGUAGES, type Language } from './messages.ts';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';
const STORAGE_KEY = 'sanxiang.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** The language chosen last time on this browser, or zh-CN. */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (privacy mode, sandboxed frames); the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is harmless; the switch still applies to this visit.
  }
}

/** Screen readers and the browser's own translate prompt read `<html lang>`. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}
