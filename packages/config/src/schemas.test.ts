import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const schemaDir = fileURLToPath(new URL('../schemas', import.meta.url));
const tenantDir = fileURLToPath(new URL('../../../tenant-configs/shaoyang', import.meta.url));

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
  it('are the two this slice defines', () => {
    expect(schemaFiles.sort()).toEqual(['enforcement-items.schema.json', 'tenant.schema.json']);
  });

  it.each(schemaFiles)('%s is draft-07, closed to unknown fields, and described in Chinese and English', (name) => {
    const schema: unknown = JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));
    if (!isRecord(schema)) throw new Error(`${name} is not an object`);
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    for (const { path, node } of subSchemas(schema)) {
      if (node['type'] === 'object') expect({ path, additionalProperties: node['additionalProperties'] }).toEqual({ path, additionalProperties: false });
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
