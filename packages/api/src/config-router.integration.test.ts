import { fileURLToPath } from 'node:url';
import { compileTenant } from '@sanxiang/config';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantConfigCompiler } from './context.ts';
import { callerFor, seedFixtureTenant } from './test-fixtures.ts';

const repo = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
// The fixture tenants carry Shaoyang's real configuration, compiled through its layers.
const shaoyang: TenantConfigCompiler = async () =>
  compileTenant({ rulesetsDir: repo('rulesets'), tenantsDir: repo('tenant-configs'), tenantCode: 'shaoyang' });
const broken: TenantConfigCompiler = async () => ({
  issues: [{ file: 'tenant-configs/x/thresholds.json', line: 3, column: 7, pointer: '/thresholds/0/kind', code: 'JSON_SYNTAX', message: { zh: '取值无效', en: 'invalid value' } }],
});

describe(`configuration procedures on ${testDatabaseKind()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
    await seedFixtureTenant(database, 'alpha');
    await seedFixtureTenant(database, 'beta');
  });
  afterAll(async () => database?.close());

  it('lets a department admin publish, and stores a new version only when something changed', async () => {
    const admin = await callerFor(database, 'alpha', 'admin', shaoyang);
    const first = await admin.config.publish({ note: 'first' });
    expect(first).toMatchObject({ created: true, sequence: 1 });
    expect(await admin.config.publish({})).toMatchObject({ created: false, sequence: 1, hash: first.hash });
    expect((await admin.config.versions()).map((v) => v.sequence)).toEqual([1]);
    expect(await admin.config.diff({ from: 1, to: 1 })).toEqual([]);
    const rolled = await admin.config.rollback({ sequence: 1 });
    expect(rolled).toMatchObject({ created: true, sequence: 2, hash: first.hash });
  });

  it('refuses a broken configuration with every issue, and keeps the live version', async () => {
    const admin = await callerFor(database, 'alpha', 'admin', broken);
    const error = await admin.config.publish({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNPROCESSABLE_CONTENT' });
    const cause = (error as { cause?: { details?: Array<{ line: string }> } }).cause;
    expect(cause?.details?.[0]?.line).toBe('tenant-configs/x/thresholds.json:3:7 /thresholds/0/kind 取值无效 / invalid value');
    expect((await admin.config.versions()).map((v) => v.sequence)).toEqual([2, 1]);
  });

  it('keeps each tenant to its own versions', async () => {
    const betaAdmin = await callerFor(database, 'beta', 'admin', shaoyang);
    expect(await betaAdmin.config.versions()).toEqual([]);
    await expect(betaAdmin.config.diff({ from: 1, to: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets vendors and supervisors read but not publish, and officers not at all', async () => {
    const vendor = await callerFor(database, 'alpha', 'vendor', shaoyang);
    expect(await vendor.config.effective()).toMatchObject({ tenant: { code: 'shaoyang' } });
    await expect(vendor.config.publish({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const supervisor = await callerFor(database, 'alpha', 'supervisor', shaoyang);
    expect((await supervisor.config.versions()).length).toBe(2);
    const officer = await callerFor(database, 'alpha', 'officer', shaoyang);
    await expect(officer.config.versions()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
