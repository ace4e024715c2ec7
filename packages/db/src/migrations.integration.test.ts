import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDrift, listMigrations, migrate, migrationsDrift, migrationStatus } from './migrate.ts';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from './testing.ts';

describe('the migrations folder', () => {
  // Compiling the schema engine's WASM and replaying every migration takes seconds, minutes on a loaded machine.
  it('replays to exactly schema.prisma', { timeout: 300_000 }, async () => {
    expect(await migrationsDrift()).toBe('');
  });
});

describe(`migrations on ${testDatabaseKind()}`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase({ migrate: false });
    console.log(`[integration] migrations test runs on ${db.label}`);
  });
  afterAll(async () => db?.close());

  it('applies every migration to an empty database, which then has exactly the schema in schema.prisma', async () => {
    expect((await migrationStatus(db)).state).toBe('empty');
    const { applied } = await migrate(db);
    expect(applied).toEqual(listMigrations().migrationDirectories.map((d) => d.path));
    expect(await migrationStatus(db)).toMatchObject({ state: 'up-to-date', pending: [] });
    expect(await databaseDrift(db)).toEqual([]);
  });

  it('a second run applies nothing', async () => {
    expect((await migrate(db)).applied).toEqual([]);
  });

  it('notices when the live database drifts from schema.prisma', async () => {
    await db.prisma.$executeRawUnsafe('ALTER TABLE "Complaint" DROP COLUMN "contact"');
    await db.prisma.$executeRawUnsafe('CREATE INDEX "stray_index" ON "Case" ("title")');
    const drift = await databaseDrift(db);
    expect(drift).toContainEqual(expect.stringMatching(/^- column Complaint contact text YES/));
    expect(drift).toContainEqual(expect.stringMatching(/^\+ index Case stray_index/));
  });
});
