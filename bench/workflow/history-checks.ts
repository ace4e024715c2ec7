// What must hold after the load, whatever order the transitions landed in: no lost update, every outcome accounted
// for, each case's history adding up, and an audit chain that verifies with one event per successful write.
import { verifyAuditChain } from '../../packages/audit/src/index.ts';
import type { PrismaClient } from '../../packages/db/src/index.ts';

export interface Attempt {
  caseId: string;
  transition: string;
  actorId: string;
  expectedVersion: number;
  /** What came back: the new version, or the refusal's code and the current version it named. */
  result: { ok: true; version: number } | { ok: false; code: string; currentVersion: unknown; message: string };
  ms: number;
}

export interface LoadBaseline {
  tenantId: string;
  /** Case versions before the load (after the setup steps). */
  versions: Map<string, number>;
  auditEvents: number;
}

/** Every broken promise, one line each; an empty list means the history adds up. */
export async function checkHistory(prisma: PrismaClient, baseline: LoadBaseline, attempts: readonly Attempt[]): Promise<string[]> {
  const problems: string[] = [];
  for (const attempt of attempts) {
    const { result } = attempt;
    if (result.ok) {
      if (result.version !== attempt.expectedVersion + 1) problems.push(`${attempt.caseId} ${attempt.transition}: succeeded from version ${attempt.expectedVersion} but reports ${result.version}`);
    } else if (result.code !== 'CONFLICT') {
      problems.push(`${attempt.caseId} ${attempt.transition}: ${result.code} (${result.message}), expected success or CONFLICT`);
    } else if (typeof result.currentVersion !== 'number' || result.currentVersion === attempt.expectedVersion) {
      problems.push(`${attempt.caseId} ${attempt.transition}: CONFLICT from version ${attempt.expectedVersion} names current version ${String(result.currentVersion)}`);
    }
  }

  let successes = 0;
  for (const [caseId, before] of baseline.versions) {
    const won = attempts.filter((attempt) => attempt.caseId === caseId && attempt.result.ok);
    successes += won.length;
    // Two successes from one version would be a lost update: the second overwrote what the first wrote.
    const from = won.map((attempt) => attempt.expectedVersion).sort((a, b) => a - b);
    if (new Set(from).size !== from.length) problems.push(`${caseId}: two transitions succeeded from the same version (${from.join(', ')})`);
    const stored = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
    if (stored.version !== before + won.length) problems.push(`${caseId}: version ${stored.version}, but ${before} + ${won.length} successes`);
    const rows = await prisma.caseTransition.findMany({ where: { caseId }, orderBy: { caseVersion: 'asc' } });
    // Version 1 is the case as opened; every later version is exactly one transition row.
    const expected = Array.from({ length: stored.version - 1 }, (_, index) => index + 2);
    if (rows.map((row) => row.caseVersion).join() !== expected.join()) problems.push(`${caseId}: transition rows at versions ${rows.map((row) => row.caseVersion).join()} for version ${stored.version}`);
    for (const attempt of won) {
      const row = rows.find((each) => each.caseVersion === attempt.expectedVersion + 1);
      if (!row || row.action !== attempt.transition || row.actorId !== attempt.actorId) {
        problems.push(`${caseId}: the row at version ${attempt.expectedVersion + 1} is ${row ? `${row.action} by ${row.actorId}` : 'missing'}, not ${attempt.transition} by ${attempt.actorId}`);
      }
    }
  }

  const chain = await verifyAuditChain(prisma, baseline.tenantId);
  if (!chain.ok) problems.push(`audit chain broken at sequence ${chain.firstBadSeq}: ${chain.reason}`);
  const events = await prisma.auditEvent.count({ where: { tenantId: baseline.tenantId } });
  if (events !== baseline.auditEvents + successes) problems.push(`${events} audit events, but ${baseline.auditEvents} before the load + ${successes} successful transitions`);
  const transitionEvents = await prisma.auditEvent.count({ where: { tenantId: baseline.tenantId, action: 'case.transition' } });
  const transitionRows = await prisma.caseTransition.count({ where: { tenantId: baseline.tenantId } });
  if (transitionEvents !== transitionRows) problems.push(`${transitionEvents} case.transition audit events for ${transitionRows} transition rows`);
  return problems;
}
