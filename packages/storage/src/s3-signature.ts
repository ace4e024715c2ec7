import { createHash, createHmac } from 'node:crypto';

/** SHA-256 of no bytes: the payload hash of every GET and HEAD. */
export const EMPTY_PAYLOAD_SHA256 = createHash('sha256').digest('hex');

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** `s3` for object storage; AWS's generic test vectors use `service`. */
  service: string;
}

export interface RequestToSign {
  method: string;
  url: URL;
  /** Every header to sign and send, except `host` and `x-amz-date`, which signing adds. */
  headers: Readonly<Record<string, string>>;
  /** Lower-case hex SHA-256 of the body. */
  payloadSha256: string;
}

/**
 * AWS Signature Version 4 for S3: returns the headers to send, `authorization` included. Paths are encoded once,
 * the S3 way (other AWS services encode them twice), so this signer is for object storage only.
 */
export function signRequest(request: RequestToSign, credentials: SigningCredentials, now: Date): Record<string, string> {
  const amzDate = now.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { host: request.url.host, 'x-amz-date': amzDate };
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  const { text, signedHeaders } = canonicalRequest(request.method, request.url, headers, request.payloadSha256);
  const scope = `${day}/${credentials.region}/${credentials.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(text)].join('\n');
  let key = hmac(`AWS4${credentials.secretAccessKey}`, day);
  for (const part of [credentials.region, credentials.service, 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}

/** The canonical request of SigV4, exposed so tests can compare it with AWS's documented text. */
export function canonicalRequest(
  method: string,
  url: URL,
  headers: Readonly<Record<string, string>>,
  payloadSha256: string,
): { text: string; signedHeaders: string } {
  const names = Object.keys(headers).map((name) => name.toLowerCase()).sort();
  const lowered = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const canonicalHeaders = names.map((name) => `${name}:${(lowered.get(name) ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const text = [method.toUpperCase(), canonicalPath(url), canonicalQuery(url), canonicalHeaders, signedHeaders, payloadSha256].join('\n');
  return { text, signedHeaders };
}

/** RFC 3986 encoding: everything but letters, digits and `-._~`. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalPath(url: URL): string {
  return url.pathname
    .split('/')
    .map((segment) => encodeRfc3986(decodeURIComponent(segment)))
    .join('/');
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams]
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
