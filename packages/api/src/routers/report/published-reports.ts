import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { appendAuditEvent } from '@sanxiang/audit';
import type { AppAbility } from '@sanxiang/authz';
import type { Prisma, PrismaClient, TenantScopedClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { type AnnualReport, beijingYear, publicationStatus, toDocx, toXlsx } from '@sanxiang/statistics';
import { type BlobStore, DOCX_TYPE, XLSX_TYPE } from '@sanxiang/storage';
import { buildAnnualReport } from './report-cases.ts';

// A report of six tables and a few hundred department columns stays far below this; anything bigger is a fault.
const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export type ReportFormat = 'xlsx' | 'docx';

export interface ReportFile {
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  base64: string;
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function fileOf(bytes: Uint8Array, format: ReportFormat, year: number, organisation: string): ReportFile {
  return {
    fileName: `${organisation}${year}年度行政执法统计年报.${format}`,
    mediaType: format === 'xlsx' ? XLSX_TYPE : DOCX_TYPE,
    sha256: sha256Of(bytes),
    size: bytes.length,
    base64: Buffer.from(bytes).toString('base64'),
  };
}

function storeOf(blobs: BlobStore | null): BlobStore {
  if (!blobs) {
    throw new AppError('UNAVAILABLE', { zh: '服务器未配置文件存储，暂不能公开或读取统计年报。请联系管理员。', en: 'This server has no file storage configured, so annual reports cannot be published or read. Tell an administrator.' });
  }
  return blobs;
}

/** The year must be over before it is reported on: a report on a running year would be wrong by February. */
function checkYearEnded(year: number, now: Date) {
  if ((beijingYear(now.toISOString()) ?? 0) <= year) {
    throw new AppError('BAD_INPUT', {
      zh: `${year} 年度尚未结束，统计年报须在年度结束后公开（次年 1 月 31 日前）。`,
      en: `The year ${year} is not over yet; its report is published after the year ends, by 31 January.`,
    });
  }
}

export interface ReportContext {
  db: TenantScopedClient;
  ability: AppAbility;
  tenant: { id: string; name: string };
  actorId: string;
  blobs: BlobStore | null;
  now: () => Date;
}

/** The report and both files, for download; nothing is stored. */
export async function annualReportFiles(context: ReportContext, year: number): Promise<{ report: AnnualReport; xlsx: ReportFile; docx: ReportFile }> {
  const report = await buildAnnualReport(context.db, context.ability, { year, organisation: context.tenant.name });
  const [xlsx, docx] = [await toXlsx(report), toDocx(report)];
  return { report, xlsx: fileOf(xlsx, 'xlsx', year, context.tenant.name), docx: fileOf(docx, 'docx', year, context.tenant.name) };
}

/**
 * Publishes the tenant's report for a year: both files stored, then one AnnualReport row and its audit event in one
 * transaction. A year already published needs `correction: true`, and the new row then points at the one it corrects.
 */
export async function publishAnnualReport(context: ReportContext, input: { year: number; correction: boolean }) {
  const blobs = storeOf(context.blobs);
  const now = context.now();
  checkYearEnded(input.year, now);
  const { report, xlsx, docx } = await annualReportFiles(context, input.year);
  const put = (file: ReportFile, type: typeof XLSX_TYPE | typeof DOCX_TYPE) =>
    blobs.put(Readable.from([Buffer.from(file.base64, 'base64')]), { tenantId: context.tenant.id, maxBytes: MAX_REPORT_BYTES, allowedTypes: [type] });
  // Stored before the row that points to them: a crash in between leaves unreferenced blobs, never a row without files.
  const [storedXlsx, storedDocx] = [await put(xlsx, XLSX_TYPE), await put(docx, DOCX_TYPE)];

  return context.db.$transaction(async (tx) => {
    const client = tx as unknown as TenantScopedClient;
    // One publisher per tenant and year at a time, so two clicks cannot both become "the first" report.
    await client.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`annual-report:${context.tenant.id}:${input.year}`}, 0))`;
    const previous = await client.annualReport.findFirst({ where: { year: input.year }, orderBy: { publishedAt: 'desc' } });
    if (previous && !input.correction) {
      throw new AppError('CONFLICT', {
        zh: `${input.year} 年度统计年报已于 ${previous.publishedAt.toISOString().slice(0, 10)} 公开；如需更正，请选择“更正”后再公开。`,
        en: `The ${input.year} report was already published on ${previous.publishedAt.toISOString().slice(0, 10)}; choose "correction" to publish a corrected one.`,
      }, { details: { previousId: previous.id } });
    }
    const created = await client.annualReport.create({
      data: {
        tenantId: context.tenant.id, year: input.year, publishedAt: now, publishedById: context.actorId,
        xlsxSha256: storedXlsx.sha256, xlsxStorageKey: storedXlsx.key, docxSha256: storedDocx.sha256, docxStorageKey: storedDocx.key,
        correctsId: previous?.id ?? null,
      },
    });
    await appendAuditEvent(tx as unknown as Prisma.TransactionClient, context.tenant.id, {
      actorId: context.actorId, action: previous ? 'report.correct' : 'report.publish', entity: 'AnnualReport', entityId: created.id,
      data: { year: input.year, xlsxSha256: storedXlsx.sha256, docxSha256: storedDocx.sha256, correctsId: previous?.id ?? null, notes: report.notes.length },
    });
    const firstPublishedAt = previous
      ? (await client.annualReport.findFirst({ where: { year: input.year }, orderBy: { publishedAt: 'asc' } }))?.publishedAt ?? now
      : now;
    return {
      id: created.id, year: input.year, publishedAt: now, correctsId: created.correctsId,
      xlsxSha256: storedXlsx.sha256, docxSha256: storedDocx.sha256, status: publicationStatus(input.year, firstPublishedAt, now),
    };
  });
}

/** Each year's publication state: the years published, and the last finished year even when it was not. */
export async function annualReportStatuses(db: TenantScopedClient, now: Date) {
  const rows = await db.annualReport.findMany({ orderBy: [{ year: 'desc' }, { publishedAt: 'asc' }], select: { year: true, publishedAt: true }, take: 500 });
  const first = new Map<number, Date>();
  for (const row of rows) if (!first.has(row.year)) first.set(row.year, row.publishedAt);
  const lastFinished = (beijingYear(now.toISOString()) ?? 0) - 1;
  const years = [...new Set([lastFinished, ...first.keys()])].sort((a, b) => b - a);
  return years.map((year) => publicationStatus(year, first.get(year) ?? null, now));
}

/**
 * A published report's file, for anyone: the tenant named by its public code, the latest correction of the year,
 * checked against the SHA-256 recorded at publication before it is served.
 */
export async function publishedReportFile(prisma: PrismaClient, blobs: BlobStore | null, input: { tenantCode: string; year: number; format: ReportFormat }): Promise<ReportFile> {
  const store = storeOf(blobs);
  const tenant = await prisma.tenant.findUnique({ where: { code: input.tenantCode }, select: { id: true, name: true } });
  const row = tenant ? await prisma.annualReport.findFirst({ where: { tenantId: tenant.id, year: input.year }, orderBy: { publishedAt: 'desc' } }) : null;
  if (!tenant || !row) throw AppError.notFound({ zh: `${input.year} 年度已公开的统计年报`, en: `A published ${input.year} annual report` });
  const key = input.format === 'xlsx' ? row.xlsxStorageKey : row.docxStorageKey;
  const recorded = input.format === 'xlsx' ? row.xlsxSha256 : row.docxSha256;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of await store.open(tenant.id, key)) {
    size += (chunk as Buffer).length;
    if (size > MAX_REPORT_BYTES) throw new AppError('INTERNAL', { zh: '统计年报文件超出大小上限', en: 'The report file is larger than any report should be' });
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  const file = fileOf(bytes, input.format, input.year, tenant.name);
  if (file.sha256 !== recorded) {
    throw new AppError('INTERNAL', {
      zh: `统计年报文件与公开时记录的 SHA-256 不一致，可能已被篡改（记录 ${recorded.slice(0, 12)}…）。请联系该单位。`,
      en: `The report file does not match the SHA-256 recorded at publication and may have been altered (recorded ${recorded.slice(0, 12)}…). Tell the agency.`,
    }, { details: { recorded, found: file.sha256 } });
  }
  return file;
}
