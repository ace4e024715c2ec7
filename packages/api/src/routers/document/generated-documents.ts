import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { appendAuditEvent } from '@sanxiang/audit';
import { accessibleBy, subject, type AppAbility } from '@sanxiang/authz';
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import { describeRendered, documentKind, renderDocument, type DocumentKind } from '@sanxiang/docgen';
import { AppError } from '@sanxiang/errors';
import { DOCX_TYPE, type BlobStore } from '@sanxiang/storage';
import type { CaseRecord, CaseRequirements } from '@sanxiang/workflow';
import { documentDataFor } from './case-document-data.ts';
import { loadDocumentSource } from './document-source.ts';
import { templateFor } from './tenant-templates.ts';

// A generated document is stored output that can be proven later: its bytes under their SHA-256, the template's hash
// and version, and exactly the data it was filled with, linked to the case, with its generation in the audit chain.

/** Generated documents are a few dozen kilobytes; anything near this is a broken template, not a document. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export interface DocumentContext {
  db: TenantScopedClient;
  ability: AppAbility;
  actorId: string;
  tenant: { id: string; name: string; region: string };
  blobs: BlobStore | null;
  now: () => Date;
  /** The engine's answer for a loaded case; the review documents list its triggers, materials and checklist. */
  requirements: (record: CaseRecord) => Promise<CaseRequirements>;
}

export function storeOf(context: Pick<DocumentContext, 'blobs'>): BlobStore {
  if (!context.blobs) {
    throw new AppError('UNAVAILABLE', { zh: '服务器未配置文件存储，暂不能生成或读取文书。请联系管理员。', en: 'This server has no file storage configured, so documents cannot be generated or read. Tell an administrator.' });
  }
  return context.blobs;
}

const NEEDS_REQUIREMENTS: readonly DocumentKind[] = ['REVIEW_SUBMISSION', 'REVIEW_OPINION', 'PENALTY_NOTICE'];

const DOCUMENT_SELECT = {
  id: true, caseId: true, kind: true, templateRef: true, templateVersion: true, templateHash: true, sha256: true, createdAt: true, createdById: true,
} satisfies Prisma.GeneratedDocumentSelect;

/** Renders a kind of document for a case from the tenant's template, stores it and records it, in that order. */
export async function generateDocument(context: DocumentContext, input: { caseId: string; kind: DocumentKind }) {
  const blobs = storeOf(context);
  const entry = documentKind(input.kind);
  const source = await loadDocumentSource({
    db: context.db, ability: context.ability, caseId: input.caseId, tenant: context.tenant, now: context.now(),
    ...(NEEDS_REQUIREMENTS.includes(input.kind) ? { requirements: context.requirements } : {}),
  });
  if (!context.ability.can('update', subject('Case', source.record))) {
    throw new AppError('FORBIDDEN', { zh: '只有承办本案的执法人员可以生成文书', en: 'only the officers of the case may generate its documents' });
  }
  const data = documentDataFor(input.kind, source);
  const template = await templateFor(context, input.kind);
  const rendered = await renderDocument({ template: template.bytes, data });
  const described = describeRendered({ templateBuffer: template.bytes, templateVersion: template.version, data, docx: rendered.docx });
  // Stored before the row that points to it: a crash in between leaves an unreferenced blob, never a row without a file.
  const stored = await blobs.put(Readable.from([rendered.docx]), { tenantId: context.tenant.id, maxBytes: MAX_DOCUMENT_BYTES, allowedTypes: [DOCX_TYPE] });
  return context.db.$transaction(async (tx) => {
    const client = tx as unknown as TenantScopedClient;
    const created = await client.generatedDocument.create({
      data: {
        tenantId: context.tenant.id, caseId: source.record.id, kind: input.kind, templateRef: template.ref, templateVersion: template.version,
        templateHash: described.templateHash, sha256: described.sha256, storageKey: stored.key,
        data: JSON.parse(described.data) as Prisma.InputJsonValue, createdById: context.actorId,
      },
      select: DOCUMENT_SELECT,
    });
    await appendAuditEvent(tx as unknown as Prisma.TransactionClient, context.tenant.id, {
      actorId: context.actorId, action: 'document.generate', entity: 'GeneratedDocument', entityId: created.id,
      data: { caseId: source.record.id, kind: input.kind, sha256: described.sha256, templateRef: template.ref, templateVersion: template.version, templateHash: described.templateHash, dataHash: described.dataHash },
    });
    return { ...created, name: entry.name, size: stored.size };
  });
}

/** The case's documents, newest first, read through the case: whoever may open the case sees its documents. */
export async function listDocuments(context: Pick<DocumentContext, 'db' | 'ability'>, caseId: string) {
  // A case that is not readable (another tenant's, another department's) is NOT_FOUND, never an empty list.
  const readable = await context.db.case.findFirst({ where: { AND: [accessibleBy(context.ability).ofType('Case'), { id: caseId }] }, select: { id: true } });
  if (!readable) throw AppError.notFound({ zh: '案件', en: 'Case' });
  const rows = await context.db.generatedDocument.findMany({
    where: { AND: [{ case: { is: accessibleBy(context.ability).ofType('Case') } }, { caseId }] },
    orderBy: { createdAt: 'desc' },
    select: DOCUMENT_SELECT,
  });
  return rows.map((row) => ({ ...row, name: documentKind(row.kind as DocumentKind).name }));
}

/**
 * The stored file of a document, checked against the SHA-256 recorded when it was generated: a file changed on disk is
 * reported, never served as if it were the document on record.
 */
export async function readDocument(context: Pick<DocumentContext, 'db' | 'ability' | 'blobs' | 'tenant'>, id: string) {
  const blobs = storeOf(context);
  const row = await context.db.generatedDocument.findFirst({
    where: { AND: [{ case: { is: accessibleBy(context.ability).ofType('Case') } }, { id }] },
    include: { case: { select: { number: true } } },
  });
  if (!row) throw AppError.notFound({ zh: '文书', en: 'Document' });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of await blobs.open(context.tenant.id, row.storageKey)) {
    size += (chunk as Buffer).length;
    if (size > MAX_DOCUMENT_BYTES) throw new AppError('INTERNAL', { zh: '文书文件超出大小上限', en: 'The document file is larger than any document should be' });
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== row.sha256) {
    throw new AppError('INTERNAL', {
      zh: `文书文件与生成时记录的 SHA-256 不一致，可能已被篡改（记录 ${row.sha256.slice(0, 12)}…，实际 ${sha256.slice(0, 12)}…）。请联系管理员。`,
      en: `The document file does not match the SHA-256 recorded when it was generated and may have been altered (recorded ${row.sha256.slice(0, 12)}…, found ${sha256.slice(0, 12)}…). Tell an administrator.`,
    }, { details: { recorded: row.sha256, found: sha256 } });
  }
  const name = documentKind(row.kind as DocumentKind).name;
  return { id: row.id, kind: row.kind, name, fileName: `${name.zh}-${row.case.number}.docx`, mediaType: DOCX_TYPE, sha256, size, bytes };
}
