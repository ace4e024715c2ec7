import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_DATA } from '@sanxiang/docgen';
import { describe, expect, it } from 'vitest';
import { fillFromStageForm, STAGE_FORM_SOURCES } from './stage-form-fields.ts';

const FORMS_DIR = fileURLToPath(new URL('../../../../../rulesets/national/forms/', import.meta.url));
type Schema = { properties?: Record<string, Schema> };
const schemaOf = (kind: string): Schema => JSON.parse(readFileSync(`${FORMS_DIR}${kind}.schema.json`, 'utf8')) as Schema;

describe('the stage-form mapping', () => {
  it('reads only fields the national form schemas define', () => {
    const unknown: string[] = [];
    for (const [kind, source] of Object.entries(STAGE_FORM_SOURCES)) {
      const schema = schemaOf(source!.form);
      for (const spec of Object.values(source!.fields) as Array<{ field: string }>) {
        const found = spec.field.split('.').reduce<Schema | undefined>((node, segment) => node?.properties?.[segment], schema);
        if (!found) unknown.push(`${kind} ← ${source!.form}.${spec.field}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('takes a typed decision number only when the case has none of its own', () => {
    const form = { 'penalty-decision': { documentNumber: '草稿〔2025〕1号', facts: '表单中的事实', evidence: '现场检查笔录；询问笔录' } };
    const decided = fillFromStageForm('PENALTY_DECISION', EXAMPLE_DATA.PENALTY_DECISION, form, () => false);
    expect(decided.data.documentNumber).toBe(EXAMPLE_DATA.PENALTY_DECISION.documentNumber);
    expect(decided.data.facts).toBe('表单中的事实');
    expect(decided.data.evidence).toEqual([{ name: '现场检查笔录', description: '' }, { name: '询问笔录', description: '' }]);
    const draft = fillFromStageForm('PENALTY_DECISION', EXAMPLE_DATA.PENALTY_DECISION, form, (path) => path === 'documentNumber');
    expect(draft.data.documentNumber).toBe('草稿〔2025〕1号');
    expect(draft.filled).toContain('documentNumber');
  });

  it('leaves the assembled data alone where the form is empty or unusable, and never changes its input', () => {
    const original = structuredClone(EXAMPLE_DATA.INSPECTION_RECORD);
    const filled = fillFromStageForm('INSPECTION_RECORD', EXAMPLE_DATA.INSPECTION_RECORD, { 'on-site-record': { place: '  ', startedAt: 'not a time', personPresent: '张三' } }, () => true);
    expect(filled.filled).toEqual(['onSite.name']);
    expect(filled.data.place).toBe(original.place);
    expect(filled.data.onSite).toEqual({ ...original.onSite, name: '张三' });
    expect(EXAMPLE_DATA.INSPECTION_RECORD).toEqual(original);
  });
});
