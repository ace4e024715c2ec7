import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pushBody, pushEnvelope } from './push-envelope.ts';
import { newPush, publishedEvent, TENANT, withdrawnEvent } from './push-fixtures.ts';

interface SchemaNode { required?: string[]; properties?: Record<string, SchemaNode>; definitions?: Record<string, SchemaNode> }
const schema = JSON.parse(readFileSync(new URL('../schemas/disclosure-push.schema.json', import.meta.url), 'utf8')) as SchemaNode;
const createdAt = new Date('2025-06-03T02:00:00.123Z');

describe('the push envelope', () => {
  it('wraps the outbox event with what a receiver needs to file it', () => {
    const envelope = pushEnvelope({ ...newPush('PUBLISH'), createdAt }, 'shaoyang');
    expect(envelope).toEqual({
      schemaVersion: '1', kind: 'PUBLISH', idempotencyKey: 'PUBLISH:disc-1', tenant: { id: TENANT.id, code: 'shaoyang' },
      disclosureId: 'disc-1', queuedAt: '2025-06-03T02:00:00.123Z', event: publishedEvent(),
    });
  });

  it('writes the same bytes for the same row whatever the key order, so retries send and sign the same body', () => {
    const row = { ...newPush('WITHDRAW'), createdAt };
    const shuffled = { ...row, payload: Object.fromEntries(Object.entries(withdrawnEvent()).reverse()) };
    expect(pushBody(pushEnvelope(shuffled, null))).toBe(pushBody(pushEnvelope(row, null)));
  });

  it('matches the JSON Schema: the envelope fields, and the fields of both events', () => {
    const envelope = pushEnvelope({ ...newPush('PUBLISH'), createdAt }, 'shaoyang') as unknown as Record<string, unknown>;
    expect(Object.keys(envelope).sort()).toEqual([...(schema.required ?? [])].sort());
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(envelope).sort());
    expect(Object.keys(publishedEvent()).sort()).toEqual([...(schema.definitions?.published?.required ?? [])].sort());
    expect(Object.keys(withdrawnEvent()).sort()).toEqual([...(schema.definitions?.withdrawn?.required ?? [])].sort());
  });
});
