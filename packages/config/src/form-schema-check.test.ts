import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTenant, ExtensionRegistry } from './index.ts';
import { standardFixture, writeFixture } from './test-layer-folders.ts';
import { makeTempRoot } from './test-tenant-folders.ts';

// Tenant form schemas are untrusted: the host's check (the server passes @sanxiang/forms' strict guard) runs on every
// referenced schema when a layer compiles, and its refusal is an issue located at the reference.
const temp = makeTempRoot();
afterAll(() => temp.remove());

function compileWithForm(name: string, schema: string, registry: ExtensionRegistry) {
  const root = join(temp.root, name);
  const fixture = standardFixture();
  fixture['tenant-configs/tt/forms.json'] = ['{', '  "forms": [', '    { "kind": "case-filing", "schema": "forms/case-filing.schema.json" }', '  ]', '}'];
  fixture['tenant-configs/tt/forms/case-filing.schema.json'] = [schema];
  writeFixture(root, fixture);
  return compileTenant({ rulesetsDir: join(root, 'rulesets'), tenantsDir: join(root, 'tenant-configs'), tenantCode: 'tt', extensions: registry });
}

/** Stands in for the host's guard: refuses any schema that points outside itself. */
const refusesRemoteRefs = (file: string) =>
  readFileSync(file, 'utf8').includes('"$ref": "http')
    ? [{ pointer: '/properties/party/$ref', zh: '不允许引用外部地址', en: 'a reference outside the schema is not allowed' }]
    : [];

describe('form schemas checked by the host while compiling', () => {
  it('refuse the configuration, at the reference in forms.json, naming the schema\'s own pointer', () => {
    const result = compileWithForm('remote', '{ "type": "object", "properties": { "party": { "$ref": "https://example.org/party.json" } } }', new ExtensionRegistry().checkFormSchemasWith(refusesRemoteRefs));
    expect(result.config).toBeUndefined();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'FORM_SCHEMA_REFUSED', pointer: '/forms/0/schema', line: 3 });
    expect(result.issues[0]?.file).toMatch(/tenant-configs\/tt\/forms\.json$/u);
    expect(result.issues[0]?.message.zh).toBe('表单「case-filing」的结构文件 forms/case-filing.schema.json 不可用（/properties/party/$ref）：不允许引用外部地址');
    expect(result.issues[0]?.message.en).toContain('is refused (at /properties/party/$ref): a reference outside the schema is not allowed');
  });

  it('let a sound schema through, and check nothing when the host registers no check', () => {
    const sound = compileWithForm('sound', '{ "type": "object", "properties": { "name": { "type": "string", "maxLength": 50 } } }', new ExtensionRegistry().checkFormSchemasWith(refusesRemoteRefs));
    expect(sound.issues).toEqual([]);
    expect(sound.config?.kinds.forms.map((form) => form.id)).toEqual(['case-filing']);
    const unchecked = compileWithForm('unchecked', '{ "type": "object", "properties": { "party": { "$ref": "https://example.org/party.json" } } }', new ExtensionRegistry());
    expect(unchecked.issues).toEqual([]);
  });
});
