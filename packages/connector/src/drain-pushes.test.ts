import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deadLetters, type DrainOptions, drainPushes, resendDeadLetter } from './drain-pushes.ts';
import { InMemoryPushStore } from './in-memory-push-store.ts';
import { pushBody, pushEnvelope } from './push-envelope.ts';
import { ENDPOINT, newPush, TENANT, validSignature } from './push-fixtures.ts';
import type { PushRecord } from './push-store.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const T0 = new Date('2025-06-03T02:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000 };
const options: DrainOptions = { endpointFor: () => ENDPOINT, timeoutMs: 100, policy, random: () => 0 };

/** A receiver that stores each idempotency key once, as the README asks of a provincial platform. */
function receiver() {
  const stored = new Map<string, unknown>();
  const requests: { key: string; kind: string; signed: boolean; body: string }[] = [];
  const receive = async (request: Request) => {
    const body = await request.text();
    const key = request.headers.get('Idempotency-Key') ?? '';
    const payload = JSON.parse(body) as { kind: string };
    requests.push({ key, kind: payload.kind, signed: validSignature(body, request.headers.get('X-Sanxiang-Signature')), body });
    if (stored.has(key)) return HttpResponse.json({ error: 'already received' }, { status: 409 });
    stored.set(key, payload);
    return HttpResponse.json({ ok: true }, { status: 201 });
  };
  return { stored, requests, receive };
}

let store: InMemoryPushStore;
let push: PushRecord;
beforeEach(async () => {
  store = new InMemoryPushStore();
  push = await store.enqueue(newPush('PUBLISH'), T0);
});
const row = () => store.rows.get(push.id) as PushRecord;

describe('draining the outbox', () => {
  it('sends a due push once and records it SENT', async () => {
    const platform = receiver();
    server.use(http.post(ENDPOINT.url, ({ request }) => platform.receive(request)));
    expect(await drainPushes(store, T0, options)).toMatchObject({ claimed: 1, sent: 1 });
    expect(row()).toMatchObject({ status: 'SENT', attempts: 1, lastStatus: 201, lastError: null, sentAt: T0 });
    expect(platform.requests).toEqual([{ key: 'PUBLISH:disc-1', kind: 'PUBLISH', signed: true, body: pushBody(pushEnvelope(push, 'shaoyang')) }]);
    expect(JSON.parse(platform.requests[0]?.body ?? '{}')).toMatchObject({ tenant: { id: TENANT.id, code: 'shaoyang' }, event: { event: 'disclosure.published' } });
    expect(await drainPushes(store, at(60_000), options)).toMatchObject({ claimed: 0 });
  });

  it('endpoint down: backs off, leaves it alone until then, and delivers once the platform is back', async () => {
    server.use(http.post(ENDPOINT.url, () => HttpResponse.error()));
    expect(await drainPushes(store, T0, options)).toMatchObject({ retrying: 1 });
    expect(row()).toMatchObject({ status: 'PENDING', attempts: 1, nextAttemptAt: at(500), lastStatus: null });
    expect(row().lastError).toContain('network error');
    expect(await drainPushes(store, at(499), options)).toMatchObject({ claimed: 0 });

    const platform = receiver();
    server.resetHandlers(http.post(ENDPOINT.url, ({ request }) => platform.receive(request)));
    expect(await drainPushes(store, at(500), options)).toMatchObject({ sent: 1 });
    expect(row()).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('slow endpoint: times out, then succeeds on the retry with the same idempotency key', async () => {
    const keys: (string | null)[] = [];
    let calls = 0;
    server.use(http.post(ENDPOINT.url, async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      calls += 1;
      if (calls === 1) await delay('infinite');
      return new HttpResponse(null, { status: 204 });
    }));
    expect(await drainPushes(store, T0, options)).toMatchObject({ retrying: 1 });
    expect(row().lastError).toBe('no answer within 100 ms');
    expect(await drainPushes(store, at(500), options)).toMatchObject({ sent: 1 });
    expect(keys).toEqual(['PUBLISH:disc-1', 'PUBLISH:disc-1']);
  });

  it('500 then 200: records the 500, then SENT', async () => {
    server.use(
      http.post(ENDPOINT.url, () => HttpResponse.text('upstream busy', { status: 500 }), { once: true }),
      http.post(ENDPOINT.url, () => new HttpResponse(null, { status: 200 })),
    );
    await drainPushes(store, T0, options);
    expect(row()).toMatchObject({ status: 'PENDING', lastStatus: 500, lastError: 'HTTP 500: upstream busy' });
    await drainPushes(store, at(500), options);
    expect(row()).toMatchObject({ status: 'SENT', lastStatus: 200, attempts: 2 });
  });

  it('answering twice: a delivery whose answer was lost is sent again, and the 409 for the same key counts as delivered', async () => {
    const platform = receiver();
    let first = true;
    server.use(http.post(ENDPOINT.url, async ({ request }) => {
      const response = await platform.receive(request);
      // The platform stored the first one, but its answer never came back in time.
      if (first) { first = false; await delay('infinite'); }
      return response;
    }));
    await drainPushes(store, T0, options);
    expect(row().status).toBe('PENDING');
    await drainPushes(store, at(500), options);
    expect(row()).toMatchObject({ status: 'SENT', lastStatus: 409 });
    expect(platform.requests.map((request) => request.key)).toEqual(['PUBLISH:disc-1', 'PUBLISH:disc-1']);
    expect(platform.stored.size).toBe(1);
  });

  it('4xx: goes straight to the dead letters, and a re-send delivers it with the same key', async () => {
    server.use(http.post(ENDPOINT.url, () => HttpResponse.json({ error: 'unknown itemKey' }, { status: 422 })));
    expect(await drainPushes(store, T0, options)).toMatchObject({ dead: 1 });
    const dead = await deadLetters(store, TENANT.id);
    expect(dead.map((letter) => [letter.id, letter.status, letter.lastStatus, letter.attempts])).toEqual([[push.id, 'DEAD', 422, 1]]);
    expect(dead[0]?.lastError).toContain('unknown itemKey');
    expect(await drainPushes(store, at(3_600_000), options)).toMatchObject({ claimed: 0 });

    expect(await resendDeadLetter(store, 'another-tenant', push.id, at(10_000))).toBeNull();
    expect(await resendDeadLetter(store, TENANT.id, push.id, at(10_000))).toMatchObject({ status: 'PENDING', attempts: 0 });
    const platform = receiver();
    server.resetHandlers(http.post(ENDPOINT.url, ({ request }) => platform.receive(request)));
    expect(await drainPushes(store, at(10_000), options)).toMatchObject({ sent: 1 });
    expect(platform.requests.map((request) => request.key)).toEqual([push.idempotencyKey]);
    expect(await deadLetters(store, TENANT.id)).toEqual([]);
  });

  it('gives up after the last attempt and keeps the last error', async () => {
    server.use(http.post(ENDPOINT.url, () => new HttpResponse('maintenance', { status: 503 })));
    let now = T0;
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt += 1) {
      await drainPushes(store, now, options);
      now = row().nextAttemptAt;
    }
    expect(row()).toMatchObject({ status: 'DEAD', attempts: 4, lastStatus: 503, lastError: 'HTTP 503: maintenance' });
  });

  it('holds a withdrawal back until its publication is delivered, then sends them in order', async () => {
    const withdrawal = await store.enqueue(newPush('WITHDRAW'), at(1));
    const platform = receiver();
    server.use(
      http.post(ENDPOINT.url, () => new HttpResponse(null, { status: 502 }), { once: true }),
      http.post(ENDPOINT.url, ({ request }) => platform.receive(request)),
    );
    expect(await drainPushes(store, at(1), options)).toMatchObject({ retrying: 1, deferred: 1 });
    expect(store.rows.get(withdrawal.id)).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(store.rows.get(withdrawal.id)?.lastError).toContain('waiting for the earlier PUBLISH');

    await drainPushes(store, at(60_000), options);
    expect(platform.requests.map((request) => request.kind)).toEqual(['PUBLISH', 'WITHDRAW']);
    expect(store.rows.get(withdrawal.id)?.status).toBe('SENT');
  });

  it('does not let a second drainer take pushes that are in flight', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    let requests = 0;
    server.use(http.post(ENDPOINT.url, async () => {
      requests += 1;
      await released;
      return new HttpResponse(null, { status: 200 });
    }));
    const first = drainPushes(store, T0, { ...options, timeoutMs: 5000 });
    await delay(20);
    expect(await drainPushes(store, T0, options)).toMatchObject({ claimed: 0 });
    release();
    expect(await first).toMatchObject({ sent: 1 });
    expect(requests).toBe(1);
  });

  it('marks pushes of a tenant with no endpoint DEAD with the reason, without sending anything', async () => {
    expect(await drainPushes(store, T0, { ...options, endpointFor: () => null })).toMatchObject({ dead: 1 });
    expect(row().lastError).toContain('未配置省级平台推送地址');
  });

  it('refuses to enqueue the same event twice', async () => {
    const again = await store.enqueue(newPush('PUBLISH'), at(5));
    expect(again.id).toBe(push.id);
    expect(store.rows.size).toBe(1);
  });
});
