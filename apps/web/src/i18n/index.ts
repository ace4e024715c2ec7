export { I18nProvider, type I18n, type LocalText, useI18n } from './i18n-context.tsx';
export { LANGUAGES, type Language, type MessageKey } from './messages.ts';
