import { appendAuditEvent } from '@sanxiang/audit';
import { type ConfigChange, diffEffectiveConfigs, type EffectiveConfig, hashEffectiveConfig } from '@sanxiang/config';
import type { ConfigVersion, PrismaClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';

export interface PublishOptions {
  tenantId: string;
  /** The compiled, effective configuration, stored as it is. */
  content: object;
  /** Its identity: `hashEffectiveConfig` from @sanxiang/config, which ignores positions inside files. */
  hash: string;
  publishedById?: string | null;
  /** First instant of acts this version governs; defaults to now. */
  effectiveFrom?: Date;
  note?: string;
}

export interface PublishResult {
  version: ConfigVersion;
  /** False when the content equals the live version: nothing new was stored. */
  created: boolean;
}

/**
 * Stores a configuration as a new immutable version. Validation happens before this is called, so a
 * failing publish never reaches it and the previous version stays live. Publishing content identical to
 * the live version stores nothing; a rollback, by contrast, always becomes a new version.
 */
/**
 * A Zhongshan-sized configuration is tens of megabytes of JSON; writing it on PostgreSQL takes longer than Prisma's
 * default 5 s for an interactive transaction.
 */
const PUBLISH_TIMEOUT_MS = 120_000;

export async function publishConfigVersion(prisma: PrismaClient, options: PublishOptions & { rollbackOf?: number }): Promise<PublishResult> {
  const { hash } = options;
  return prisma.$transaction(async (tx) => {
    // One publisher per tenant at a time, so sequence numbers never collide.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`config:${options.tenantId}`}, 0))`;
    const latest = await tx.configVersion.findFirst({ where: { tenantId: options.tenantId }, orderBy: { sequence: 'desc' } });
    if (latest && latest.hash === hash && options.rollbackOf === undefined) return { version: latest, created: false };
    const version = await tx.configVersion.create({
      data: {
        tenantId: options.tenantId,
        sequence: (latest?.sequence ?? 0) + 1,
        hash,
        content: options.content,
        effectiveFrom: options.effectiveFrom ?? new Date(),
        publishedById: options.publishedById ?? null,
        note: options.note ?? null,
      },
    });
    await appendAuditEvent(tx, options.tenantId, {
      actorId: options.publishedById ?? null,
      action: options.rollbackOf === undefined ? 'config.publish' : 'config.rollback',
      entity: 'ConfigVersion',
      entityId: version.id,
      data: { sequence: version.sequence, hash, note: options.note ?? null, rollbackOf: options.rollbackOf ?? null },
    });
    return { version, created: true };
  }, { timeout: PUBLISH_TIMEOUT_MS, maxWait: PUBLISH_TIMEOUT_MS });
}

/** Publishes the content of an earlier version again, as a new version. */
export async function rollbackConfigVersion(
  prisma: PrismaClient,
  options: { tenantId: string; sequence: number; publishedById?: string | null; note?: string },
): Promise<PublishResult> {
  const old = await getConfigVersion(prisma, options.tenantId, options.sequence);
  return publishConfigVersion(prisma, {
    tenantId: options.tenantId,
    content: old.content as object,
    hash: old.hash,
    publishedById: options.publishedById ?? null,
    note: options.note ?? `rollback to version ${options.sequence}`,
    rollbackOf: options.sequence,
  });
}

export async function getConfigVersion(prisma: PrismaClient, tenantId: string, sequence: number): Promise<ConfigVersion> {
  const version = await prisma.configVersion.findUnique({ where: { tenantId_sequence: { tenantId, sequence } } });
  if (!version) throw AppError.notFound({ zh: `配置版本 ${sequence}`, en: `Configuration version ${sequence}` });
  return version;
}

export async function listConfigVersions(prisma: PrismaClient, tenantId: string) {
  return prisma.configVersion.findMany({
    where: { tenantId },
    orderBy: { sequence: 'desc' },
    select: { sequence: true, hash: true, effectiveFrom: true, publishedAt: true, publishedById: true, note: true },
  });
}

/**
 * The version that governs an act done on `actDate` (a calendar date): the latest one effective by the end of
 * that day. Rules deployed later never reach back to earlier acts.
 */
export async function configVersionInForce(prisma: PrismaClient, tenantId: string, actDate: Date): Promise<ConfigVersion | null> {
  const endOfDay = new Date(Date.UTC(actDate.getUTCFullYear(), actDate.getUTCMonth(), actDate.getUTCDate() + 1) - 1);
  return prisma.configVersion.findFirst({
    where: { tenantId, effectiveFrom: { lte: endOfDay } },
    orderBy: [{ effectiveFrom: 'desc' }, { sequence: 'desc' }],
  });
}

/** Publishes a compiled configuration under its configuration hash (positions inside files do not count). */
export function publishEffectiveConfig(
  prisma: PrismaClient,
  options: { tenantId: string; config: EffectiveConfig; publishedById?: string | null; note?: string; effectiveFrom?: Date },
): Promise<PublishResult> {
  const { config, ...rest } = options;
  return publishConfigVersion(prisma, { ...rest, content: config, hash: hashEffectiveConfig(config) });
}

/** What changed between two published versions, item by item. */
export async function diffConfigVersions(prisma: PrismaClient, tenantId: string, from: number, to: number): Promise<ConfigChange[]> {
  const [a, b] = await Promise.all([getConfigVersion(prisma, tenantId, from), getConfigVersion(prisma, tenantId, to)]);
  return diffEffectiveConfigs(storedConfig(a), storedConfig(b));
}

/** The configuration a version holds. Versions are written only by publish, so a different shape is a bug, not input. */
export function storedConfig(version: ConfigVersion): EffectiveConfig {
  if (!isEffectiveConfig(version.content)) {
    throw new AppError('INTERNAL', {
      zh: `配置版本 ${version.sequence} 的内容不是有效的生效配置。`,
      en: `configuration version ${version.sequence} does not hold an effective configuration.`,
    });
  }
  return version.content;
}

function isEffectiveConfig(value: unknown): value is EffectiveConfig {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.tenant === 'object' && Array.isArray(candidate.layers) && typeof candidate.kinds === 'object';
}
