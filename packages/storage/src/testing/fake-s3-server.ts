import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * A tiny S3 on 127.0.0.1 that keeps objects on disk and checks every request's SigV4 signature and payload hash.
 * It re-derives the signature with its own code rather than the store's signer, so a mistake in the signer cannot
 * also hide in the check.
 */
export interface FakeS3 {
  endpoint: string;
  requests: Array<{ method: string; path: string; status: number }>;
  objectFile(key: string): string;
  close(): Promise<void>;
}

export interface FakeS3Options {
  dir: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

export async function startFakeS3(options: FakeS3Options): Promise<FakeS3> {
  const requests: FakeS3['requests'] = [];
  const objectFile = (key: string): string => path.join(options.dir, options.bucket, ...key.split('/'));

  const server = http.createServer((request, response) => {
    const reply = (status: number, code?: string, headers: Record<string, string | number> = {}): void => {
      requests.push({ method: request.method ?? '', path: request.url ?? '', status });
      const body = code && request.method !== 'HEAD' ? `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>` : '';
      response.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers });
      response.end(body);
    };
    handle(request, response, reply).catch((error: unknown) => {
      if (!response.headersSent) reply(500, `InternalError ${String(error)}`);
    });
  });

  async function handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    reply: (status: number, code?: string, headers?: Record<string, string | number>) => void,
  ): Promise<void> {
    const problem = checkSignature(request, options);
    if (problem) {
      request.resume();
      return reply(403, problem);
    }
    const url = new URL(request.url ?? '/', 'http://fake');
    const [, bucket, ...keyParts] = url.pathname.split('/').map(decodeURIComponent);
    if (bucket !== options.bucket) return reply(404, 'NoSuchBucket');
    if (keyParts.length === 0 || keyParts.some((part) => part === '' || part === '.' || part === '..')) return reply(400, 'InvalidObjectName');
    const file = objectFile(keyParts.join('/'));
    const size = await stat(file).then((info) => info.size, () => undefined);

    if (request.method === 'GET' || request.method === 'HEAD') {
      if (size === undefined) return reply(404, 'NoSuchKey');
      requests.push({ method: request.method, path: request.url ?? '', status: 200 });
      response.writeHead(200, { 'content-length': size });
      if (request.method === 'HEAD') return void response.end();
      await pipeline(createReadStream(file), response);
      return;
    }
    if (request.method !== 'PUT') return reply(405, 'MethodNotAllowed');
    const declaredLength = request.headers['content-length'];
    if (declaredLength === undefined) return reply(411, 'MissingContentLength');
    const temp = path.join(options.dir, `.put-${randomUUID()}`);
    const hash = createHash('sha256');
    let received = 0;
    await mkdir(options.dir, { recursive: true });
    await pipeline(
      request,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          received += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(temp),
    );
    try {
      if (hash.digest('hex') !== request.headers['x-amz-content-sha256']) return reply(400, 'XAmzContentSHA256Mismatch');
      if (received !== Number(declaredLength)) return reply(400, 'IncompleteBody');
      if (request.headers['if-none-match'] === '*' && size !== undefined) return reply(412, 'PreconditionFailed');
      await mkdir(path.dirname(file), { recursive: true });
      await rename(temp, file);
      return reply(200);
    } finally {
      await rm(temp, { force: true });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    objectFile,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Undefined when the request is signed by the expected key, else the error code S3 would answer with. */
function checkSignature(request: http.IncomingMessage, options: FakeS3Options): string | undefined {
  const match = AUTHORIZATION.exec(request.headers.authorization ?? '');
  if (!match) return 'AccessDenied';
  const [, accessKeyId, day = '', region, signedHeaderList = '', signature = ''] = match;
  if (accessKeyId !== options.accessKeyId) return 'InvalidAccessKeyId';
  const amzDate = String(request.headers['x-amz-date'] ?? '');
  if (region !== options.region || !amzDate.startsWith(day)) return 'AuthorizationHeaderMalformed';
  const sentAt = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  if (!(Math.abs(Date.now() - sentAt) < 15 * 60_000)) return 'RequestTimeTooSkewed';
  const signedHeaders = signedHeaderList.split(';');
  if (!['host', 'x-amz-date', 'x-amz-content-sha256'].every((name) => signedHeaders.includes(name))) return 'AccessDenied';

  const [rawPath = '/', rawQuery = ''] = (request.url ?? '/').split('?');
  const query = rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => (pair.includes('=') ? pair : `${pair}=`))
    .sort()
    .join('&');
  const headerLines = signedHeaders.map((name) => `${name}:${String(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonical = [request.method, rawPath, query, headerLines, signedHeaderList, request.headers['x-amz-content-sha256']].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${createHash('sha256').update(canonical).digest('hex')}`;
  const key = [region, 's3', 'aws4_request'].reduce<Buffer>(
    (previous, part) => createHmac('sha256', previous).update(part).digest(),
    createHmac('sha256', `AWS4${options.secretAccessKey}`).update(day).digest(),
  );
  const expected = createHmac('sha256', key).update(toSign).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex')) ? undefined : 'SignatureDoesNotMatch';
}
