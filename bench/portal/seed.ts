/**
 * Seeds the portal benchmark: a scratch database on the PostgreSQL server, migrated with the project's own
 * migrations, then 1,000,000 disclosures loaded in batches of multi-row INSERT … SELECT FROM unnest(…) (one
 * round trip per batch, every column an array parameter). The Disclosure indexes are dropped for the load and
 * rebuilt afterwards from their own definitions, as any bulk load does, then the table is analysed.
 *
 *   node --import tsx bench/portal/seed.ts [--rows N] [--url postgresql://postgres@127.0.0.1:5432/postgres] [--keep]
 */
import { randomBytes } from 'node:crypto';
import { migrate, openDatabase, type Database } from '../../packages/db/src/index.ts';
import { rowsFor, type DisclosureRow, type Samples } from './synthetic-disclosures.ts';

export const DEFAULT_ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Runs statements on the server's admin database, outside any transaction (CREATE and DROP DATABASE need that). */
async function onAdmin(adminUrl: string, statements: string[]): Promise<void> {
  const admin = await openDatabase({ url: adminUrl });
  try {
    for (const statement of statements) await admin.prisma.$executeRawUnsafe(statement);
  } finally {
    await admin.close();
  }
}

export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `sx_bench_portal_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  // Index builds after the load get room to sort in memory; every session of the scratch database inherits it.
  await onAdmin(adminUrl, [`create database "${name}"`, `alter database "${name}" set maintenance_work_mem = '512MB'`]);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => onAdmin(adminUrl, [`drop database if exists "${name}" with (force)`]) };
}

/** The tenants: one large city and two small ones, so every search must keep to its tenant. */
export const TENANTS = [
  { code: 'zhongshan', name: '中山市', city: '中山市', share: 0.9 },
  { code: 'shaoyang', name: '邵阳市', city: '邵阳市', share: 0.05 },
  { code: 'changji', name: '昌吉市', city: '昌吉市', share: 0.05 },
] as const;

const COLUMNS: [keyof DisclosureRow, string][] = [
  ['id', 'text'], ['tenantId', 'text'], ['itemKey', 'text'], ['itemName', 'text'], ['status', 'text'], ['dueDate', 'text'],
  ['displayMonths', 'int4'], ['displayUntil', 'text'], ['payload', 'text'], ['publishedAt', 'text'], ['withdrawnAt', 'text'],
  ['reason', 'text'], ['withdrawalBasis', 'text'], ['partyName', 'text'], ['partyNameKey', 'text'], ['partyNameTokens', 'text'],
  ['creditCode', 'text'], ['decisionNumber', 'text'], ['itemCode', 'text'], ['caseType', 'text'], ['decidedOn', 'text'], ['publishedOn', 'text'],
];

const INSERT = `
  INSERT INTO "Disclosure" (id, "tenantId", "itemKey", "itemName", channel, channels, "dueDate", "displayMonths", "displayUntil", status,
    payload, "publishedAt", "withdrawnAt", reason, "withdrawalBasis", "partyName", "partyNameKey", "partyNameTokens", "creditCode",
    "decisionNumber", "itemCode", "caseType", "decidedOn", "publishedOn", "createdAt", "updatedAt")
  SELECT id, "tenantId", "itemKey", "itemName", 'GOV_WEBSITE', ARRAY['GOV_WEBSITE'], "dueDate"::date, "displayMonths", "displayUntil"::date,
    status::"DisclosureStatus", payload::jsonb, "publishedAt"::timestamp, "withdrawnAt"::timestamp, reason, "withdrawalBasis",
    "partyName", "partyNameKey", CASE WHEN "partyNameTokens" = '' THEN ARRAY[]::text[] ELSE string_to_array("partyNameTokens", E'\\x1f') END,
    "creditCode", "decisionNumber", "itemCode", "caseType"::"CaseType", "decidedOn"::date, "publishedOn"::date, now(), now()
  FROM unnest(${COLUMNS.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ')})
    AS t(${COLUMNS.map(([name]) => `"${name}"`).join(', ')})`;

export interface SeedResult {
  rows: number;
  tenantIds: Record<string, string>;
  samples: Samples;
  loadSeconds: number;
  indexSeconds: number;
  tableMb: number;
  indexMb: number;
}

export async function seedDisclosures(url: string, rows: number, log: (line: string) => void, batch = 5000): Promise<SeedResult> {
  const database = await openDatabase({ url });
  try {
    log(`migrating ${url.replace(/\/\/[^@]*@/u, '//')}`);
    await migrate(database);
    return await load(database, rows, log, batch);
  } finally {
    await database.close();
  }
}

async function load(database: Database, rows: number, log: (line: string) => void, batch: number): Promise<SeedResult> {
  const sql = database.prisma;
  const tenantIds: Record<string, string> = {};
  for (const tenant of TENANTS) {
    const [row] = await sql.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO "Tenant" (id, code, name, region, level, "updatedAt") VALUES (gen_random_uuid()::text, $1, $2, $3, 'PREFECTURE', now()) RETURNING id`,
      tenant.code, tenant.name, tenant.city,
    );
    tenantIds[tenant.code] = row!.id;
  }
  const indexes = await sql.$queryRawUnsafe<{ indexname: string; indexdef: string }[]>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Disclosure' AND indexname <> 'Disclosure_pkey' ORDER BY indexname`,
  );
  for (const index of indexes) await sql.$executeRawUnsafe(`DROP INDEX "${index.indexname}"`);
  log(`dropped ${indexes.length} Disclosure indexes for the load; loading ${rows.toLocaleString('en')} rows in batches of ${batch}`);

  const samples: Samples = { brands: [], people: [], trades: [], creditCodes: [], decisionNumbers: [], itemCodes: [] };
  const started = performance.now();
  let done = 0;
  for (const [index, tenant] of TENANTS.entries()) {
    const count = index === TENANTS.length - 1 ? rows - done : Math.round(rows * tenant.share);
    // Only the large tenant is searched; the others are there to be kept out.
    const next = rowsFor(tenantIds[tenant.code]!, tenant.city, 7 + index, tenant.code === 'zhongshan' ? samples : emptySamples());
    for (let offset = 0; offset < count; offset += batch) {
      const size = Math.min(batch, count - offset);
      const columns = COLUMNS.map(() => new Array<unknown>(size));
      for (let i = 0; i < size; i += 1) {
        const row = next();
        COLUMNS.forEach(([name], c) => { columns[c]![i] = row[name]; });
      }
      await sql.$executeRawUnsafe(INSERT, ...columns);
      done += size;
      if (done % 100_000 < batch || done === rows) {
        const seconds = (performance.now() - started) / 1000;
        log(`  ${done.toLocaleString('en').padStart(9)} rows  ${seconds.toFixed(1)} s  (${Math.round(done / seconds).toLocaleString('en')} rows/s)`);
      }
    }
  }
  const loadSeconds = (performance.now() - started) / 1000;
  const indexStarted = performance.now();
  for (const index of indexes) {
    const t = performance.now();
    await sql.$executeRawUnsafe(index.indexdef);
    log(`  rebuilt ${index.indexname} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await sql.$executeRawUnsafe('VACUUM (ANALYZE) "Disclosure"');
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  const [size] = await sql.$queryRawUnsafe<{ table: bigint; indexes: bigint }[]>(
    `SELECT pg_table_size('"Disclosure"') AS table, pg_indexes_size('"Disclosure"') AS indexes`,
  );
  return {
    rows: done, tenantIds, samples, loadSeconds, indexSeconds,
    tableMb: Number(size!.table) / 1048576, indexMb: Number(size!.indexes) / 1048576,
  };
}

/** The samples a seed of `rows` rows collects for the large tenant, regenerated without writing anything. */
export function regenerateSamples(rows: number): { samples: Samples } {
  const samples = emptySamples();
  const [large] = TENANTS;
  const next = rowsFor('', large.city, 7, samples);
  for (let i = Math.round(rows * large.share); i > 0; i -= 1) next();
  return { samples };
}

function emptySamples(): Samples {
  return { brands: [], people: [], trades: [], creditCodes: [], decisionNumbers: [], itemCodes: [] };
}

// Run directly: seed a scratch database and keep it (or drop it with --drop), printing its name.
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const scratch = await createScratchDatabase(flag('--url') ?? DEFAULT_ADMIN_URL);
  try {
    const result = await seedDisclosures(scratch.url, Number(flag('--rows') ?? 1_000_000), console.log);
    console.log(JSON.stringify({ database: scratch.name, rows: result.rows, load_s: result.loadSeconds, index_s: result.indexSeconds, table_mb: result.tableMb, index_mb: result.indexMb }));
  } finally {
    if (args.includes('--drop')) await scratch.drop();
  }
}
