import { createHmac } from 'node:crypto';
import { pushBody } from './push-envelope.ts';

export interface PushEndpoint {
  url: string;
  /** The tenant's shared secret for HMAC signatures; comes from the server's environment, never from a file in git. */
  secret: string;
}

export interface OutgoingPush {
  idempotencyKey: string;
  payload: unknown;
}

/**
 * What one attempt came to:
 * - DELIVERED: 2xx, or 409 — the receiver says it already holds this idempotency key, which means an earlier attempt
 *   arrived even though its answer was lost (a slow reply, a dropped connection).
 * - RETRY: the receiver may accept it later: no connection, timeout, 408, 425, 429 or 5xx.
 * - REJECTED: the receiver refuses this request as it stands (other 4xx, or a bad endpoint); retrying cannot help.
 */
export type PushOutcome =
  | { result: 'DELIVERED'; status: number }
  | { result: 'RETRY'; status: number | null; error: string; retryAfterMs?: number }
  | { result: 'REJECTED'; status: number | null; error: string };

export interface PushOnceOptions {
  timeoutMs: number;
  /** Injected so tests and the server choose the client; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export const SIGNATURE_HEADER = 'X-Sanxiang-Signature';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** `sha256=<hex>`: HMAC-SHA256 of the raw body bytes with the tenant's secret (README.md, "Verifying a push"). */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

const RETRYABLE = new Set([408, 425, 429]);
const ERROR_TEXT_LIMIT = 500;

// Only https leaves the machine; plain http is for a receiver on the same host (tests, a local relay).
function endpointProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `endpoint URL is not a URL: ${url.slice(0, 200)}`;
  }
  if (parsed.protocol === 'https:') return null;
  const loopback = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1' || parsed.hostname === '[::1]';
  if (parsed.protocol === 'http:' && loopback) return null;
  return `endpoint must use https: ${parsed.protocol}//${parsed.host}`;
}

/** Seconds or an HTTP date, as RFC 9110 §10.2.3 allows; anything else is ignored. */
function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d{1,7}$/u.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function responseText(response: Response): Promise<string> {
  try {
    return (await response.text()).slice(0, ERROR_TEXT_LIMIT);
  } catch {
    return '';
  }
}

/** One POST of one push. Never throws: every failure becomes an outcome the retry policy can judge. */
export async function pushOnce(endpoint: PushEndpoint, push: OutgoingPush, options: PushOnceOptions): Promise<PushOutcome> {
  const problem = endpointProblem(endpoint.url);
  if (problem) return { result: 'REJECTED', status: null, error: problem };
  if (!endpoint.secret) return { result: 'REJECTED', status: null, error: 'no signing secret is configured for this tenant' };
  let body: string;
  try {
    body = pushBody(push.payload);
  } catch (error) {
    return { result: 'REJECTED', status: null, error: `payload has no JSON form: ${(error as Error).message}` };
  }
  const send = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await send(endpoint.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        [IDEMPOTENCY_HEADER]: push.idempotencyKey,
        [SIGNATURE_HEADER]: signBody(body, endpoint.secret),
      },
      body,
      signal: controller.signal,
      redirect: 'error',
    });
    const status = response.status;
    if ((status >= 200 && status < 300) || status === 409) {
      await response.body?.cancel().catch(() => undefined);
      return { result: 'DELIVERED', status };
    }
    const text = await responseText(response);
    const error = `HTTP ${status}${text ? `: ${text}` : ''}`;
    if (status >= 500 || RETRYABLE.has(status)) {
      const after = retryAfterMs(response.headers.get('Retry-After'), Date.now());
      return after === undefined ? { result: 'RETRY', status, error } : { result: 'RETRY', status, error, retryAfterMs: after };
    }
    return { result: 'REJECTED', status, error };
  } catch (error) {
    if (controller.signal.aborted) return { result: 'RETRY', status: null, error: `no answer within ${options.timeoutMs} ms` };
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return { result: 'RETRY', status: null, error: `network error: ${cause?.code ?? cause?.message ?? (error as Error).message}`.slice(0, ERROR_TEXT_LIMIT) };
  } finally {
    clearTimeout(timer);
  }
}
