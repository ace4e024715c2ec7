import { Segmented } from 'antd';
import { type Language, useI18n } from '../i18n/index.ts';

// Each language is named in itself, so a reader who cannot read the current one can still find theirs.
const OPTIONS: Array<{ label: string; value: Language }> = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      data-testid="language-switch"
      options={OPTIONS}
      value={language}
      onChange={setLanguage}
    />
  );
}
