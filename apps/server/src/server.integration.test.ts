import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTenants } from './bootstrap.ts';
import { repoRoot } from './env.ts';
import { MAX_BATCH_SIZE, buildServer } from './server.ts';

describe(`the HTTP server on ${testDatabaseKind()}`, () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let webDist: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    console.log(`[integration] server tests run on ${database.label}`);
    await loadTenants(database, { tenantsDir: path.join(repoRoot, 'tenant-configs'), rulesetsDir: path.join(repoRoot, 'rulesets') }, () => {});
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-web-'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>三项制度</title>');
    app = await buildServer({ database, webDist, secureCookies: false, version: 'test' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("carries each tenant's own evidence upload cap from tenant.json to its row, and none where it sets none", async () => {
    const caps = Object.fromEntries((await database.prisma.tenant.findMany({ select: { code: true, evidenceMaxBytes: true } })).map((row) => [row.code, row.evidenceMaxBytes]));
    expect(caps['changji']).toBe(500n * 1_048_576n);
    expect(caps['shaoyang']).toBeNull();
  });

  it('answers /healthz with the database kind and migration state', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', db: database.kind, migrations: { state: 'up-to-date' } });
  });

  it('serves tRPC at /trpc', async () => {
    const response = await app.inject({ method: 'GET', url: '/trpc/tenant.directory' });
    expect(response.statusCode).toBe(200);
    const codes = response.json().result.data.json.map((t: { code: string }) => t.code);
    expect(codes).toContain('shaoyang');
  });

  it(`refuses a batch of more than ${MAX_BATCH_SIZE} calls`, async () => {
    const paths = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => 'system.health').join(',');
    const response = await app.inject({ method: 'GET', url: `/trpc/${paths}?batch=1&input={}` });
    expect(response.statusCode).toBe(400);
    const allowed = Array.from({ length: 2 }, () => 'system.health').join(',');
    expect((await app.inject({ method: 'GET', url: `/trpc/${allowed}?batch=1&input={}` })).statusCode).toBe(200);
  });

  it('sets an httpOnly session cookie on login and never returns a stack trace', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      payload: { json: { tenantCode: 'shaoyang', username: 'nobody', password: 'wrong-password' } },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.body).not.toMatch(/\bat .+\.ts:\d+/);
    expect(bad.json().error.json.data.appError.text.en).toContain('not correct');
  });

  it('serves the web app, and index.html for client-side routes', async () => {
    const root = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('三项制度');
    const deep = await app.inject({ method: 'GET', url: '/cases/123', headers: { accept: 'text/html' } });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('三项制度');
    const missing = await app.inject({ method: 'GET', url: '/nothing.json', headers: { accept: 'application/json' } });
    expect(missing.statusCode).toBe(404);
  });
});
