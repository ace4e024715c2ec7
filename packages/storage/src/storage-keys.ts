import { AppError } from '@sanxiang/errors';

// Lower case only: on a case-insensitive disk "Tenant-A" and "tenant-a" would share one folder. No dots or slashes,
// so a tenant id can never climb out of the storage root or name a hidden folder. Tenant ids are UUIDs or codes.
const TENANT_ID = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/;
// A key is the blob's SHA-256 and nothing else, so no key can address a path.
const BLOB_KEY = /^[0-9a-f]{64}$/;

const shown = (value: unknown): string => JSON.stringify(String(value).slice(0, 80));

export function assertTenantId(tenantId: unknown): string {
  if (typeof tenantId === 'string' && TENANT_ID.test(tenantId)) return tenantId;
  throw new AppError(
    'BAD_INPUT',
    {
      zh: `证据存储：单位标识 ${shown(tenantId)} 不合规，只能由小写字母、数字、“-”和“_”组成（1–64 个字符）。请使用会话中的单位标识。`,
      en: `Evidence storage: the tenant id ${shown(tenantId)} is not valid; it may hold only lower-case letters, digits, "-" and "_" (1–64 characters). Use the tenant id from the session.`,
    },
    { details: { field: 'tenantId' } },
  );
}

export function assertBlobKey(key: unknown): string {
  if (typeof key === 'string' && BLOB_KEY.test(key)) return key;
  throw new AppError(
    'BAD_INPUT',
    {
      zh: `证据存储：存储键 ${shown(key)} 不合规，应为 64 位小写十六进制的 SHA-256。请使用上传时返回的 key。`,
      en: `Evidence storage: the key ${shown(key)} is not valid; it must be a SHA-256 in 64 lower-case hex digits. Use the key that put returned.`,
    },
    { details: { field: 'key' } },
  );
}

/** `<tenantId>/<first two hex digits>/<sha256>`: the fan-out keeps any one folder to a few thousand entries. */
export function blobPathSegments(tenantId: string, key: string): [string, string, string] {
  return [assertTenantId(tenantId), assertBlobKey(key).slice(0, 2), key];
}

export function blobNotFound(key: string): AppError {
  return new AppError(
    'NOT_FOUND',
    {
      zh: `证据存储：本单位没有存储键为 ${key} 的文件。请确认该键来自本单位的证据记录。`,
      en: `Evidence storage: this tenant has no file with key ${key}. Check that the key comes from one of this tenant's evidence records.`,
    },
    { details: { key } },
  );
}
