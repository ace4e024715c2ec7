import type { WorkingCalendar } from '@sanxiang/calendar';
import type { EffectiveConfig, ExtensionRegistry } from '@sanxiang/config';
import type { ConfigVersion, TenantScopedClient } from '@sanxiang/db';
import { compileEngine, fromEffectiveConfig, type CompiledTenant } from '@sanxiang/engine';
import { storedConfig } from '@sanxiang/tenancy';

/**
 * The engine a case is evaluated with: its tenant's configuration version (the one pinned on the case, else the one in
 * force on its act date) compiled for the case's department. The server supplies the tenant's calendar.
 */
export interface CaseEngines {
  /**
   * The engine of a configuration version for a department. The version's content (tens of megabytes for the largest
   * tenant) is read from the database only when that engine is not compiled yet, so a transition on a warm server reads
   * the version's id and hash alone.
   */
  forVersion(db: TenantScopedClient, version: VersionRef, department: string | undefined): Promise<CompiledTenant>;
}

/** What names a configuration version: enough to find its compiled engine. */
export type VersionRef = Pick<ConfigVersion, 'id' | 'hash' | 'sequence'>;
export const VERSION_REF = { id: true, hash: true, sequence: true } as const;

export interface CaseEnginesOptions {
  /** The working calendar of a tenant, with its regional overlay. */
  calendarFor(config: EffectiveConfig): WorkingCalendar;
  extensions?: ExtensionRegistry;
  /** How many compiled (version, department) engines to keep; the least recently used is dropped. */
  capacity?: number;
}

/** Compiles each (version, department) once, on first use, and keeps the most recently used ones. */
export function createCaseEngines(options: CaseEnginesOptions): CaseEngines {
  const capacity = options.capacity ?? 32;
  const compiled = new Map<string, CompiledTenant>();
  // Parsed contents, so the second department of a version does not parse it again; a few versions at most are live.
  const contents = new Map<string, EffectiveConfig>();
  const contentOf = async (db: TenantScopedClient, version: VersionRef): Promise<EffectiveConfig> => {
    const hit = contents.get(version.id);
    if (hit) return hit;
    const row = await db.configVersion.findFirstOrThrow({ where: { id: version.id } });
    const config = storedConfig(row);
    contents.set(version.id, config);
    if (contents.size > 4) contents.delete(contents.keys().next().value!);
    return config;
  };
  return {
    async forVersion(db, version, department) {
      const key = `${version.id}\u0000${department ?? ''}`;
      const hit = compiled.get(key);
      if (hit) {
        compiled.delete(key);
        compiled.set(key, hit);
        return hit;
      }
      const config = await contentOf(db, version);
      const known = department !== undefined && config.departments.some((each) => each.code === department);
      const engine = compileEngine(
        fromEffectiveConfig(config, { version: version.hash, ...(options.extensions ? { extensions: options.extensions } : {}), ...(known ? { department } : {}) }),
        options.calendarFor(config),
      );
      compiled.set(key, engine);
      if (compiled.size > capacity) compiled.delete(compiled.keys().next().value!);
      return engine;
    },
  };
}

/** The latest version effective by the end of `actDate` (a calendar date): rules deployed later never reach back. */
export function versionInForce(db: TenantScopedClient, actDate: Date): Promise<VersionRef | null> {
  const endOfDay = new Date(Date.UTC(actDate.getUTCFullYear(), actDate.getUTCMonth(), actDate.getUTCDate() + 1) - 1);
  return db.configVersion.findFirst({ where: { effectiveFrom: { lte: endOfDay } }, orderBy: [{ effectiveFrom: 'desc' }, { sequence: 'desc' }], select: VERSION_REF });
}
