import type { Database } from './database.ts';

/**
 * The shape of the public schema as PostgreSQL's catalog reports it: enums, columns, indexes and constraints,
 * sorted, as text. Two databases with equal snapshots have the same schema, whichever engine built them.
 * (Prisma's own describer cannot read PostgreSQL's `"char"` catalog columns through the pg adapter, so the
 * comparison with a live server is made here, from the catalog.)
 */
export async function snapshotSchema(database: Database): Promise<string[]> {
  const q = <T>(sql: string) => database.prisma.$queryRawUnsafe<T[]>(sql);
  const enums = await q<{ name: string; labels: string }>(`
    select t.typname::text as name, string_agg(e.enumlabel::text, ',' order by e.enumsortorder) as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = 'public' group by t.typname`);
  const columns = await q<{ line: string }>(`
    select concat_ws(' ', table_name, column_name, udt_name, is_nullable,
      coalesce(column_default, '-'), coalesce(character_maximum_length::text, '-'),
      coalesce(numeric_precision::text, '-'), coalesce(numeric_scale::text, '-')) as line
    from information_schema.columns
    where table_schema = 'public' and table_name <> '_prisma_migrations'`);
  const indexes = await q<{ line: string }>(`
    select concat_ws(' ', tablename, indexname, indexdef) as line
    from pg_indexes where schemaname = 'public' and tablename <> '_prisma_migrations'`);
  const constraints = await q<{ line: string }>(`
    select concat_ws(' ', c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)) as line
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = 'public' and c.conrelid::regclass::text <> '_prisma_migrations'
      and c.contype <> 'n' -- newer servers list NOT NULL here too; nullability is compared per column
    `);
  return [
    ...enums.map((row) => `enum ${row.name} ${row.labels}`),
    ...columns.map((row) => `column ${row.line}`),
    ...indexes.map((row) => `index ${row.line}`),
    ...constraints.map((row) => `constraint ${row.line}`),
  ].sort();
}

/** Lines present in one snapshot and not the other: `+` only in `actual`, `-` missing from it. */
export function compareSnapshots(expected: string[], actual: string[]): string[] {
  const want = new Set(expected);
  const have = new Set(actual);
  return [
    ...expected.filter((line) => !have.has(line)).map((line) => `- ${line}`),
    ...actual.filter((line) => !want.has(line)).map((line) => `+ ${line}`),
  ];
}
