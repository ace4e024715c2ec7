// Fails loudly when the PostgreSQL server CI relies on cannot be reached or cannot create databases.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(path.join(root, 'packages/db/package.json'))('pg');
const url = process.env.TEST_DATABASE_URL;
const { hostname, port } = new URL(url);
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  const name = `sx_ci_probe_${Date.now()}`;
  await client.query(`create database "${name}"`);
  await client.query(`drop database "${name}"`);
  const { rows } = await client.query('show server_version');
  console.log(`[ci] PostgreSQL ${rows[0].server_version} at ${hostname}:${port || 5432} is ready; each integration test file creates its own fresh database there`);
  await client.end();
} catch (error) {
  console.error(`[ci] 无法使用 PostgreSQL ${hostname}:${port || 5432}：${error.message} / cannot use PostgreSQL at ${hostname}:${port || 5432}: ${error.message}`);
  process.exit(1);
}
