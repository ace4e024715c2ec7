import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, FACT_CATALOGUE, STAGES } from './fact-catalogue.ts';
import { KIND_FILES } from './layer-folder.ts';

const schemaDir = fileURLToPath(new URL('../schemas', import.meta.url));
const tenantDir = fileURLToPath(new URL('../../../tenant-configs/shaoyang', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface SchemaNode {
  path: string;
  node: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every sub-schema with its path, walked without recursion. */
function subSchemas(schema: Record<string, unknown>): SchemaNode[] {
  const found: SchemaNode[] = [];
  const pending: SchemaNode[] = [{ path: '#', node: schema }];
  for (let current = pending.pop(); current; current = pending.pop()) {
    found.push(current);
    const { path, node } = current;
    for (const keyword of ['properties', 'definitions']) {
      const children = node[keyword];
      if (isRecord(children)) {
        for (const [name, child] of Object.entries(children)) {
          if (isRecord(child)) pending.push({ path: `${path}/${keyword}/${name}`, node: child });
        }
      }
    }
    if (isRecord(node['items'])) pending.push({ path: `${path}/items`, node: node['items'] });
  }
  return found;
}

const schemaFiles = readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json'));

describe('the published JSON Schemas', () => {
  it('are one per kind file, plus tenant, ruleset and golden case (a calendar overlay is the calendar package\'s)', () => {
    const expected = [...KIND_FILES, 'tenant.json', 'ruleset.json', 'golden-case.json'].map((name) => name.replace('.json', '.schema.json'));
    expect(schemaFiles.sort()).toEqual(expected.sort());
  });

  it.each(schemaFiles)('%s is draft-07, closed to unknown fields, and described in Chinese and English', (name) => {
    const schema: unknown = JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));
    if (!isRecord(schema)) throw new Error(`${name} is not an object`);
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    for (const { path, node } of subSchemas(schema)) {
      // A map whose keys follow a pattern (an overlay's years) is closed by that pattern instead.
      if (node['type'] === 'object' && !isRecord(node['propertyNames'])) expect({ path, additionalProperties: node['additionalProperties'] }).toEqual({ path, additionalProperties: false });
      if (/\/(properties|definitions)\/[^/]+$/.test(path)) {
        expect({ path, description: node['description'] }).toEqual({ path, description: expect.stringMatching(/\p{Script=Han}.* \/ [A-Za-z]/u) });
      }
    }
  });

  it.each(['tenant.json', 'enforcement-items.json'])('shaoyang/%s names a schema file that exists', (name) => {
    const file = join(tenantDir, name);
    const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const schemaPath = isRecord(content) ? content['$schema'] : undefined;
    expect(typeof schemaPath).toBe('string');
    expect(existsSync(resolve(dirname(file), String(schemaPath)))).toBe(true);
    expect(resolve(dirname(file), String(schemaPath))).toBe(join(schemaDir, name.replace('.json', '.schema.json')));
  });
});

function readSchema(name: string): Record<string, unknown> {
  const schema: unknown = JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));
  if (!isRecord(schema)) throw new Error(`${name} is not an object`);
  return schema;
}

describe('definitions shared between schemas', () => {
  it('are identical wherever they appear, so that editors and the loader agree', () => {
    const seen = new Map<string, { file: string; text: string }>();
    let compared = 0;
    for (const name of schemaFiles) {
      const definitions = readSchema(name)['definitions'];
      if (!isRecord(definitions)) continue;
      for (const [key, definition] of Object.entries(definitions)) {
        const text = JSON.stringify(definition);
        const first = seen.get(key);
        if (first && ['localText', 'basis', 'basisEntry', 'override', 'condition'].includes(key)) {
          expect({ key, file: name, text }).toEqual({ key, file: name, text: first.text });
          compared += 1;
        }
        if (!first) seen.set(key, { file: name, text });
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('list the same action types and stages as the fact catalogue', () => {
    const recording = readSchema('recording.schema.json');
    const text = JSON.stringify(recording);
    for (const action of ACTION_TYPES) expect(text).toContain(`"${action}"`);
    const actionFact = FACT_CATALOGUE.find((fact) => fact.name === 'actionType');
    expect(actionFact?.values).toEqual(ACTION_TYPES);
    const golden = readSchema('golden-case.schema.json');
    const properties = golden['properties'];
    const action = isRecord(properties) ? properties['action'] : undefined;
    expect(isRecord(action) ? action['enum'] : undefined).toEqual([...ACTION_TYPES]);
    expect(FACT_CATALOGUE.find((fact) => fact.name === 'stage')?.values).toEqual(STAGES);
  });
});

/** Every JSON file under a folder, except what another engineer owns (the national calendar) and RJSF form content. */
function configFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${join('national', 'calendar')}`) && basename(dirname(file)) !== 'forms')
    .sort();
}

describe('the configuration in the repository', () => {
  const files = [...configFiles(join(repoRoot, 'rulesets')), ...configFiles(join(repoRoot, 'tenant-configs'))];

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((file) => relative(repoRoot, file)))('%s names its schema by a relative path that exists', (name) => {
    const file = join(repoRoot, name);
    const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const schemaPath = isRecord(content) ? content['$schema'] : undefined;
    expect(typeof schemaPath).toBe('string');
    expect(String(schemaPath).startsWith('.')).toBe(true);
    const resolved = resolve(dirname(file), String(schemaPath));
    expect(existsSync(resolved)).toBe(true);
    const folder = basename(dirname(file));
    // A tenant's regional holiday overlay (calendar.json names it) is @sanxiang/calendar's format, not a config kind.
    const expected = folder === 'calendar'
      ? join(repoRoot, 'packages', 'calendar', 'schemas', 'calendar-overlay.schema.json')
      : join(schemaDir, folder === 'golden' ? 'golden-case.schema.json' : basename(file).replace('.json', '.schema.json'));
    expect(resolved).toBe(expected);
  });
});
