import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileTenant } from '@sanxiang/config';
import { describe, expect, it } from 'vitest';
import { isObject } from './field-labels.ts';
import { readFormFiles, type LoadedForm } from './form-files.ts';
import type { JsonObject } from './form-types.ts';
import { ENGINE_FORM_FIELDS, REPO_ROOT } from './fixtures/repository-forms.ts';

/** Every forms.json under rulesets/ and tenant-configs/, however deep (department layers included). */
function formsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === 'forms.json')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

interface FormsFileContent {
  forms?: { kind: string; schema: string; uiSchema?: string }[];
}

const loaded: { file: string; form: LoadedForm }[] = [];
for (const file of [...formsFiles(`${REPO_ROOT}rulesets`), ...formsFiles(`${REPO_ROOT}tenant-configs`)]) {
  const content = JSON.parse(readFileSync(file, 'utf8')) as FormsFileContent;
  for (const ref of content.forms ?? []) loaded.push({ file: `${file.slice(REPO_ROOT.length)} ${ref.kind}`, form: readFormFiles(file, ref) });
}

const CHINESE = /\p{Script=Han}/u;

/** Problems in how a uiSchema matches its schema: keys naming no property, enum labels of the wrong length. */
function uiMismatches(schema: JsonObject, ui: JsonObject, at: string, out: string[]): void {
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  for (const [key, child] of Object.entries(ui)) {
    if (key.startsWith('ui:') || !isObject(child)) continue;
    if (key === 'items' && isObject(schema['items'])) {
      uiMismatches(schema['items'], child, `${at}/items`, out);
      continue;
    }
    const property = properties[key];
    if (!isObject(property)) {
      out.push(`${at}/${key}: no such property`);
      continue;
    }
    uiMismatches(property, child, `${at}/${key}`, out);
  }
  const values = schema['enum'];
  for (const key of ['ui:enumNames', 'ui:enEnumNames']) {
    const names = ui[key];
    if (Array.isArray(values) && (!Array.isArray(names) || names.length !== values.length)) out.push(`${at}: ${key} should label each of ${values.length} values`);
  }
}

/** Every property, at any depth, without a Chinese title. */
function untitled(schema: JsonObject, at: string, out: string[]): void {
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isObject(property)) continue;
    if (typeof property['title'] !== 'string' || !CHINESE.test(property['title'])) out.push(`${at}/${name}`);
    untitled(property, `${at}/${name}`, out);
    if (isObject(property['items'])) untitled(property['items'], `${at}/${name}/items`, out);
  }
}

describe('the form schemas in the repository', () => {
  it('include the national forms of the penalty procedure', () => {
    const national = loaded.filter((entry) => entry.file.startsWith('rulesets/national/')).map((entry) => entry.form.kind);
    expect(national).toEqual(expect.arrayContaining([
      'filing-approval', 'on-site-record', 'inquiry-record', 'penalty-notice', 'hearing-right-notice', 'legal-review-submission',
      'penalty-decision', 'seizure-record', 'delivery-record',
    ]));
  });

  // readFormFiles above already refused any schema that fails checkFormSchema (strict Ajv and the hostile-input guard).
  it.each(loaded.map((entry) => [entry.file, entry.form] as const))('%s: every field has a Chinese title and an English one, and its uiSchema matches', (_, form) => {
    expect(typeof form.schema['title'] === 'string' && CHINESE.test(form.schema['title'])).toBe(true);
    const missingTitles: string[] = [];
    untitled(form.schema, '', missingTitles);
    expect(missingTitles).toEqual([]);
    const mismatches: string[] = [];
    uiMismatches(form.schema, form.uiSchema, '', mismatches);
    expect(mismatches).toEqual([]);
    const properties = isObject(form.schema['properties']) ? Object.keys(form.schema['properties']) : [];
    expect(properties.filter((name) => !isObject(form.uiSchema[name]) || typeof form.uiSchema[name]['ui:enTitle'] !== 'string')).toEqual([]);
    expect(typeof form.uiSchema['ui:enTitle']).toBe('string');
  });

  it.each(Object.entries(ENGINE_FORM_FIELDS))('the national %s has every field the engine names, and hides only fields the engine can show', (kind, fields) => {
    const entry = loaded.find((each) => each.file === `rulesets/national/forms.json ${kind}`);
    expect(entry, kind).toBeDefined();
    const properties = isObject(entry?.form.schema['properties']) ? entry.form.schema['properties'] : {};
    expect(fields.filter((field) => !isObject(properties[field]))).toEqual([]);
    // A field shown only by the engine, which no engine rule names, would never appear.
    const hidden = Object.entries(entry?.form.uiSchema ?? {}).filter(([, ui]) => isObject(ui) && ui['ui:shownByEngine'] === true).map(([name]) => name);
    expect(hidden.filter((name) => !fields.includes(name))).toEqual([]);
  });

  it('hides engine-shown fields only in forms the engine has rules for', () => {
    for (const { file, form } of loaded) {
      const hidden = Object.values(form.uiSchema).some((ui) => isObject(ui) && ui['ui:shownByEngine'] === true);
      if (hidden) expect(Object.keys(ENGINE_FORM_FIELDS), file).toContain(form.kind);
    }
  });

  it('compiles Shaoyang market regulation with the national forms and its own review submission, which says why it replaces the national one', () => {
    const compiled = compileTenant({ rulesetsDir: `${REPO_ROOT}rulesets`, tenantsDir: `${REPO_ROOT}tenant-configs`, tenantCode: 'shaoyang' });
    expect(compiled.issues).toEqual([]);
    const scjg = compiled.config?.departments.find((department) => department.code === 'scjg');
    const forms = scjg?.kinds.forms ?? [];
    expect(forms.map((form) => form.id)).toEqual(expect.arrayContaining(Object.keys(ENGINE_FORM_FIELDS)));
    const review = forms.find((form) => form.id === 'legal-review-submission');
    expect(review?.provenance.file).toBe('tenant-configs/shaoyang/departments/scjg/forms.json');
    expect(review?.provenance.history.map((step) => step.action)).toEqual(['defined', 'overridden']);
    // The path in the effective configuration resolves beside the forms.json that named it.
    const file = join(REPO_ROOT, dirname(review?.provenance.file ?? ''), review?.value.schema ?? '');
    expect(existsSync(file)).toBe(true);
    const department = readFormFiles(join(REPO_ROOT, review?.provenance.file ?? ''), review?.value ?? { kind: '', schema: '' });
    expect(Object.keys(isObject(department.schema['properties']) ? department.schema['properties'] : {})).toContain('materialsWarranted');
  });
});
