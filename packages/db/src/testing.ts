// Test support: a fresh, migrated database per test file.
// With TEST_DATABASE_URL (an admin connection to a PostgreSQL server) each call creates a new database
// on that server and drops it afterwards; without it, the embedded PGlite runs in memory.
// Test infrastructure reads the environment here because vitest, not an app, is the process.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, describePostgresUrl, openDatabase } from './database.ts';
import { migrate } from './migrate.ts';

export interface TestDatabase extends Database {
  /** `pglite` or `postgresql host:port`, for test names and logs. */
  label: string;
}

export function testDatabaseKind(): 'pglite' | 'postgresql' {
  return process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const shouldMigrate = options.migrate ?? true;
  if (!adminUrl) {
    const database = await openDatabase({});
    if (shouldMigrate) await migrate(database);
    return { ...database, label: 'pglite' };
  }

  const name = `sx_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  if (shouldMigrate) await migrate(database);
  const { host, port } = describePostgresUrl(adminUrl);
  return {
    ...database,
    label: `postgresql ${host}:${port}`,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
      await dropper.connect();
      await dropper.query(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}
