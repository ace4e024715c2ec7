import { describe, expect, it } from 'vitest';
import { isObject } from './field-labels.ts';
import type { JsonObject } from './form-types.ts';
import { nationalForm } from './fixtures/repository-forms.ts';
import { applyOverlay, HIDDEN_FIELD, overlayFromAnswer, type FormAnswerLike } from './overlay.ts';

const seizure = nationalForm('seizure-record');
const notice = nationalForm('penalty-notice');

function field(schema: JsonObject, name: string): JsonObject {
  const properties = schema['properties'];
  const found = isObject(properties) ? properties[name] : undefined;
  if (!isObject(found)) throw new Error(`no field ${name}`);
  return found;
}

function ui(uiSchema: JsonObject, name: string): JsonObject {
  const found = uiSchema[name];
  return isObject(found) ? found : {};
}

function allKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => allKeys(item, out));
  else if (isObject(value)) for (const [key, child] of Object.entries(value)) out.add(key) && allKeys(child, out);
  return out;
}

// The engine's answers, as packages/engine/src/answers/forms.ts gives them for a seizure with the party absent and
// for a notice with a hearing right (sentences copied from its output).
const SEIZURE_ANSWER: FormAnswerLike = {
  kind: 'seizure-record',
  required: ['inventory', 'avRecordId', 'partySignature', 'witness', 'witnessSignature'],
  visible: ['inventory', 'avRecordId', 'partySignature', 'witness', 'witnessSignature'],
  rules: [
    { ruleId: 'acl-24.seizure-inventory', fired: true, sentence: { zh: '表单「seizure-record」的 inventory、avRecordId、partySignature 为必填（《行政强制法》第十八条、第二十四条、国办发〔2018〕118号 三、（二））', en: 'Inventory, avRecordId, partySignature of form "seizure-record" are required (Administrative Coercion Law art. 18, art. 24; 国办发〔2018〕118号 三、（二）).' } },
    { ruleId: 'acl-18.witness', fired: true, sentence: { zh: '因并非「当事人在场」，表单「seizure-record」的 witness、witnessSignature 为必填（《行政强制法》第十八条）', en: 'Because not: the party is present, witness, witnessSignature of form "seizure-record" are required (Administrative Coercion Law art. 18).' } },
  ],
};
const HEARING_ANSWER: FormAnswerLike = {
  kind: 'penalty-notice',
  required: ['hearingRight', 'hearingRequestDeadline'],
  visible: ['hearingRight', 'hearingRequestDeadline'],
  rules: [
    { ruleId: 'apl-63.hearing-notice-required', fired: true, sentence: { zh: '因当事人享有听证权利，表单「penalty-notice」的 hearingRight、hearingRequestDeadline 为必填（《行政处罚法》第六十三条、第六十四条）', en: 'Because the party has a right to a hearing, hearingRight, hearingRequestDeadline of form "penalty-notice" are required (Administrative Penalty Law art. 63, art. 64).' } },
    { ruleId: 'apl-34.discretion-justification', fired: false, sentence: { zh: '表单「penalty-notice」的 discretionJustification 为必填', en: 'discretionJustification of form "penalty-notice" is required' } },
  ],
};

describe('overlayFromAnswer', () => {
  it('gives each field the fired rules whose sentence names it, in either spelling', () => {
    const overlay = overlayFromAnswer(SEIZURE_ANSWER);
    expect(overlay.required).toEqual(SEIZURE_ANSWER.required);
    expect(overlay.reasons?.['inventory']?.map((reason) => reason.ruleId)).toEqual(['acl-24.seizure-inventory']);
    expect(overlay.reasons?.['witnessSignature']?.map((reason) => reason.ruleId)).toEqual(['acl-18.witness']);
    // "witness" must not also match inside "witnessSignature".
    expect(overlay.reasons?.['witness']?.map((reason) => reason.ruleId)).toEqual(['acl-18.witness']);
  });

  it('leaves out rules that did not fire, and gives an empty overlay for no answer', () => {
    expect(overlayFromAnswer(HEARING_ANSWER).reasons?.['discretionJustification']).toBeUndefined();
    expect(overlayFromAnswer(undefined)).toEqual({ required: [], visible: [] });
  });
});

describe('applyOverlay', () => {
  it('makes the seizure inventory, the A/V record and the party\'s signature required, with content', () => {
    const { schema, unknownFields } = applyOverlay(seizure.schema, seizure.uiSchema, overlayFromAnswer(SEIZURE_ANSWER));
    expect(unknownFields).toEqual([]);
    expect(schema['required']).toEqual(expect.arrayContaining(['inventory', 'avRecordId', 'partySignature', 'witness', 'witnessSignature']));
    expect(field(schema, 'inventory')['minItems']).toBe(1);
    expect(field(schema, 'avRecordId')['minLength']).toBe(1);
    expect(seizure.schema['required']).not.toContain('inventory');
  });

  it('keeps fields the engine shows hidden until it names them', () => {
    const without = applyOverlay(notice.schema, notice.uiSchema, null);
    expect(ui(without.uiSchema, 'hearingRight')['ui:field']).toBe(HIDDEN_FIELD);
    expect(ui(without.uiSchema, 'hearingRequestDeadline')['ui:field']).toBe(HIDDEN_FIELD);
    expect(ui(without.uiSchema, 'discretionJustification')['ui:field']).toBe(HIDDEN_FIELD);
    expect(without.schema['required']).not.toContain('hearingRight');
    const withHearing = applyOverlay(notice.schema, notice.uiSchema, overlayFromAnswer(HEARING_ANSWER));
    expect(ui(withHearing.uiSchema, 'hearingRight')['ui:field']).toBeUndefined();
    expect(withHearing.schema['required']).toEqual(expect.arrayContaining(['hearingRight', 'hearingRequestDeadline']));
    // The justification's rule did not fire: still hidden.
    expect(ui(withHearing.uiSchema, 'discretionJustification')['ui:field']).toBe(HIDDEN_FIELD);
  });

  it('shows a visible-only field without requiring it', () => {
    const { schema, uiSchema } = applyOverlay(seizure.schema, seizure.uiSchema, { required: [], visible: ['witness'] });
    expect(ui(uiSchema, 'witness')['ui:field']).toBeUndefined();
    expect(ui(uiSchema, 'witnessSignature')['ui:field']).toBe(HIDDEN_FIELD);
    expect(schema['required']).not.toContain('witness');
  });

  it('explains each field with the engine\'s reason, naming fields and the form by their titles', () => {
    const zh = applyOverlay(seizure.schema, seizure.uiSchema, overlayFromAnswer(SEIZURE_ANSWER));
    expect(ui(zh.uiSchema, 'witness')['ui:help']).toBe('必填：因并非「当事人在场」，表单「查封（扣押）现场笔录」的 见证人、见证人已在现场笔录上签名或者盖章 为必填（《行政强制法》第十八条）');
    const en = applyOverlay(seizure.schema, seizure.uiSchema, overlayFromAnswer(SEIZURE_ANSWER), { language: 'en' });
    expect(ui(en.uiSchema, 'inventory')['ui:help']).toBe('Required: Inventory, Audio-video record number, Signature of the party of form "Seizure record" are required (Administrative Coercion Law art. 18, art. 24; 国办发〔2018〕118号 三、（二）).');
  });

  it('puts English labels where RJSF reads them and removes this package\'s own keys', () => {
    const en = applyOverlay(seizure.schema, seizure.uiSchema, null, { language: 'en' });
    expect(en.uiSchema['ui:title']).toBe('Seizure record');
    expect(ui(en.uiSchema, 'measure')['ui:enumNames']).toEqual(['Sealing premises, facilities or property', 'Detaining property']);
    const zh = applyOverlay(seizure.schema, seizure.uiSchema, null);
    expect(ui(zh.uiSchema, 'measure')['ui:enumNames']).toEqual(['查封场所、设施或者财物', '扣押财物']);
    expect(ui(zh.uiSchema, 'measure')['ui:title']).toBeUndefined();
    for (const out of [en, zh]) {
      const keys = allKeys(out.uiSchema);
      for (const own of ['ui:enTitle', 'ui:enEnumNames', 'ui:shownByEngine', 'ui:enHelp', 'ui:enDescription']) expect(keys.has(own), own).toBe(false);
    }
  });

  it('never changes its inputs', () => {
    const schemaBefore = structuredClone(seizure.schema);
    const uiBefore = structuredClone(seizure.uiSchema);
    applyOverlay(seizure.schema, seizure.uiSchema, overlayFromAnswer(SEIZURE_ANSWER), { language: 'en' });
    expect(seizure.schema).toEqual(schemaBefore);
    expect(seizure.uiSchema).toEqual(uiBefore);
  });

  it('reports fields the form lacks instead of dropping a legal requirement silently', () => {
    const { unknownFields } = applyOverlay(seizure.schema, seizure.uiSchema, { required: ['inventory', 'nowhere', 'inventory.name'], visible: ['ghost'] });
    expect(unknownFields.sort()).toEqual(['ghost', 'inventory.name', 'nowhere']);
  });

  it('requires the parents of a nested field, so that JSON Schema looks inside them', () => {
    const schema = {
      type: 'object', title: '表',
      properties: { party: { type: 'object', title: '当事人', properties: { address: { type: 'object', title: '地址', properties: { city: { type: 'string', title: '城市' } } } } } },
    };
    const out = applyOverlay(schema, {}, { required: ['party.address.city'], visible: [] }).schema;
    expect(out['required']).toEqual(['party']);
    const party = field(out, 'party');
    expect(party['required']).toEqual(['address']);
    expect(field(field(party, 'address'), 'city')['minLength']).toBe(1);
    expect(field(party, 'address')['required']).toEqual(['city']);
  });
});
