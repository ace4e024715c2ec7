// msw 3 needs these on Node 20; the repository's integration config has no per-package setup files.
import './node20-test-polyfills.ts';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '@sanxiang/db/testing';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadLetters, drainPushes, resendDeadLetter } from './drain-pushes.ts';
import { ENDPOINT, publishedEvent, withdrawnEvent } from './push-fixtures.ts';
import type { NewPush, PushStore } from './push-store.ts';
import { prismaPushStore } from './prisma-push-store.ts';

const T0 = new Date('2025-06-03T02:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const policy = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };

describe(`the DisclosurePush outbox on ${testDatabaseKind()}`, () => {
  const server = setupServer();
  let db: TestDatabase;
  let store: PushStore;
  let tenantA: string;
  let tenantB: string;

  async function disclosureOf(tenantId: string): Promise<string> {
    const row = await db.prisma.disclosure.create({ data: { tenantId, itemKey: 'penalty-decision', channel: 'provincial-platform', dueDate: new Date('2025-06-12'), status: 'PUBLISHED', publishedAt: T0 } });
    return row.id;
  }
  const push = (tenantId: string, disclosureId: string, kind: 'PUBLISH' | 'WITHDRAW'): NewPush => ({
    tenantId, disclosureId, kind, idempotencyKey: `${kind}:${disclosureId}`, payload: kind === 'PUBLISH' ? publishedEvent(disclosureId) : withdrawnEvent(disclosureId),
  });

  beforeAll(async () => {
    server.listen({ onUnhandledFrame: 'error' });
    db = await openTestDatabase();
    store = prismaPushStore(db.prisma);
    tenantA = (await db.prisma.tenant.create({ data: { code: 'shaoyang', name: '邵阳市', region: '湖南省邵阳市', level: 'PREFECTURE' } })).id;
    tenantB = (await db.prisma.tenant.create({ data: { code: 'changji', name: '昌吉市', region: '新疆昌吉市', level: 'COUNTY' } })).id;
  });
  afterAll(async () => {
    server.close();
    await db?.close();
  });

  it('keeps one row per event, however often it is queued', async () => {
    const disclosureId = await disclosureOf(tenantA);
    const first = await store.enqueue(push(tenantA, disclosureId, 'PUBLISH'), T0);
    const second = await store.enqueue(push(tenantA, disclosureId, 'PUBLISH'), at(10));
    expect(second.id).toBe(first.id);
    expect(await db.prisma.disclosurePush.count({ where: { disclosureId } })).toBe(1);
    expect(first).toMatchObject({ status: 'PENDING', attempts: 0, version: 1, nextAttemptAt: T0, payload: publishedEvent(disclosureId) });
  });

  it('claims a due row once: a second claim in the lease finds nothing, and a stale outcome is not written', async () => {
    await db.prisma.disclosurePush.updateMany({ data: { status: 'SENT' } });
    const disclosureId = await disclosureOf(tenantA);
    await store.enqueue(push(tenantA, disclosureId, 'PUBLISH'), at(1000));
    expect(await store.claimDue(at(999), at(60_000), 10)).toEqual([]);
    const [claimed] = await store.claimDue(at(1000), at(60_000), 10);
    expect(claimed).toMatchObject({ attempts: 1, version: 2, nextAttemptAt: at(60_000) });
    expect(await store.claimDue(at(1000), at(60_000), 10)).toEqual([]);
    if (!claimed) throw new Error('nothing claimed');
    const update = { status: 'SENT' as const, attempts: 1, nextAttemptAt: at(1000), lastError: null, lastStatus: 200, sentAt: at(1000) };
    expect(await store.record(claimed, update)).toBe(true);
    expect(await store.record(claimed, update)).toBe(false);
    expect(await db.prisma.disclosurePush.findUniqueOrThrow({ where: { id: claimed.id } })).toMatchObject({ status: 'SENT', version: 3, lastStatus: 200 });
  });

  it('drains through the endpoint: a refusal goes to the dead letters of its own tenant only, and a re-send delivers it', async () => {
    await db.prisma.disclosurePush.updateMany({ data: { status: 'SENT' } });
    const disclosureId = await disclosureOf(tenantA);
    const row = await store.enqueue(push(tenantA, disclosureId, 'PUBLISH'), T0);
    const keys: string[] = [];
    let accept = false;
    server.use(http.post(ENDPOINT.url, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      return accept ? new HttpResponse(null, { status: 201 }) : HttpResponse.json({ error: 'unknown item' }, { status: 422 });
    }));
    const options = { endpointFor: () => ENDPOINT, timeoutMs: 1000, policy, random: () => 0 };

    expect(await drainPushes(store, T0, options)).toMatchObject({ claimed: 1, dead: 1 });
    const dead = await deadLetters(store, tenantA);
    expect(dead.map((letter) => [letter.id, letter.status, letter.lastStatus])).toEqual([[row.id, 'DEAD', 422]]);
    expect(dead[0]?.lastError).toContain('unknown item');
    expect(await deadLetters(store, tenantB)).toEqual([]);
    expect(await resendDeadLetter(store, tenantB, row.id, at(5000))).toBeNull();

    expect(await resendDeadLetter(store, tenantA, row.id, at(5000))).toMatchObject({ status: 'PENDING', attempts: 0 });
    accept = true;
    expect(await drainPushes(store, at(5000), options)).toMatchObject({ sent: 1 });
    expect(await db.prisma.disclosurePush.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'SENT', attempts: 1, sentAt: at(5000) });
    expect(keys).toEqual([row.idempotencyKey, row.idempotencyKey]);
  });

  it('holds a withdrawal until its publication is delivered, including one queued in the same instant', async () => {
    await db.prisma.disclosurePush.updateMany({ data: { status: 'SENT' } });
    const disclosureId = await disclosureOf(tenantA);
    // Both rows carry the same createdAt, as they would when one transaction publishes and withdraws.
    await db.prisma.disclosurePush.createMany({
      data: (['WITHDRAW', 'PUBLISH'] as const).map((kind) => ({ ...push(tenantA, disclosureId, kind), payload: {}, createdAt: T0, nextAttemptAt: T0 })),
    });
    const kinds: string[] = [];
    let first = true;
    server.resetHandlers(http.post(ENDPOINT.url, async ({ request }) => {
      const body = await request.json() as { kind: string };
      if (first) { first = false; return new HttpResponse(null, { status: 503 }); }
      kinds.push(body.kind);
      return new HttpResponse(null, { status: 200 });
    }));
    const options = { endpointFor: () => ENDPOINT, timeoutMs: 1000, policy, random: () => 0 };
    expect(await drainPushes(store, T0, options)).toMatchObject({ claimed: 2, retrying: 1, deferred: 1 });
    const withdrawal = await db.prisma.disclosurePush.findFirstOrThrow({ where: { disclosureId, kind: 'WITHDRAW' } });
    expect(withdrawal).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(withdrawal.lastError).toContain('PUBLISH');
    await drainPushes(store, at(60_000), options);
    expect(kinds).toEqual(['PUBLISH', 'WITHDRAW']);
    expect(await db.prisma.disclosurePush.count({ where: { disclosureId, status: 'SENT' } })).toBe(2);
  });
});
