import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { DatabaseError } from './database-error.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface DatabaseOptions {
  /** A PostgreSQL connection string. When absent, the embedded PGlite is used. */
  url?: string | undefined;
  /** Folder for the embedded database. When absent (and no url), PGlite runs in memory. */
  dataDir?: string | undefined;
  /** How long to wait for a PostgreSQL server before giving up. */
  connectTimeoutMs?: number;
}

export interface Database {
  kind: DatabaseKind;
  /** Where the data lives, for logs: a folder, `memory`, or host:port/database (never the password). */
  location: string;
  prisma: PrismaClient;
  /** A fresh adapter factory over the same database, for Prisma's schema engine. */
  migrationAdapter(): SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/** Opens the database the options name: PostgreSQL when a url is given, otherwise embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options.connectTimeoutMs ?? 5000) : openPglite(options.dataDir);
}

/** host:port/database of a connection string, without credentials. */
export function describePostgresUrl(url: string): { host: string; port: string; database: string } {
  try {
    const parsed = new URL(url);
    return {
      host: parsed.hostname || 'localhost',
      port: parsed.port || '5432',
      database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres',
    };
  } catch {
    throw new DatabaseError('DB_URL_INVALID', {
      zh: 'DATABASE_URL 不是有效的连接串，应形如 postgresql://用户@主机:端口/数据库。',
      en: 'DATABASE_URL is not a valid connection string; expected postgresql://user@host:port/database.',
    });
  }
}

// A transaction first waits for a connection. Prisma's default wait (2 s) turned a burst of 200 concurrent case
// transitions into INTERNAL errors (bench/workflow); queueing longer lets a burst drain, each write still being short.
const TRANSACTION_OPTIONS = { maxWait: 15_000 };

async function openPostgres(url: string, connectTimeoutMs: number): Promise<Database> {
  const { host, port, database } = describePostgresUrl(url);
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  // pg emits 'error' on a client whose connection drops; without a listener that would crash the process.
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.query('select 1');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DatabaseError(
      'DB_UNREACHABLE',
      {
        zh: `无法连接 PostgreSQL ${host}:${port}（数据库 ${database}）：${reason}。请检查服务是否启动、DATABASE_URL 是否正确。`,
        en: `cannot reach PostgreSQL at ${host}:${port} (database ${database}): ${reason}. Check that the server is running and DATABASE_URL is right.`,
      },
      { cause },
    );
  } finally {
    await probe.end().catch(() => {});
  }

  // When all ten connections are busy, pg's pool queues the request for up to connectionTimeoutMillis: that is the
  // same wait as the transaction's, not the reachability timeout the probe above already spent.
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: TRANSACTION_OPTIONS.maxWait, max: 10 });
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
  return {
    kind: 'postgresql',
    location: `${host}:${port}/${database}`,
    prisma,
    migrationAdapter: () => withWholeScripts(new PrismaPg({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs }), url),
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

/**
 * The pg adapter runs a migration script by splitting it on every `;`, which breaks dollar-quoted bodies
 * (PL/pgSQL triggers). PostgreSQL's simple-query protocol runs a whole script, in one implicit transaction,
 * so scripts go to the server as written.
 */
function withWholeScripts(factory: PrismaPg, url: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      return Object.assign(adapter, {
        async executeScript(script: string) {
          const client = new pg.Client({ connectionString: url });
          client.on('error', () => {});
          await client.connect();
          try {
            await client.query(script);
          } finally {
            await client.end().catch(() => {});
          }
        },
      });
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirLock(dataDir);
    try {
      assertLooksLikePglite(dataDir);
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  let pglite: PGlite;
  try {
    pglite = new PGlite(dataDir ? path.join(dataDir, 'pg') : undefined);
    await pglite.waitReady;
    await pglite.query('select 1');
  } catch (cause) {
    lock?.release();
    throw corruptDataDir(dataDir ?? 'memory', cause);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions: TRANSACTION_OPTIONS });
  return {
    kind: 'pglite',
    location: dataDir ?? 'memory',
    prisma,
    migrationAdapter: () => new PrismaPGlite(pglite),
    async close() {
      await prisma.$disconnect();
      await pglite.close().catch(() => {});
      lock?.release();
    },
  };
}

// PGlite aborts deep inside WASM on some kinds of damage; checking the landmarks first gives a clear message.
function assertLooksLikePglite(dataDir: string): void {
  const pgDir = path.join(dataDir, 'pg');
  if (!fs.existsSync(pgDir)) return; // a new database
  const entries = fs.readdirSync(pgDir);
  if (entries.length === 0) return;
  const version = path.join(pgDir, 'PG_VERSION');
  const versionText = fs.existsSync(version) ? fs.readFileSync(version, 'utf8').trim() : '';
  if (!/^\d+$/.test(versionText) || !fs.existsSync(path.join(pgDir, 'global', 'pg_control'))) {
    throw corruptDataDir(dataDir, new Error(`PG_VERSION is ${versionText ? `"${versionText.slice(0, 20)}"` : 'missing'} or global/pg_control is missing`));
  }
}

function corruptDataDir(dataDir: string, cause: unknown): DatabaseError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new DatabaseError(
    'DATA_DIR_CORRUPT',
    {
      zh: `内置数据库目录 ${dataDir} 无法打开（${reason}）。目录未被改动或删除；请从备份恢复，或把它移走后重新启动以新建数据库。`,
      en: `the embedded database folder ${dataDir} cannot be opened (${reason}). Nothing in it was changed or deleted; restore it from a backup, or move it aside and start again to create a new database.`,
    },
    { cause },
  );
}
