/// <reference path="./webassembly.d.ts" />
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiffTarget, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { type Database, openDatabase } from './database.ts';
import { compareSnapshots, snapshotSchema } from './schema-snapshot.ts';
import { DatabaseError } from './database-error.ts';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const schemaPath = path.join(packageRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(packageRoot, 'prisma', 'migrations');

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function readSchema(): string {
  return fs.readFileSync(schemaPath, 'utf8');
}

/** The migrations folder as the schema engine wants it: every `<name>/migration.sql`, in order. */
export function listMigrations(dir = migrationsDir): MigrationList {
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    shadowDbInitScript: '',
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: fs.existsSync(file)
            ? { tag: 'ok' as const, value: fs.readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

let wasmReady: Promise<void> | undefined;

// Loads Prisma's schema engine compiled to WASM, without experimental Node flags (shared/STACK.md).
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasm = fs.readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': engineBindings });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    engineBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

async function withEngine<T>(db: Database, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const schema = readSchema();
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(db.migrationAdapter()),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

export interface MigrateResult {
  applied: string[];
}

/** Applies every migration not yet applied, through Prisma's own migration table. */
export async function migrate(db: Database): Promise<MigrateResult> {
  const migrationsList = listMigrations();
  if (migrationsList.migrationDirectories.length === 0) {
    throw new DatabaseError('MIGRATIONS_MISSING', {
      zh: `迁移目录 ${migrationsDir} 中没有迁移。`,
      en: `there are no migrations in ${migrationsDir}.`,
    });
  }
  try {
    const { appliedMigrationNames } = await withEngine(db, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
    );
    return { applied: appliedMigrationNames };
  } catch (cause) {
    throw new DatabaseError(
      'MIGRATION_FAILED',
      {
        zh: `数据库迁移失败（${db.kind} ${db.location}）：${describeEngineError(cause)}`,
        en: `database migration failed (${db.kind} ${db.location}): ${describeEngineError(cause)}`,
      },
      { cause },
    );
  }
}

export type MigrationState = 'up-to-date' | 'pending' | 'ahead' | 'empty';

export interface MigrationStatus {
  state: MigrationState;
  applied: string[];
  pending: string[];
  /** Applied in the database but absent from this build's migrations folder. */
  unknown: string[];
}

/** Compares the database's migration table with the migrations folder. Cheap: one query, no engine. */
export async function migrationStatus(db: Database): Promise<MigrationStatus> {
  const onDisk = listMigrations().migrationDirectories.map((dir) => dir.path);
  const exists = await db.prisma.$queryRaw<Array<{ present: boolean }>>`
    select to_regclass('public._prisma_migrations') is not null as present`;
  const applied = exists[0]?.present
    ? (
        await db.prisma.$queryRaw<Array<{ migration_name: string }>>`
          select migration_name from _prisma_migrations
          where finished_at is not null and rolled_back_at is null order by migration_name`
      ).map((row) => row.migration_name)
    : [];
  const appliedSet = new Set(applied);
  const pending = onDisk.filter((name) => !appliedSet.has(name));
  const unknown = applied.filter((name) => !onDisk.includes(name));
  const state: MigrationState =
    applied.length === 0 ? 'empty' : unknown.length > 0 ? 'ahead' : pending.length > 0 ? 'pending' : 'up-to-date';
  return { state, applied, pending, unknown };
}

const LOCKFILE = '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n';

/**
 * The SQL that takes `from` to the datamodel in schema.prisma, as the schema engine writes it.
 * `migrations` replays the migrations folder (the engine replays it in a scratch database of its own);
 * `empty` is the whole schema from nothing.
 */
async function rawDiff(db: Database, from: 'migrations' | 'empty'): Promise<string> {
  const migrations = listMigrations();
  const source: DiffTarget =
    from === 'empty' || migrations.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrations };
  const result = await withEngine(db, (engine) =>
    engine.diff({
      from: source,
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: readSchema() }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return result.stdout ?? '';
}

/**
 * What the migrations folder lacks compared with schema.prisma, as SQL statements; empty when they agree.
 * Runs on a throwaway in-memory PGlite, because a replay needs a scratch database.
 */
export async function migrationsDrift(): Promise<string> {
  const scratch = await openDatabase({});
  try {
    return statementsOf(await rawDiff(scratch, 'migrations'));
  } finally {
    await scratch.close();
  }
}

/**
 * How a live, migrated database differs from schema.prisma, as catalog lines (`-` missing, `+` extra);
 * empty when they agree. The expected side is built from schema.prisma alone, in a throwaway PGlite.
 */
export async function databaseDrift(database: Database): Promise<string[]> {
  const reference = await openDatabase({});
  try {
    const script = await rawDiff(reference, 'empty');
    // The whole schema applied as one virtual migration: the path the engine uses for real migrations.
    const virtual: MigrationList = {
      baseDir: migrationsDir,
      shadowDbInitScript: '',
      lockfile: { path: 'migration_lock.toml', content: LOCKFILE },
      migrationDirectories: [{ path: '00000000000000_reference', migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: script } } }],
    };
    await withEngine(reference, (engine) => engine.applyMigrations({ migrationsList: virtual, filters: NO_FILTERS }));
    return compareSnapshots(await snapshotSchema(reference), await snapshotSchema(database));
  } finally {
    await reference.close();
  }
}

// The engine prints a comment for an empty diff; only statements matter.
function statementsOf(sql: string): string {
  return sql
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('--'))
    .join('\n')
    .trim();
}

/**
 * Writes a new migration folder for whatever schema.prisma has that the migrations do not.
 * Returns the folder name, or null when there is nothing to migrate.
 */
export async function createMigration(name: string): Promise<string | null> {
  const safeName = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'migration';
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, LOCKFILE);
  const scratch = await openDatabase({});
  const sql = await rawDiff(scratch, 'migrations').finally(() => scratch.close());
  if (!statementsOf(sql)) return null;
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const folder = `${stamp}_${safeName}`;
  fs.mkdirSync(path.join(migrationsDir, folder));
  fs.writeFileSync(path.join(migrationsDir, folder, 'migration.sql'), sql);
  return folder;
}
