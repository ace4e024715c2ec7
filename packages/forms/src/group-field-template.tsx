import { Templates } from '@rjsf/antd';
import { getTemplate, getUiOptions, type FieldTemplateProps } from '@rjsf/utils';
import type { ReactElement } from 'react';

const antdFieldTemplate = Templates.FieldTemplate;
// The theme's template map is typed as partial; without its FieldTemplate there is no antd theme to speak of.
if (!antdFieldTemplate) throw new Error('@rjsf/antd no longer provides a FieldTemplate');
const AntdFieldTemplate = antdFieldTemplate;

function isGroup(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.includes('object') || types.includes('array');
}

/**
 * RJSF's antd theme wraps every field, groups and lists included, in antd's Form.Item. A Form.Item hands its
 * descendants a fresh context value on each render (NoStyleItemContext), so when a keystroke re-renders the root
 * object's Form.Item every Form.Item below it re-renders too: measured at 311 Form.Items per keystroke in the
 * 300-field form of bench/forms. Groups and lists therefore get a plain wrapper here; leaf fields keep antd's.
 * Errors and help of the group itself (an inventory that needs at least one entry) are still shown.
 */
export function CaseFieldTemplate(props: FieldTemplateProps): ReactElement {
  if (!isGroup(props.schema.type)) return <AntdFieldTemplate {...props} />;
  const { children, hidden, id, rawErrors, rawHelp, registry, uiSchema, classNames, style } = props;
  if (hidden) return <div className="rjsf-field-hidden">{children}</div>;
  const WrapIfAdditionalTemplate = getTemplate('WrapIfAdditionalTemplate', registry, getUiOptions(uiSchema));
  const errors = props.hideError ? [] : (rawErrors ?? []);
  return (
    <WrapIfAdditionalTemplate {...props}>
      <div id={`${id}__group`} className={['sanxiang-form-group', classNames].filter(Boolean).join(' ')} style={style}>
        {children}
        {rawHelp ? <div id={`${id}__help`} className="ant-form-item-extra">{rawHelp}</div> : null}
        {errors.length > 0
          ? (
              <div id={`${id}__error`} className="ant-form-item-explain ant-form-item-explain-connected" role="alert">
                {errors.map((error) => <div key={error} className="ant-form-item-explain-error">{error}</div>)}
              </div>
            )
          : null}
      </div>
    </WrapIfAdditionalTemplate>
  );
}
