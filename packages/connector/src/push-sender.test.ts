import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINT, newPush, validSignature } from './push-fixtures.ts';
import { pushBody } from './push-envelope.ts';
import { pushOnce } from './push-sender.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const push = newPush();
const options = { timeoutMs: 200 };

describe('one push', () => {
  it('posts the canonical body with its idempotency key and a signature the receiver can check', async () => {
    const seen: { key: string | null; type: string | null; signed: boolean; body: string }[] = [];
    server.use(http.post(ENDPOINT.url, async ({ request }) => {
      const body = await request.text();
      seen.push({ key: request.headers.get('Idempotency-Key'), type: request.headers.get('Content-Type'), signed: validSignature(body, request.headers.get('X-Sanxiang-Signature')), body });
      return HttpResponse.json({ received: true }, { status: 201 });
    }));
    expect(await pushOnce(ENDPOINT, push, options)).toEqual({ result: 'DELIVERED', status: 201 });
    expect(seen).toEqual([{ key: 'PUBLISH:disc-1', type: 'application/json; charset=utf-8', signed: true, body: pushBody(push.payload) }]);
  });

  it('fails the signature check under another secret', async () => {
    let signed: boolean | null = null;
    server.use(http.post(ENDPOINT.url, async ({ request }) => {
      signed = validSignature(await request.text(), request.headers.get('X-Sanxiang-Signature'), 'some-other-secret-0123456789abcdef');
      return new HttpResponse(null, { status: 204 });
    }));
    await pushOnce(ENDPOINT, push, options);
    expect(signed).toBe(false);
  });

  it('retries later when the endpoint is down', async () => {
    server.use(http.post(ENDPOINT.url, () => HttpResponse.error()));
    const outcome = await pushOnce(ENDPOINT, push, options);
    expect(outcome.result).toBe('RETRY');
    expect(outcome).toMatchObject({ status: null, error: expect.stringContaining('network error') });
  });

  it('gives up on a slow answer after the timeout and retries later', async () => {
    server.use(http.post(ENDPOINT.url, async () => {
      await delay('infinite');
      return new HttpResponse(null, { status: 200 });
    }));
    expect(await pushOnce(ENDPOINT, push, { timeoutMs: 30 })).toEqual({ result: 'RETRY', status: null, error: 'no answer within 30 ms' });
  });

  it('retries after a 500, keeping what the server said', async () => {
    server.use(http.post(ENDPOINT.url, () => HttpResponse.text('database unavailable', { status: 500 })));
    expect(await pushOnce(ENDPOINT, push, options)).toEqual({ result: 'RETRY', status: 500, error: 'HTTP 500: database unavailable' });
  });

  it('reads Retry-After on a 429', async () => {
    server.use(http.post(ENDPOINT.url, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } })));
    expect(await pushOnce(ENDPOINT, push, options)).toMatchObject({ result: 'RETRY', status: 429, retryAfterMs: 120_000 });
  });

  it('takes a 409 for "already received": the earlier attempt arrived', async () => {
    server.use(http.post(ENDPOINT.url, () => HttpResponse.json({ error: 'duplicate idempotency key' }, { status: 409 })));
    expect(await pushOnce(ENDPOINT, push, options)).toEqual({ result: 'DELIVERED', status: 409 });
  });

  it('takes any other 4xx as a refusal that retrying cannot fix', async () => {
    server.use(http.post(ENDPOINT.url, () => HttpResponse.json({ error: 'field decisionNumber is required' }, { status: 422 })));
    const outcome = await pushOnce(ENDPOINT, push, options);
    expect(outcome).toMatchObject({ result: 'REJECTED', status: 422 });
    expect(outcome.result === 'REJECTED' && outcome.error).toContain('decisionNumber');
  });

  it('never sends over plain http to another host, nor without a secret, nor to a non-URL', async () => {
    // No handler is installed: any request would fail the test through onUnhandledRequest.
    expect(await pushOnce({ ...ENDPOINT, url: 'http://platform.hunan.example/api' }, push, options)).toMatchObject({ result: 'REJECTED', error: expect.stringContaining('https') });
    expect(await pushOnce({ ...ENDPOINT, secret: '' }, push, options)).toMatchObject({ result: 'REJECTED' });
    expect(await pushOnce({ ...ENDPOINT, url: 'not a url' }, push, options)).toMatchObject({ result: 'REJECTED' });
  });

  it('refuses a payload with no JSON form instead of throwing', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await pushOnce(ENDPOINT, { idempotencyKey: 'k', payload: cyclic }, options)).toMatchObject({ result: 'REJECTED', status: null });
  });
});
