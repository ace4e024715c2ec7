import { TranslatableString, type ErrorListProps } from '@rjsf/utils';
import { Alert } from 'antd';
import type { ReactElement } from 'react';
import { isObject } from './field-labels.ts';

/** The summary shows this many errors; each error also stands under its own field. */
const SHOWN = 20;

/**
 * The summary above a form whose submit was refused. Plain list items instead of the antd theme's icon-and-Space per
 * error: a refused 300-field form can list a hundred errors, and the summary re-renders whenever one is fixed.
 */
export function CaseErrorList({ errors, registry }: ErrorListProps): ReactElement {
  const context: unknown = registry.formContext;
  const english = isObject(context) && context['language'] === 'en';
  const hidden = errors.length - SHOWN;
  return (
    <Alert
      className="panel panel-danger errors"
      type="error"
      title={registry.translateString(TranslatableString.ErrorsLabel)}
      description={(
        <ul className="sanxiang-error-list">
          {errors.slice(0, SHOWN).map((error, index) => <li key={`${error.property ?? ''}|${index}`}>{error.stack}</li>)}
          {hidden > 0 ? <li>{english ? `…and ${hidden} more, shown under their fields` : `……另有 ${hidden} 处，见各字段下方`}</li> : null}
        </ul>
      )}
    />
  );
}
