import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NewPush, PushKind } from './push-store.ts';

// Test support: outbox rows as packages/disclosure writes them (publication.ts, withdrawal.ts), and a receiver's check.

export const ENDPOINT = { url: 'https://platform.hunan.example/api/disclosures', secret: 'test-secret-0123456789abcdefghijklmnop', tenantCode: 'shaoyang' };
export const TENANT = { id: 'tenant-shaoyang', code: 'shaoyang' };

export function publishedEvent(disclosureId = 'disc-1') {
  return {
    event: 'disclosure.published', disclosureId, item: 'penalty-decision', channels: ['gov-website', 'provincial-platform'],
    publishedAt: '2025-06-03T02:00:00.000Z', displayUntil: '2028-06-03',
    content: { decisionNumber: '邵市监罚〔2025〕12号', party: { kind: 'ORGANISATION', name: '某某食品有限公司' }, penalty: '罚款人民币五千元' },
  };
}

export function withdrawnEvent(disclosureId = 'disc-1') {
  return {
    event: 'disclosure.withdrawn', disclosureId, decisionNumber: '邵市监罚〔2025〕12号', withdrawnAt: '2025-09-01T01:00:00.000Z',
    reason: '原处罚决定被复议撤销', basis: '《行政处罚法》第四十八条第二款',
  };
}

export function newPush(kind: PushKind = 'PUBLISH', disclosureId = 'disc-1'): NewPush {
  return {
    tenantId: TENANT.id,
    disclosureId,
    kind,
    idempotencyKey: `${kind}:${disclosureId}`,
    payload: kind === 'PUBLISH' ? publishedEvent(disclosureId) : withdrawnEvent(disclosureId),
  };
}

/** What a careful receiver does: checks the signature over the raw body before trusting anything in it. */
export function validSignature(body: string, header: string | null, secret = ENDPOINT.secret): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(body, 'utf8').digest('hex'));
  const given = Buffer.from(header.slice('sha256='.length));
  return expected.length === given.length && timingSafeEqual(expected, given);
}
