export { appRouter, createCaller } from './root.ts';
export type { AppRouter } from './root.ts';
export { createContextInner } from './context.ts';
export type { Context, CreateContextOptions, SessionCookieJar, TenantConfigCompiler } from './context.ts';
export type { ProcedureMeta } from './trpc.ts';
export type { THealth } from './routers/system/router.ts';
// Evidence files stream over plain HTTP beside tRPC; the server wires these into Fastify and picks the store.
export { DEFAULT_EVIDENCE_MAX_BYTES, httpErrorOf, openEvidenceFile, uploadEvidence } from './routers/evidence/evidence-transfer.ts';
export type { EvidenceFile, EvidenceTransferOptions, EvidenceUploaded, UploadRequest } from './routers/evidence/evidence-transfer.ts';
export { createLocalBlobStore, createS3BlobStore, type BlobStore } from '@sanxiang/storage';
