import { englishStringTranslator, replaceStringParameters, TranslatableString } from '@rjsf/utils';
import type { FormLanguage } from './form-types.ts';

// RJSF's own interface words (buttons, list placeholders) in Chinese; English is RJSF's default.
const CHINESE: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ArrayItemTitle]: '项',
  [TranslatableString.MissingItems]: '缺少列表项的定义',
  [TranslatableString.EmptyArray]: '尚无内容，请用下方按钮添加。',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.CloseLabel]: '关闭',
  [TranslatableString.ErrorsLabel]: '请修改以下问题',
  [TranslatableString.NewStringDefault]: '新值',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.AddItemButton]: '添加一项',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.NowLabel]: '现在',
  [TranslatableString.ClearLabel]: '清除',
  [TranslatableString.AriaDateLabel]: '选择日期',
  [TranslatableString.PreviewLabel]: '预览',
  [TranslatableString.DecrementAriaLabel]: '减 1',
  [TranslatableString.IncrementAriaLabel]: '加 1',
  [TranslatableString.OptionalObjectAdd]: '填写此可选项',
  [TranslatableString.OptionalObjectRemove]: '清除此可选项',
  [TranslatableString.OptionalObjectEmptyMsg]: '此可选项未填写',
  [TranslatableString.ClearButton]: '清空输入',
  [TranslatableString.UnknownFieldType]: '未知的字段类型 %1',
  [TranslatableString.OptionPrefix]: '选项 %1',
  [TranslatableString.UnsupportedField]: '不支持的字段定义。',
  [TranslatableString.UnsupportedFieldWithId]: '字段 `%1` 的定义不受支持。',
};

function chinese(text: TranslatableString, params?: string[]): string {
  const translated = CHINESE[text];
  return translated === undefined ? englishStringTranslator(text, params) : replaceStringParameters(translated, params);
}

/** RJSF's `translateString` for the form's language. */
export function stringTranslator(language: FormLanguage): (text: TranslatableString, params?: string[]) => string {
  return language === 'en' ? englishStringTranslator : chinese;
}

export const SUBMIT_TEXT: Record<FormLanguage, string> = { 'zh-CN': '提交', en: 'Submit' };
