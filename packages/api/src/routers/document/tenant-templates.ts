import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { appendAuditEvent } from '@sanxiang/audit';
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import {
  checkTemplate, DOCUMENT_KINDS, documentKind, EXAMPLE_DATA, loadNationalTemplate, renderDocument, type DocumentKind, type TemplateProblem,
} from '@sanxiang/docgen';
import { AppError, isAppError, type LocalText } from '@sanxiang/errors';
import { DOCX_TYPE, type BlobStore } from '@sanxiang/storage';

// A tenant's own template for a kind of document replaces the national one. Uploads are checked before anything is
// kept: the restricted command language and the zip limits (docgen), the content type (storage: a real .docx, no
// macros), and a trial render with the kind's example data, so a template that reads data the kind does not have is
// refused now rather than at the officer's desk. Each accepted upload is an audit event; the latest one for a kind is
// the template in force, and the chain keeps every earlier one.

/** Well above any real template (the national ones are about 10 KB), and inside the server's 1 MB request limit. */
export const MAX_TEMPLATE_BYTES = 512 * 1024;
const TEMPLATE_EVENT = 'document.template-upload';

export interface TemplateContext {
  db: TenantScopedClient;
  actorId: string;
  tenant: { id: string };
  blobs: BlobStore | null;
}

interface TemplateEventData {
  kind: DocumentKind;
  key: string;
  sha256: string;
  size: number;
  fileName: string;
}

export interface ResolvedTemplate {
  bytes: Buffer;
  /** `national/<file>.docx` or `tenant/<sha256>`. */
  ref: string;
  version: string;
}

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function eventData(canonical: string): TemplateEventData {
  return (JSON.parse(canonical) as { data: TemplateEventData }).data;
}

/** The template in force for a kind: the tenant's latest accepted upload, else the national template. */
export async function templateFor(context: Pick<TemplateContext, 'db' | 'tenant' | 'blobs'>, kind: DocumentKind): Promise<ResolvedTemplate> {
  const latest = await context.db.auditEvent.findFirst({ where: { action: TEMPLATE_EVENT, entity: 'DocumentTemplate', entityId: kind }, orderBy: { seq: 'desc' } });
  if (latest && context.blobs) {
    const data = eventData(latest.canonical);
    return { bytes: await readAll(await context.blobs.open(context.tenant.id, data.key)), ref: `tenant/${data.sha256}`, version: `tenant-${latest.seq}` };
  }
  const bytes = await loadNationalTemplate(kind);
  return { bytes, ref: `national/${documentKind(kind).templateFile.split('/').at(-1)}`, version: `national-${sha256Of(bytes).slice(0, 12)}` };
}

/** Each kind with the template in force: the tenant's upload (who, when, hash) or the national one. */
export async function listTemplates(context: Pick<TemplateContext, 'db'>) {
  const events = await context.db.auditEvent.findMany({ where: { action: TEMPLATE_EVENT, entity: 'DocumentTemplate' }, orderBy: { seq: 'desc' }, take: 500 });
  return DOCUMENT_KINDS.map((entry) => {
    const latest = events.find((event) => event.entityId === entry.kind);
    const data = latest ? eventData(latest.canonical) : null;
    return {
      kind: entry.kind,
      name: entry.name,
      basis: entry.basis,
      source: data ? ('TENANT' as const) : ('NATIONAL' as const),
      uploaded: data && latest ? { fileName: data.fileName, sha256: data.sha256, at: latest.at, version: `tenant-${latest.seq}` } : null,
    };
  });
}

function place(problem: TemplateProblem): string {
  return problem.location ? `${problem.location.part} 第${problem.location.paragraph}段` : '文件';
}

function placeEn(problem: TemplateProblem): string {
  return problem.location ? `${problem.location.part} paragraph ${problem.location.paragraph}` : 'the file';
}

/** Every problem of a refused template, each with its command and where it is, in both languages. */
function refused(problems: TemplateProblem[], what: LocalText): AppError {
  const shown = problems.slice(0, 5);
  const more = problems.length - shown.length;
  return new AppError('BAD_INPUT', {
    zh: `${what.zh}，共 ${problems.length} 处问题：${shown.map((problem) => `[${place(problem)}]${problem.command !== null ? ` +++${problem.command}+++` : ''} ${problem.message.zh}`).join('；')}${more > 0 ? `；另有 ${more} 处` : ''}。请修改模板后重新上传。`,
    en: `${what.en}, ${problems.length} problem(s): ${shown.map((problem) => `[${placeEn(problem)}]${problem.command !== null ? ` +++${problem.command}+++` : ''} ${problem.message.en}`).join('; ')}${more > 0 ? `; and ${more} more` : ''}. Fix the template and upload it again.`,
  }, { details: { problems } });
}

export async function uploadTemplate(context: TemplateContext, input: { kind: DocumentKind; fileName: string; contentBase64: string }) {
  if (!context.blobs) {
    throw new AppError('UNAVAILABLE', { zh: '服务器未配置文件存储，暂不能上传模板。', en: 'This server has no file storage configured, so templates cannot be uploaded.' });
  }
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('BAD_INPUT', { zh: '模板文件为空。', en: 'The template file is empty.' });
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', { zh: `模板文件超过 ${MAX_TEMPLATE_BYTES / 1024} KB 上限。`, en: `The template file is over the ${MAX_TEMPLATE_BYTES / 1024} KB limit.` });
  }
  const entry = documentKind(input.kind);
  const check = checkTemplate(bytes);
  if (!check.ok) throw refused(check.problems, { zh: `《${entry.name.zh}》模板未通过安全检查`, en: `The ${entry.name.en} template failed its safety check` });
  try {
    await renderDocument({ template: bytes, data: EXAMPLE_DATA[input.kind] });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'BAD_INPUT') throw error;
    const command = (error.details as { command?: string | null } | undefined)?.command ?? null;
    throw refused([{ command, location: null, message: error.text }], { zh: `《${entry.name.zh}》模板无法用本类文书的数据填写`, en: `The ${entry.name.en} template cannot be filled with this kind's data` });
  }
  const stored = await context.blobs.put(Readable.from([bytes]), { tenantId: context.tenant.id, maxBytes: MAX_TEMPLATE_BYTES, allowedTypes: [DOCX_TYPE] });
  const fileName = input.fileName.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200);
  const data: TemplateEventData = { kind: input.kind, key: stored.key, sha256: stored.sha256, size: stored.size, fileName };
  const event = await context.db.$transaction((tx) =>
    appendAuditEvent(tx as unknown as Prisma.TransactionClient, context.tenant.id, { actorId: context.actorId, action: TEMPLATE_EVENT, entity: 'DocumentTemplate', entityId: input.kind, data }));
  return { kind: input.kind, sha256: stored.sha256, version: `tenant-${event.seq}`, commands: check.commands.length };
}
