import { DOCUMENT_KINDS, type DocumentKind } from '@sanxiang/docgen';
import { requirementsOf } from '@sanxiang/workflow';
import { z } from 'zod';
import { createTRPCRouter, tenantProcedure } from '../../trpc.ts';
import { workflowContext } from '../workflow-context.ts';
import { generateDocument, listDocuments, readDocument, type DocumentContext } from './generated-documents.ts';
import { listTemplates, MAX_TEMPLATE_BYTES, uploadTemplate } from './tenant-templates.ts';

const ZLocalText = z.object({ zh: z.string(), en: z.string() });
const ZDocumentKind = z.enum(DOCUMENT_KINDS.map((entry) => entry.kind) as [DocumentKind, ...DocumentKind[]]);
const id = z.string().min(1).max(64);

const ZDocument = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  name: ZLocalText,
  templateRef: z.string(),
  templateVersion: z.string(),
  templateHash: z.string(),
  sha256: z.string(),
  createdAt: z.date(),
  createdById: z.string(),
});

type TenantCtx = Parameters<typeof workflowContext>[0] & { tenant: { id: string; name: string; region: string }; blobs: DocumentContext['blobs'] };

function documentContext(ctx: TenantCtx): DocumentContext {
  const workflow = workflowContext(ctx);
  return {
    db: ctx.db, ability: ctx.ability, actorId: ctx.user.id, tenant: ctx.tenant, blobs: ctx.blobs, now: ctx.now,
    requirements: (record) => requirementsOf(workflow, record),
  };
}

/** Enforcement documents (issue 6): generated from the tenant's templates, stored with their hash, data and template. */
export const documentRouter = createTRPCRouter({
  kinds: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .output(z.array(z.object({ kind: ZDocumentKind, name: ZLocalText, basis: z.array(z.string()) })))
    .query(() => DOCUMENT_KINDS.map(({ kind, name, basis }) => ({ kind, name, basis }))),
  // Officers of the case generate; the row check (CASL `update` on the case) is in generateDocument.
  generate: tenantProcedure
    .meta({ permission: ['update', 'Case'] })
    .input(z.object({ caseId: id, kind: ZDocumentKind }))
    .output(ZDocument.extend({ size: z.number() }))
    .mutation(({ ctx, input }) => generateDocument(documentContext(ctx), input)),
  list: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .input(z.object({ caseId: id }))
    .output(z.array(ZDocument))
    .query(({ ctx, input }) => listDocuments(ctx, input.caseId)),
  // A generated document is a few dozen kilobytes, so it travels as base64 inside tRPC and the session check is the
  // procedure's own; the hash is verified against the record before the bytes leave the server.
  download: tenantProcedure
    .meta({ permission: ['read', 'Case'] })
    .input(z.object({ id }))
    .output(z.object({ id: z.string(), kind: z.string(), name: ZLocalText, fileName: z.string(), mediaType: z.string(), sha256: z.string(), size: z.number(), base64: z.string() }))
    .query(async ({ ctx, input }) => {
      const { bytes, ...file } = await readDocument(documentContext(ctx), input.id);
      return { ...file, base64: bytes.toString('base64') };
    }),
  templates: tenantProcedure
    .meta({ permission: ['update', 'Configuration'] })
    .output(z.array(z.object({
      kind: ZDocumentKind, name: ZLocalText, basis: z.array(z.string()), source: z.enum(['TENANT', 'NATIONAL']),
      uploaded: z.object({ fileName: z.string(), sha256: z.string(), at: z.date(), version: z.string() }).nullable(),
    })))
    .query(({ ctx }) => listTemplates(ctx)),
  uploadTemplate: tenantProcedure
    .meta({ permission: ['update', 'Configuration'] })
    .input(z.object({
      kind: ZDocumentKind,
      fileName: z.string().min(1).max(255),
      // base64 grows the file by a third; the decoded size is checked again against MAX_TEMPLATE_BYTES.
      contentBase64: z.string().min(1).max(Math.ceil((MAX_TEMPLATE_BYTES * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/),
    }))
    .output(z.object({ kind: ZDocumentKind, sha256: z.string(), version: z.string(), commands: z.number() }))
    .mutation(({ ctx, input }) => uploadTemplate({ db: ctx.db, actorId: ctx.user.id, tenant: ctx.tenant, blobs: ctx.blobs }, input)),
});
