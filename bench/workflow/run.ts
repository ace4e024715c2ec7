/**
 * Workflow load benchmark (not a test), issue 5: concurrent transitions on PostgreSQL through the real tRPC procedures.
 *
 *   pnpm bench:workflow                                   (from the repository root)
 *   BENCH_DATABASE_URL=postgresql://user@host:5432/postgres pnpm bench:workflow -- --cases 50 --transitions 200
 *
 * It creates a scratch database on that server (dropped at the end), migrates it, seeds Shaoyang's real configuration
 * with the journey fixtures, opens and files the cases, then fires every transition at once, each with the
 * expectedVersion its sender saw. Several aim at the same version of the same case, so exactly one of them may win and
 * the others must get CONFLICT naming the current version. Afterwards history-checks.ts proves no update was lost,
 * each case's version and transition rows add up, and the audit chain verifies with one event per successful write.
 * The last line is one JSON object: {"throughput_per_s":…, "p50_ms":…, "p99_ms":…, "conflicts":…, "history_ok":…}.
 */
import { randomBytes } from 'node:crypto';
import { seedJourney } from '../../packages/api/src/journey-fixtures.ts';
import { describePostgresUrl, migrate, openDatabase, type Database } from '../../packages/db/src/index.ts';
import { AppError } from '../../packages/errors/src/index.ts';
import { type Attempt, checkHistory } from './history-checks.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const CASES = option('cases', 50);
const TRANSITIONS = option('transitions', 200);
// The bench is a script, not an app: it reads its one setting here.
const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

// On-site records keep a case in INVESTIGATION, so any of them can follow any other; the engine still judges each.
const STEPS = ['record-inspection', 'record-inquiry', 'record-evidence-taking'] as const;
const ON_SITE = { startedAt: '2025-09-02T10:00:00+08:00', endedAt: '2025-09-02T11:00:00+08:00', place: '邵阳市双清区某食品店' };

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** A seeded shuffle, so the order of arrival is the same on every run and only the server's timing varies. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  for (let index = result.length - 1; index > 0; index--) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    const other = state % (index + 1);
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

async function withScratchDatabase<T>(work: (database: Database, name: string) => Promise<T>): Promise<T> {
  const admin = await openDatabase({ url: ADMIN_URL });
  const name = `sx_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await admin.prisma.$executeRawUnsafe(`create database "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let database: Database | undefined;
  try {
    database = await openDatabase({ url: url.toString() });
    await migrate(database);
    return await work(database, name);
  } finally {
    await database?.close();
    await admin.prisma.$executeRawUnsafe(`drop database if exists "${name}" with (force)`);
    await admin.close();
  }
}

async function bench(database: Database, scratchName: string) {
  const journey = await seedJourney(database);
  const [head, officer1, officer2] = [await journey.as('head'), await journey.as('officer1'), await journey.as('officer2')];
  const officers = [{ caller: officer1, id: journey.users.officer1 }, { caller: officer2, id: journey.users.officer2 }];

  // Setup, not measured: open every case and file it (the head's door), which also compiles the engine once.
  const versions = new Map<string, number>();
  for (let index = 0; index < CASES; index++) {
    const caseId = await journey.openCase({ type: 'PENALTY', procedure: 'GENERAL', number: `SY-BENCH-${String(index + 1).padStart(4, '0')}`, facts: { intendedFine: 5000 } });
    const filed = await head.case.approve({ id: caseId, transition: 'approve-filing', expectedVersion: 1 });
    versions.set(caseId, filed.case.version);
  }
  journey.clock.now = new Date('2025-09-02T12:00:00+08:00');
  const auditEvents = await database.prisma.auditEvent.count({ where: { tenantId: journey.tenantId } });

  // Per case, senders in pairs: two saw version 2, two saw version 3, and so on; at most one of each pair can win.
  const caseIds = [...versions.keys()];
  const plan = Array.from({ length: TRANSITIONS }, (_, index) => {
    const caseId = caseIds[index % caseIds.length]!;
    const round = Math.floor(index / caseIds.length);
    const sender = officers[round % 2]!;
    return { caseId, sender, transition: STEPS[round % STEPS.length]!, expectedVersion: versions.get(caseId)! + Math.floor(round / 2) };
  });

  const attempts: Attempt[] = [];
  const started = performance.now();
  await Promise.all(shuffled(plan, 20251122).map(async ({ caseId, sender, transition, expectedVersion }) => {
    const sent = performance.now();
    let result: Attempt['result'];
    try {
      const outcome = await sender.caller.case.transition({ id: caseId, transition, expectedVersion, detail: ON_SITE });
      result = { ok: true, version: outcome.case.version };
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      const appError = cause instanceof AppError ? cause : null;
      const details = appError?.details as { currentVersion?: unknown } | undefined;
      result = { ok: false, code: appError?.code ?? 'NOT_AN_APP_ERROR', currentVersion: details?.currentVersion, message: appError?.text.en ?? String(error) };
    }
    attempts.push({ caseId, transition, actorId: sender.id, expectedVersion, result, ms: performance.now() - sent });
  }));
  const wallMs = performance.now() - started;

  const problems = await checkHistory(database.prisma, { tenantId: journey.tenantId, versions, auditEvents }, attempts);
  const latencies = attempts.map((attempt) => attempt.ms);
  const succeeded = attempts.filter((attempt) => attempt.result.ok).length;
  const conflicts = attempts.filter((attempt) => !attempt.result.ok && attempt.result.code === 'CONFLICT').length;
  const round = (value: number) => Math.round(value * 10) / 10;
  const summary = {
    database: `postgresql ${describePostgresUrl(ADMIN_URL).host}:${describePostgresUrl(ADMIN_URL).port}`,
    cases: CASES,
    transitions: TRANSITIONS,
    wall_ms: round(wallMs),
    throughput_per_s: round((TRANSITIONS / wallMs) * 1000),
    writes_per_s: round((succeeded / wallMs) * 1000),
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(Math.max(...latencies)),
    succeeded,
    conflicts,
    other: TRANSITIONS - succeeded - conflicts,
    audit_events: await database.prisma.auditEvent.count({ where: { tenantId: journey.tenantId } }),
    history_ok: problems.length === 0,
  };
  console.log(`workflow load: ${CASES} cases, ${TRANSITIONS} concurrent transitions on ${summary.database} (scratch database ${scratchName})`);
  console.log(`throughput  ${summary.throughput_per_s} transitions/s (${summary.writes_per_s} successful writes/s), all settled in ${summary.wall_ms} ms`);
  console.log(`latency     p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms, max ${summary.max_ms} ms`);
  console.log(`outcomes    ${succeeded} succeeded, ${conflicts} CONFLICT with the current version, ${summary.other} other`);
  console.log(`history     ${problems.length === 0 ? `adds up: no lost update, versions and transition rows match, audit chain verifies (${summary.audit_events} events)` : `${problems.length} problem(s):`}`);
  for (const problem of problems.slice(0, 20)) console.log(`  - ${problem}`);
  console.log(JSON.stringify(summary));
  return problems.length === 0 ? 0 : 1;
}

withScratchDatabase(bench).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`工作流压测失败 / the workflow bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
