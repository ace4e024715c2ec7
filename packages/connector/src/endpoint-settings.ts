import type { LocalText } from '@sanxiang/errors';
import type { TenantEndpoint } from './drain-pushes.ts';

/**
 * Where a tenant's pushes go. The tenant configuration declares disclosure channels (tenant.schema.json,
 * `disclosureChannels`: code and name) but no address to push to, so this reads a proposed optional field on a
 * channel, `"push": { "url": "https://…" }` — the URL is not secret and belongs with the tenant's other settings.
 * The signing secret is secret: it comes from the server's environment (`SANXIANG_PUSH_SECRET_<TENANT>`, read by
 * apps/server's env.ts and handed in here), never from a file in the repository.
 */
export interface ChannelSettings {
  code: string;
  push?: { url?: unknown } | null;
}

/** `shaoyang` → `SANXIANG_PUSH_SECRET_SHAOYANG`; `hengyang-agri` → `SANXIANG_PUSH_SECRET_HENGYANG_AGRI`. */
export function pushSecretVariable(tenantCode: string): string {
  return `SANXIANG_PUSH_SECRET_${tenantCode.toUpperCase().replace(/[^A-Z0-9]/gu, '_')}`;
}

export type EndpointResolution =
  | { ok: true; endpoint: TenantEndpoint; channel: string }
  | { ok: false; problem: LocalText };

// A secret shorter than this is guessable by brute force against a captured body and signature.
const MIN_SECRET_LENGTH = 32;

export function resolvePushEndpoint(input: { tenantCode: string; channels: readonly ChannelSettings[] | undefined; secrets: Readonly<Record<string, string | undefined>> }): EndpointResolution {
  const pushing = (input.channels ?? []).filter((channel) => channel.push && typeof channel.push.url === 'string');
  if (pushing.length === 0) {
    return { ok: false, problem: { zh: `租户 ${input.tenantCode} 的公示渠道中没有配置推送地址（push.url）`, en: `No disclosure channel of tenant ${input.tenantCode} has a push URL (push.url)` } };
  }
  if (pushing.length > 1) {
    return { ok: false, problem: { zh: `租户 ${input.tenantCode} 有多个渠道配置了推送地址，请只保留一个`, en: `Several channels of tenant ${input.tenantCode} have a push URL; keep one` } };
  }
  const channel = pushing[0] as ChannelSettings & { push: { url: string } };
  const variable = pushSecretVariable(input.tenantCode);
  const secret = input.secrets[variable];
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    return { ok: false, problem: { zh: `服务器环境变量 ${variable} 未设置或短于 ${MIN_SECRET_LENGTH} 个字符，无法签名推送`, en: `The server variable ${variable} is unset or shorter than ${MIN_SECRET_LENGTH} characters, so pushes cannot be signed` } };
  }
  return { ok: true, endpoint: { url: channel.push.url, secret, tenantCode: input.tenantCode }, channel: channel.code };
}
