import { createHash } from 'node:crypto';
import { canonicalJson } from '@sanxiang/canonical';
import { createRenderPool, type RenderedDocument, type RenderPool } from './render-pool.ts';

export interface RenderDocumentOptions {
  template: Uint8Array;
  data: object;
  timeoutMs?: number;
  maxMemoryMb?: number;
}

const DEFAULT_MEMORY_MB = 256;
// One shared pool per memory cap, created on first use. Idle workers are unref'd, so they never hold a process open.
const sharedPools = new Map<number, RenderPool>();

/**
 * Checks the template (refusing it with every problem named) and renders it in the shared worker pool.
 * Long-lived hosts that want their own limits create a pool with createRenderPool() instead.
 */
export function renderDocument({ template, data, timeoutMs, maxMemoryMb = DEFAULT_MEMORY_MB }: RenderDocumentOptions): Promise<RenderedDocument> {
  let pool = sharedPools.get(maxMemoryMb);
  if (!pool) {
    pool = createRenderPool({ maxOldGenerationSizeMb: maxMemoryMb });
    sharedPools.set(maxMemoryMb, pool);
  }
  return pool.render({ template, data, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
}

/** Stops the shared pools (tests, graceful shutdown). The next renderDocument() starts a fresh one. */
export async function closeSharedRenderPools(): Promise<void> {
  const pools = [...sharedPools.values()];
  sharedPools.clear();
  await Promise.all(pools.map((pool) => pool.close()));
}

export interface RenderedMetadata {
  /** SHA-256 of the template file, hex. */
  templateHash: string;
  templateVersion: string;
  /** SHA-256 of the generated .docx, hex. */
  sha256: string;
  /** The data the document was filled with, as canonical JSON: the same data always gives the same text. */
  data: string;
  /** SHA-256 of `data`. */
  dataHash: string;
}

const sha256Of = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** What the workflow stores beside a generated document, so that it can be proven later how it was made. */
export function describeRendered({ templateBuffer, templateVersion, data, docx }: {
  templateBuffer: Uint8Array;
  templateVersion: string;
  data: unknown;
  docx: Uint8Array;
}): RenderedMetadata {
  const canonical = canonicalJson(data);
  return { templateHash: sha256Of(templateBuffer), templateVersion, sha256: sha256Of(docx), data: canonical, dataHash: sha256Of(canonical) };
}
