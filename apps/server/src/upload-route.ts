// Evidence files over HTTP, beside tRPC.
//
// Upload:   POST /api/cases/:caseId/evidence?actionId=…&deviceId=…&certificateNumber=…&startedAt=…&endedAt=…&place=…
//                 [&fileName=…][&objectKey=…][&correctsId=…]
//           Content-Type: application/octet-stream; the body is the file's bytes, nothing else.
//           From a browser: xhr.open('POST', url); xhr.setRequestHeader('Content-Type', 'application/octet-stream');
//           xhr.upload.onprogress = …; xhr.send(file). The session cookie goes along by itself; sending a File gives
//           Content-Length, so a file over the tenant's limit is refused (413) before a byte of it is sent on.
//           Times are ISO 8601 with their offset (2025-09-02T10:00:00+08:00). The officer is the person signed in.
//           201 → the stored record as JSON; errors → { error: { code, text: { zh, en }, details } } with
//           400 (details.field names the field), 401, 403, 404, 409, 413, 415.
// Download: GET /api/evidence/:recordId → the bytes, with the type detected at upload and the SHA-256 as ETag.
//
// A plain byte body rather than multipart: nothing needs parsing before the bytes reach storage, and the type
// declared by a browser for a part would be ignored anyway (the content decides). Requiring application/octet-stream
// also keeps cross-site HTML forms out, since a form cannot send that type.
import type { IncomingMessage } from 'node:http';
import { httpErrorOf, openEvidenceFile, uploadEvidence, type EvidenceTransferOptions } from '@sanxiang/api';
import { AppError } from '@sanxiang/errors';
import { SESSION_COOKIE } from '@sanxiang/identity';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** After a refusal part-way through a body, at most this much more is read and dropped so the client sees the answer. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

const NOT_CONFIGURED = new AppError('UNAVAILABLE', {
  zh: '本服务器未配置证据存储，暂不能上传或下载证据文件。请联系管理员。',
  en: 'This server was started without evidence storage, so evidence files cannot be uploaded or downloaded. Contact the administrator.',
});

function sendError(reply: FastifyReply, error: unknown): FastifyReply {
  const { status, body } = httpErrorOf(error);
  return reply.code(status).header('cache-control', 'no-store').send(body);
}

/**
 * Reads and drops what is left of a request body, so that a refusal sent part-way through an upload reaches a client
 * still sending: answering and closing at once would reset the connection under it. A body that goes on past the drain
 * limit is cut off instead.
 */
function discardRest(raw: IncomingMessage): Promise<void> {
  if (raw.complete || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let dropped = 0;
    const done = () => {
      raw.off('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      dropped += chunk.byteLength;
      if (dropped > DRAIN_LIMIT_BYTES) {
        raw.destroy();
        done();
      }
    };
    raw.on('data', onData);
    raw.once('end', done);
    raw.once('close', done);
    raw.once('error', done);
    raw.resume();
  });
}

/** `attachment` with an ASCII fallback name and the real name in RFC 8187 encoding, which browsers prefer. */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^A-Za-z0-9._ -]/g, '_').slice(0, 150) || 'evidence';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function declaredLength(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** Registers the evidence routes. Without a store they answer 503, so a misconfigured server says so instead of 404. */
export async function registerEvidenceRoutes(app: FastifyInstance, options: EvidenceTransferOptions | undefined): Promise<void> {
  await app.register(async (scope) => {
    // In this scope only: leave every body unread, so the upload handler streams it after its checks.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

    scope.post<{ Params: { caseId: string }; Querystring: Record<string, unknown> }>('/api/cases/:caseId/evidence', async (request, reply) => {
      if (!options) return sendError(reply, NOT_CONFIGURED);
      const declaredType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      if (declaredType !== 'application/octet-stream') {
        return sendError(reply, new AppError('UNSUPPORTED_MEDIA_TYPE', {
          zh: '证据上传：请求体应为文件本身，Content-Type 须为 application/octet-stream（文件类型由服务器按内容识别）。',
          en: 'Evidence upload: send the file itself as the body with Content-Type application/octet-stream (the server detects the type from the content).',
        }, { details: { field: 'content-type', declared: declaredType ?? null } }));
      }
      let bodyTaken = false;
      try {
        const uploaded = await uploadEvidence(options, {
          sessionToken: request.cookies[SESSION_COOKIE],
          caseId: request.params.caseId,
          query: request.query,
          declaredBytes: declaredLength(request.headers['content-length']),
          body: () => {
            bodyTaken = true;
            // Not destroyed when storage stops reading early: the socket must live to carry the refusal.
            return request.raw.iterator({ destroyOnReturn: false });
          },
        });
        return reply.code(201).header('location', `/api/evidence/${uploaded.id}`).send(uploaded);
      } catch (error) {
        if (bodyTaken) await discardRest(request.raw);
        return sendError(reply, error);
      }
    });

    scope.get<{ Params: { recordId: string } }>('/api/evidence/:recordId', async (request, reply) => {
      if (!options) return sendError(reply, NOT_CONFIGURED);
      try {
        const file = await openEvidenceFile(options, { sessionToken: request.cookies[SESSION_COOKIE], recordId: request.params.recordId });
        return reply
          .header('content-type', file.mediaType)
          .header('content-length', String(file.size))
          .header('content-disposition', contentDisposition(file.fileName))
          .header('etag', `"${file.sha256}"`)
          .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
          // Evidence is shown as what it was detected to be, never sniffed into HTML, and never cached by a proxy.
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(file.stream);
      } catch (error) {
        return sendError(reply, error);
      }
    });
  });
}

