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
      const loaded = await loadTenants(database, { tenantsDir: root, rulesetsDir: path.join(repoRoot, 'rulesets') }, (line) => lines.push(line));
      expect(loaded.map((t) => t.code)).toEqual(['shaoyang']);
      expect(lines.some((line) => line.includes(path.join(root, 'broken', 'tenant.json')))).toBe(true);
      expect(await database.prisma.department.count()).toBeGreaterThan(3);
      // Loading again changes nothing: the directory sync is idempotent and no new version is published.
      await loadTenants(database, { tenantsDir: root, rulesetsDir: path.join(repoRoot, 'rulesets') }, () => {});
      expect(await database.prisma.tenant.count()).toBe(1);
      expect(await database.prisma.configVersion.count()).toBe(1);

      // A configuration that stops compiling is reported and the live version stays.
      const thresholds = path.join(root, 'shaoyang', 'thresholds.json');
      fs.writeFileSync(thresholds, JSON.stringify({ thresholds: [{ id: 'x', kind: 'NOT_A_KIND', basis: [] }] }));
      const later: string[] = [];
      expect(await loadTenants(database, { tenantsDir: root, rulesetsDir: path.join(repoRoot, 'rulesets') }, (line) => later.push(line))).toEqual([]);
      expect(later.some((line) => line.includes(thresholds))).toBe(true);
      expect(later.some((line) => line.includes('live version stays'))).toBe(true);
      expect(await database.prisma.configVersion.count()).toBe(1);
    } finally {
      await database.close();
    }
  });
});
