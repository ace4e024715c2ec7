import type { Readable } from 'node:stream';
import { accessibleBy, defineAbilityFor, subject, type AppAbility } from '@sanxiang/authz';
import { scopeToTenant, type Database, type EvidenceKind, type TenantScopedClient } from '@sanxiang/db';
import { AppError, HTTP_STATUS_OF, isAppError, type AppErrorCode, type LocalText } from '@sanxiang/errors';
import { resolveSession } from '@sanxiang/identity';
import { describeBytes, EVIDENCE_TYPES, type BlobSource, type BlobStore, type DetectedType, type UploadRefusal } from '@sanxiang/storage';
import { assertNotCorrected, certificateForAct, loadCaseRecord, recordEvidence, type CaseEngines } from '@sanxiang/workflow';
import { toAppError } from '../../errors.ts';
import { parseUploadMetadata } from './upload-metadata.ts';

// Evidence files travel outside tRPC (a tRPC call carries JSON, not a 2 GB video), so the same ladder as
// `tenantProcedure` is walked here by hand: session, tenant, CASL, tenant-scoped client.

/** What a server gives the evidence routes. */
export interface EvidenceTransferOptions {
  database: Database;
  store: BlobStore;
  /** The tenant's upload limit in bytes (default `DEFAULT_EVIDENCE_MAX_BYTES`); receiving stops at the first byte past it. */
  maxBytesFor?(tenant: { id: string; code: string }): number;
  now?: () => Date;
}

/** 2 GiB: about an hour of a body camera's 1080p video. A tenant may be given less or more. */
export const DEFAULT_EVIDENCE_MAX_BYTES = 2 * 1024 ** 3;

interface TenantActor {
  user: { id: string };
  tenant: { id: string; code: string; region: string; evidenceMaxBytes: bigint | null };
  ability: AppAbility;
  db: TenantScopedClient;
}

async function tenantActor(options: EvidenceTransferOptions, sessionToken: string | undefined, permission: Parameters<AppAbility['can']>): Promise<TenantActor> {
  const user = await resolveSession(options.database.prisma, sessionToken);
  if (!user) throw new AppError('UNAUTHENTICATED', { zh: '请先登录。', en: 'Please sign in first.' });
  const tenant = await options.database.prisma.tenant.findUnique({ where: { id: user.tenantId } });
  if (!tenant) throw new AppError('UNAUTHENTICATED', { zh: '所属单位不存在，请重新登录。', en: 'Your tenant no longer exists; sign in again.' });
  const ability = defineAbilityFor(user);
  if (!ability.can(...permission)) throw new AppError('FORBIDDEN', { zh: '您的角色无权执行此操作。', en: 'Your role may not do this.' });
  return { user, tenant, ability, db: scopeToTenant(options.database.prisma, tenant.id) };
}

/** The server's cap, lowered by the tenant's own (tenant.json `evidence.maxUploadMb`), never raised by it. */
export function uploadLimit(serverCap: number, tenantCap: bigint | null): number {
  return tenantCap === null ? serverCap : Math.min(serverCap, Number(tenantCap));
}

/** recordEvidence judges no gates, so it never asks for an engine. */
const NO_ENGINES: CaseEngines = {
  forVersion() {
    throw new Error('evidence uploads evaluate no rules');
  },
};

const KIND_OF_TYPE: Record<string, EvidenceKind> = { image: 'PHOTO', video: 'VIDEO', audio: 'AUDIO', application: 'DOCUMENT', text: 'TEXT' };
const EXTENSION_OF_TYPE: Partial<Record<DetectedType, string>> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/heic': 'heic', 'video/mp4': 'mp4',
  'video/quicktime': 'mov', 'video/3gpp': '3gp', 'video/x-msvideo': 'avi', 'audio/mpeg': 'mp3', 'audio/mp4': 'm4a', 'audio/wav': 'wav',
  'audio/amr': 'amr', 'audio/amr-wb': 'awb', 'audio/ogg': 'ogg', 'application/pdf': 'pdf', 'text/plain': 'txt',
};

const UPLOAD_REFUSAL_CODE: Partial<Record<UploadRefusal['reason'], AppErrorCode>> = {
  TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TYPE_NOT_ALLOWED: 'UNSUPPORTED_MEDIA_TYPE',
  UNKNOWN_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  EXECUTABLE: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Storage refuses with BAD_INPUT and a reason; over HTTP "too large" and "wrong type" have statuses of their own. */
function uploadRefusal(error: unknown): unknown {
  if (!isAppError(error) || error.code !== 'BAD_INPUT') return error;
  const reason = (error.details as Partial<UploadRefusal> | undefined)?.reason;
  const code = reason ? UPLOAD_REFUSAL_CODE[reason] : undefined;
  return code ? new AppError(code, error.text, { details: error.details, cause: error }) : error;
}

export interface UploadRequest {
  sessionToken: string | undefined;
  caseId: string;
  query: Readonly<Record<string, unknown>>;
  /** The declared length, when the client sent one: a file already known to be too large is refused unread. */
  declaredBytes?: number | undefined;
  /** Pulled only after every check that needs no bytes has passed. */
  body: () => BlobSource;
}

export interface EvidenceUploaded {
  id: string;
  caseId: string;
  actionId: string;
  kind: EvidenceKind;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  objectKey: string | null;
  correctsId: string | null;
}

/**
 * Receives one evidence file for a case. Everything that can be checked without the bytes is checked first (session,
 * CASL, the case, the action, the record corrected, the certificate on the day of the act), so a refused upload never
 * reaches storage; then the bytes stream into storage under the tenant's limit, and the record and its audit event are
 * written in one transaction.
 */
export async function uploadEvidence(options: EvidenceTransferOptions, request: UploadRequest): Promise<EvidenceUploaded> {
  const now = (options.now ?? (() => new Date()))();
  const actor = await tenantActor(options, request.sessionToken, ['update', 'Case']);
  const metadata = parseUploadMetadata(request.query, now);
  const record = await loadCaseRecord(actor.db, actor.ability, request.caseId);
  if (!actor.ability.can('update', subject('Case', record))) {
    throw new AppError('FORBIDDEN', { zh: '只有承办本案的执法人员可以上传证据。', en: 'Only the officers of the case may add evidence.' });
  }
  if (!record.actions.some((action) => action.id === metadata.actionId)) {
    throw fieldRefusal('actionId', { zh: '所记录的执法行为（actionId）不是本案的执法行为', en: 'the action recorded (actionId) is not an action of this case' });
  }
  if (metadata.correctsId) await checkCorrection(actor.db, record.id, metadata.correctsId);
  await certificateForAct(actor.db, {
    userId: actor.user.id,
    number: metadata.certificateNumber,
    day: beijingDay(metadata.startedAt),
    domain: record.department.domain,
    area: record.area ?? actor.tenant.region,
  });
  const maxBytes = uploadLimit(options.maxBytesFor?.(actor.tenant) ?? DEFAULT_EVIDENCE_MAX_BYTES, actor.tenant.evidenceMaxBytes);
  if (request.declaredBytes !== undefined && request.declaredBytes > maxBytes) throw declaredTooLarge(request.declaredBytes, maxBytes);
  const stored = await options.store.put(request.body(), { tenantId: actor.tenant.id, maxBytes, allowedTypes: EVIDENCE_TYPES }).catch((error: unknown) => {
    throw uploadRefusal(error);
  });
  const kind = KIND_OF_TYPE[stored.contentType.split('/')[0]!] ?? 'OTHER';
  const fileName = metadata.fileName ?? `evidence-${stored.sha256.slice(0, 12)}.${EXTENSION_OF_TYPE[stored.contentType] ?? 'bin'}`;
  // Records of one enforcement object are kept together across cases (seed 004): by default the party's
  // identifier (unified social credit code or ID number) is the object.
  const objectKey = metadata.objectKey ?? record.parties[0]?.identifier ?? null;
  const created = await recordEvidence(
    { db: actor.db, ability: actor.ability, actor: actor.user, engines: NO_ENGINES, now: () => now },
    {
      caseId: record.id, actionId: metadata.actionId, kind, fileName,
      file: { key: stored.key, sha256: stored.sha256, size: stored.size, mediaType: stored.contentType },
      deviceId: metadata.deviceId, certificateNumber: metadata.certificateNumber, startedAt: metadata.startedAt, endedAt: metadata.endedAt,
      place: metadata.place, objectKey: objectKey ?? undefined, correctsId: metadata.correctsId,
    },
  );
  return {
    id: created.id, caseId: record.id, actionId: metadata.actionId, kind, fileName, mediaType: stored.contentType, size: stored.size,
    sha256: stored.sha256, objectKey, correctsId: metadata.correctsId ?? null,
  };
}

/** A body whose declared length is already past the limit is refused unread, in the words storage uses for one it stops. */
function declaredTooLarge(declaredBytes: number, limitBytes: number): AppError {
  const limit = describeBytes(limitBytes);
  return new AppError('PAYLOAD_TOO_LARGE', {
    zh: `证据上传：文件大小 ${describeBytes(declaredBytes)} 超过本单位的大小上限 ${limit}（${limitBytes} 字节），未接收，未保存任何内容。请压缩或分段后重新上传，或请管理员调整上限。`,
    en: `Evidence upload: the file (${describeBytes(declaredBytes)}) is larger than this organisation's limit of ${limit} (${limitBytes} bytes); it was not received and nothing was stored. Compress or split the file and upload it again, or ask an administrator to raise the limit.`,
  }, { details: { reason: 'TOO_LARGE', limitBytes } satisfies UploadRefusal });
}

function beijingDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function fieldRefusal(field: string, message: LocalText): AppError {
  return new AppError('BAD_INPUT', { zh: `证据上传：${message.zh}，未接收文件。`, en: `Evidence upload: ${message.en}; the file was not received.` }, { details: { field } });
}

/**
 * A correction names a record of the same case that nobody has corrected yet. Checked here only so that a refused
 * correction never streams its bytes into storage; recordEvidence checks again inside its transaction, and the unique
 * index on `correctsId` settles two corrections that pass both checks at once.
 */
async function checkCorrection(db: TenantScopedClient, caseId: string, correctsId: string): Promise<void> {
  const target = await db.evidenceRecord.findFirst({ where: { id: correctsId, caseId }, select: { id: true } });
  if (!target) {
    throw fieldRefusal('correctsId', { zh: '被更正的记录（correctsId）不是本案的证据记录', en: 'the record corrected (correctsId) is not an evidence record of this case' });
  }
  await assertNotCorrected(db, correctsId);
}

export interface EvidenceFile {
  stream: Readable;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** Opens a stored evidence file for someone who may read its record; NOT_FOUND for any other, in any tenant. */
export async function openEvidenceFile(options: EvidenceTransferOptions, request: { sessionToken: string | undefined; recordId: string }): Promise<EvidenceFile> {
  const actor = await tenantActor(options, request.sessionToken, ['read', 'EvidenceRecord']);
  const record = await actor.db.evidenceRecord.findFirst({
    where: { AND: [accessibleBy(actor.ability).ofType('EvidenceRecord'), { id: request.recordId.slice(0, 64) }] },
  });
  if (!record) throw AppError.notFound({ zh: '证据记录', en: 'Evidence record' });
  const stream = await options.store.open(actor.tenant.id, record.storageKey);
  return { stream, fileName: record.fileName, mediaType: record.mediaType, size: Number(record.size), sha256: record.sha256 };
}

/** An error as the evidence routes answer it: the status, and the same `{ code, text, details }` tRPC clients read. */
export function httpErrorOf(error: unknown): { status: number; body: { error: { code: AppErrorCode; text: LocalText; details: unknown } } } {
  const appError = toAppError(error);
  if (appError.code === 'INTERNAL') console.error(error);
  return {
    status: HTTP_STATUS_OF[appError.code],
    body: { error: { code: appError.code, text: appError.text, details: appError.code === 'INTERNAL' ? undefined : appError.details } },
  };
}
