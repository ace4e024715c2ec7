import type { Readable } from 'node:stream';
import type { DetectedType } from './detected-types.ts';

/** Bytes as they arrive: a Node stream (an HTTP request, a file) or any async iterable of byte chunks. */
export type BlobSource = AsyncIterable<Uint8Array> | NodeJS.ReadableStream;

export interface PutOptions {
  /** From the session, never from the request. Blobs of one tenant are invisible to every other. */
  tenantId: string;
  /** The tenant's limit. Receiving stops at the first byte past it. */
  maxBytes: number;
  /** Types accepted here, matched against the content. Defaults to `EVIDENCE_TYPES` (everything but plain text). */
  allowedTypes?: readonly DetectedType[];
}

export interface StoredBlob {
  /** Where the blob is found again: its SHA-256, so equal bytes share one key within a tenant. */
  key: string;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  size: number;
  /** Detected from the bytes, never taken from a file name or a declared type. */
  contentType: DetectedType;
}

/**
 * Write-once storage for evidence. `put` takes no file name and no declared type on purpose: nothing a client
 * claims about a file decides how it is stored. A blob is never changed once stored; storing equal bytes again
 * returns the same key.
 */
export interface BlobStore {
  put(source: BlobSource, options: PutOptions): Promise<StoredBlob>;
  /** The blob's bytes. A key that belongs to another tenant is NOT_FOUND, exactly like one that does not exist. */
  open(tenantId: string, key: string): Promise<Readable>;
  /** Undefined when this tenant has no such blob. */
  stat(tenantId: string, key: string): Promise<{ size: number } | undefined>;
}
