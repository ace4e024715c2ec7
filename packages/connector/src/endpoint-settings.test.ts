import { describe, expect, it } from 'vitest';
import { pushSecretVariable, resolvePushEndpoint } from './endpoint-settings.ts';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const channels = [
  { code: 'gov-website' },
  { code: 'provincial-platform', push: { url: 'https://platform.hunan.example/api/disclosures' } },
];

describe('where a tenant pushes to', () => {
  it('names the secret variable after the tenant code', () => {
    expect(pushSecretVariable('hengyang-agri')).toBe('SANXIANG_PUSH_SECRET_HENGYANG_AGRI');
  });

  it('takes the URL from the channel that has one and the secret from the environment', () => {
    expect(resolvePushEndpoint({ tenantCode: 'shaoyang', channels, secrets: { SANXIANG_PUSH_SECRET_SHAOYANG: SECRET } })).toEqual({
      ok: true, channel: 'provincial-platform', endpoint: { url: 'https://platform.hunan.example/api/disclosures', secret: SECRET, tenantCode: 'shaoyang' },
    });
  });

  it('explains what is missing: no URL, two URLs, no secret, a short secret', () => {
    const problems = [
      resolvePushEndpoint({ tenantCode: 'shaoyang', channels: [{ code: 'gov-website' }], secrets: { SANXIANG_PUSH_SECRET_SHAOYANG: SECRET } }),
      resolvePushEndpoint({ tenantCode: 'shaoyang', channels: undefined, secrets: {} }),
      resolvePushEndpoint({ tenantCode: 'shaoyang', channels: [...channels, { code: 'b', push: { url: 'https://b.example' } }], secrets: { SANXIANG_PUSH_SECRET_SHAOYANG: SECRET } }),
      resolvePushEndpoint({ tenantCode: 'shaoyang', channels, secrets: {} }),
      resolvePushEndpoint({ tenantCode: 'shaoyang', channels, secrets: { SANXIANG_PUSH_SECRET_SHAOYANG: 'short' } }),
      resolvePushEndpoint({ tenantCode: 'shaoyang', channels, secrets: { SANXIANG_PUSH_SECRET_ZHONGSHAN: SECRET } }),
    ];
    expect(problems.map((result) => result.ok)).toEqual([false, false, false, false, false, false]);
    const texts = problems.map((result) => (result.ok ? '' : result.problem.en));
    expect(texts[0]).toContain('push URL');
    expect(texts[2]).toContain('Several channels');
    expect(texts[3]).toContain('SANXIANG_PUSH_SECRET_SHAOYANG');
    expect(texts[4]).toContain('32');
  });
});
