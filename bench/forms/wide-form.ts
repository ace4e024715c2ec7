// A 300-field case form in the shape of the national ones (rulesets/national/forms): ten sections of thirty fields,
// Chinese titles, English titles in the uiSchema, a mix of widgets weighted towards text as real records are. The
// numbers of bench/forms are measured on it.

type Json = { [key: string]: unknown };

const SECTIONS = ['当事人信息', '执法人员', '现场情况', '证据材料', '违法事实', '法律适用', '裁量情况', '程序记录', '送达情况', '审批意见'];
const SECTIONS_EN = ['Party', 'Officers', 'On site', 'Evidence', 'Facts', 'Law applied', 'Discretion', 'Procedure', 'Delivery', 'Approval'];
const FIELDS_PER_SECTION = 30;

/** What the n-th field of a section is: mostly short text, as in the national forms. */
function kindOf(index: number): 'text' | 'textarea' | 'number' | 'date' | 'select' | 'boolean' {
  const slot = index % 10;
  if (slot <= 4) return 'text';
  if (slot === 5) return 'textarea';
  if (slot === 6) return 'number';
  if (slot === 7) return 'date';
  if (slot === 8) return 'select';
  return 'boolean';
}

export interface WideForm {
  schema: Json;
  uiSchema: Json;
  /** Dotted paths of the text fields typed into, spread over the form (first, middle and last sections). */
  typingTargets: string[];
  fieldCount: number;
  /** Every field filled in validly: what the server validates. */
  example: Json;
}

export function wideForm(): WideForm {
  const properties: Json = {};
  const uiSchema: Json = { 'ui:enTitle': 'Wide case record (300 fields)' };
  const example: Json = {};
  let fieldCount = 0;
  SECTIONS.forEach((section, s) => {
    const sectionProperties: Json = {};
    const sectionUi: Json = { 'ui:enTitle': SECTIONS_EN[s] };
    const sectionExample: Json = {};
    const required: string[] = [];
    for (let f = 0; f < FIELDS_PER_SECTION; f += 1) {
      const name = `f${String(f).padStart(2, '0')}`;
      const title = `${section}·第 ${f + 1} 项`;
      const en = `${SECTIONS_EN[s]} item ${f + 1}`;
      const kind = kindOf(f);
      if (kind === 'text') sectionProperties[name] = { type: 'string', title, maxLength: 200 };
      if (kind === 'textarea') sectionProperties[name] = { type: 'string', title, maxLength: 5000 };
      if (kind === 'number') sectionProperties[name] = { type: 'number', title, minimum: 0 };
      if (kind === 'date') sectionProperties[name] = { type: 'string', title, format: 'date' };
      if (kind === 'select') sectionProperties[name] = { type: 'string', title, enum: ['A', 'B', 'C'] };
      if (kind === 'boolean') sectionProperties[name] = { type: 'boolean', title };
      const ui: Json = { 'ui:enTitle': en };
      if (kind === 'textarea') ui['ui:widget'] = 'textarea';
      if (kind === 'select') {
        ui['ui:enumNames'] = ['甲', '乙', '丙'];
        ui['ui:enEnumNames'] = ['A', 'B', 'C'];
      }
      sectionUi[name] = ui;
      if (f % 3 === 0) required.push(name);
      sectionExample[name] = { text: '邵阳市大祥区某商贸有限公司', textarea: '现场检查发现货架上摆放过期食品十二箱。', number: 12, date: '2025-03-20', select: 'B', boolean: true }[kind];
      fieldCount += 1;
    }
    properties[`s${s}`] = { type: 'object', title: section, required, properties: sectionProperties };
    uiSchema[`s${s}`] = sectionUi;
    example[`s${s}`] = sectionExample;
  });
  return {
    schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', title: '宽表单：300 个字段的案件记录', properties },
    uiSchema,
    typingTargets: ['s0.f01', 's0.f12', 's4.f03', 's5.f21', 's9.f02', 's9.f24'],
    fieldCount,
    example,
  };
}
