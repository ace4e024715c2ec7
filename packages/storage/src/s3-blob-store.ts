import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import { Readable } from 'node:stream';
import { AppError } from '@sanxiang/errors';
import type { BlobStore, StoredBlob } from './blob-store.ts';
import { receiveUpload } from './receive-upload.ts';
import { EMPTY_PAYLOAD_SHA256, signRequest, type SigningCredentials } from './s3-signature.ts';
import { assertTenantId, blobNotFound, blobPathSegments } from './storage-keys.ts';

export interface S3BlobStoreOptions {
  /** Scheme, host and port of the S3-compatible service, e.g. `http://127.0.0.1:9000`. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `path` (default) puts the bucket in the path, as most self-hosted services expect; `virtual-host` in the host name. */
  addressing?: 'path' | 'virtual-host';
  /** Where an upload waits while it is hashed, before it is sent. Defaults to the system's temporary folder. */
  tempDir?: string;
  fetch?: typeof fetch;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Blobs in an S3-compatible bucket under `<tenantId>/<sha256[0..2]>/<sha256>`, spoken to with SigV4 over fetch.
 * S3 wants the payload hash before the body, so an upload is first received into a temporary file (hashed, counted
 * and type-checked there) and then streamed from that file. Objects are written with `If-None-Match: *`, so a
 * service that supports conditional writes never replaces one; the bucket should also have versioning or object lock.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  if (!BUCKET.test(options.bucket)) {
    throw new AppError('CONFIG_INVALID', {
      zh: `证据存储：存储桶名称 ${JSON.stringify(options.bucket)} 不合规。请检查 S3 存储配置。`,
      en: `Evidence storage: the bucket name ${JSON.stringify(options.bucket)} is not valid. Check the S3 storage settings.`,
    });
  }
  const doFetch = options.fetch ?? fetch;
  const endpoint = new URL(options.endpoint);
  const credentials: SigningCredentials = {
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    region: options.region,
    service: 's3',
  };
  const objectUrl = (tenantId: string, key: string): URL => {
    const objectPath = blobPathSegments(tenantId, key).join('/');
    const base = endpoint.pathname.replace(/\/+$/, '');
    if (options.addressing === 'virtual-host') {
      return new URL(`${endpoint.protocol}//${options.bucket}.${endpoint.host}${base}/${objectPath}`);
    }
    return new URL(`${endpoint.origin}${base}/${options.bucket}/${objectPath}`);
  };

  async function send(
    operation: 'GET' | 'HEAD' | 'PUT',
    url: URL,
    init: { headers?: Record<string, string>; payloadSha256?: string; body?: Readable } = {},
  ): Promise<Response> {
    const payloadSha256 = init.payloadSha256 ?? EMPTY_PAYLOAD_SHA256;
    const headers = signRequest(
      { method: operation, url, headers: { ...init.headers, 'x-amz-content-sha256': payloadSha256 }, payloadSha256 },
      credentials,
      new Date(),
    );
    // fetch sets Host from the URL; it refuses to be told one.
    delete headers.host;
    try {
      return await doFetch(url, { method: operation, headers, ...(init.body ? { body: webStreamOf(init.body), duplex: 'half' } : {}) });
    } catch (error) {
      throw new AppError(
        'UNAVAILABLE',
        {
          zh: `证据存储：无法连接 S3 存储服务 ${endpoint.origin}（${operation}）。请检查网络和存储服务是否运行。`,
          en: `Evidence storage: the S3 service at ${endpoint.origin} could not be reached (${operation}). Check the network and that the service is running.`,
        },
        { cause: error },
      );
    }
  }

  return {
    async put(source, putOptions): Promise<StoredBlob> {
      const tenantId = assertTenantId(putOptions.tenantId);
      const upload = await receiveUpload(source, {
        tempDir: options.tempDir ?? os.tmpdir(),
        maxBytes: putOptions.maxBytes,
        allowedTypes: putOptions.allowedTypes,
      });
      try {
        const stored: StoredBlob = { key: upload.sha256, sha256: upload.sha256, size: upload.size, contentType: upload.contentType };
        const url = objectUrl(tenantId, upload.sha256);
        const existing = await send('HEAD', url);
        await existing.body?.cancel();
        if (existing.ok) return stored;
        if (existing.status !== 404) throw await storageRefused('HEAD', url, existing);
        const response = await send('PUT', url, {
          headers: { 'content-length': String(upload.size), 'content-type': upload.contentType, 'if-none-match': '*' },
          payloadSha256: upload.sha256,
          body: createReadStream(upload.tempPath),
        });
        // 412: someone stored the same bytes between the HEAD and the PUT; content addressing makes that the same blob.
        if (!response.ok && response.status !== 412) throw await storageRefused('PUT', url, response);
        await response.body?.cancel();
        return stored;
      } finally {
        await rm(upload.tempPath, { force: true });
      }
    },

    async open(tenantId, key): Promise<Readable> {
      const url = objectUrl(tenantId, key);
      const response = await send('GET', url);
      if (response.status === 404) {
        await response.body?.cancel();
        throw blobNotFound(key);
      }
      if (!response.ok || !response.body) throw await storageRefused('GET', url, response);
      return Readable.from(chunksOf(response.body));
    },

    async stat(tenantId, key) {
      const url = objectUrl(tenantId, key);
      const response = await send('HEAD', url);
      await response.body?.cancel();
      if (response.status === 404) return undefined;
      if (!response.ok) throw await storageRefused('HEAD', url, response);
      return { size: Number(response.headers.get('content-length') ?? Number.NaN) };
    },
  };
}

/** S3 explains a refusal in an XML body; its `<Code>` (SignatureDoesNotMatch, AccessDenied…) is what an operator needs. */
async function storageRefused(operation: string, url: URL, response: Response): Promise<AppError> {
  const body = operation === 'HEAD' ? '' : (await response.text().catch(() => '')).slice(0, 4096);
  const code = /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1] ?? '';
  const status = `${response.status}${code ? ` ${code}` : ''}`;
  return new AppError(
    'UNAVAILABLE',
    {
      zh: `证据存储：S3 存储服务拒绝了 ${operation} ${url.pathname}，返回 ${status}。请检查存储服务地址、存储桶、访问密钥和服务器时钟。`,
      en: `Evidence storage: the S3 service refused ${operation} ${url.pathname} with ${status}. Check the service address, bucket, access keys and the server clock.`,
    },
    { details: { operation, status: response.status, code } },
  );
}

// Both directions go through the global ReadableStream, so this file type-checks under Node's types and under the
// browser's (the web app type-checks the API, and with it this package, against the DOM library).
function webStreamOf(source: Readable): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value as Uint8Array);
    },
    cancel(reason) {
      source.destroy(reason instanceof Error ? reason : undefined);
    },
  });
}

async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    reader.releaseLock();
  }
}
