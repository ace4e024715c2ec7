export type { BlobSource, BlobStore, PutOptions, StoredBlob } from './blob-store.ts';
export { DETECTED_TYPES, DOCX_TYPE, EVIDENCE_TYPES, TYPE_LABELS, XLSX_TYPE } from './detected-types.ts';
export type { DetectedType } from './detected-types.ts';
export { detectContentType, HEAD_BYTES } from './content-type.ts';
export { createLocalBlobStore } from './local-blob-store.ts';
export { createS3BlobStore } from './s3-blob-store.ts';
export type { S3BlobStoreOptions } from './s3-blob-store.ts';
export { describeBytes } from './upload-errors.ts';
export type { UploadRefusal } from './upload-errors.ts';
