import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestDatabase, testDatabaseKind } from '@sanxiang/db/testing';
import { describe, expect, it } from 'vitest';
import { loadTenants } from './bootstrap.ts';
import { repoRoot } from './env.ts';

describe(`loading tenant folders on ${testDatabaseKind()}`, () => {
  it('reports a malformed tenant folder with its path and still loads the others', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-tenants-'));
    fs.cpSync(path.join(repoRoot, 'tenant-configs/shaoyang'), path.join(root, 'shaoyang'), { recursive: true });
    fs.mkdirSync(path.join(root, 'broken'));
    fs.writeFileSync(path.join(root, 'broken', 'tenant.json'), '{ "code": "broken", "name": ');
    const database = await openTestDatabase();
    try {
      const lines: string[] = [];
      const loaded = await loadTenants(database, root, (line) => lines.push(line));
      expect(loaded.map((t) => t.code)).toEqual(['shaoyang']);
      expect(lines.some((line) => line.includes(path.join(root, 'broken', 'tenant.json')))).toBe(true);
      expect(await database.prisma.department.count()).toBeGreaterThan(3);
      // Loading again changes nothing: the directory sync is idempotent.
      await loadTenants(database, root, () => {});
      expect(await database.prisma.tenant.count()).toBe(1);
    } finally {
      await database.close();
    }
  });
});
