import { accessibleBy, type AppAbility } from '@sanxiang/authz';
import type { CaseType, PartyKind, Procedure, TenantScopedClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { versionInForce } from './case-engines.ts';
import { stagesFor } from './lifecycles.ts';

const CASE = { zh: '案件', en: 'Case' };

export interface CreateCaseOptions {
  departmentId: string;
  number: string;
  title: string;
  type: CaseType;
  procedure: Procedure;
  enforcementItemId?: string | null;
  actDate: Date;
  facts?: Record<string, unknown>;
  /** When the violation happened, ended and was discovered (行政处罚法 第三十六条). */
  violationAt?: Date | null;
  violationEndedAt?: Date | null;
  discoveredAt?: Date | null;
  area?: string | null;
  parties: Array<{ kind: PartyKind; name: string; identifier?: string; address?: string; phone?: string; business?: boolean; minor?: boolean }>;
  officers: Array<{ userId: string; certificateId?: string | null; lead?: boolean }>;
  createdById: string;
}

/** Opens a case at the first stage of its procedure, with its parties and officers, in one transaction. */
export async function createCase(db: TenantScopedClient, options: CreateCaseOptions) {
  const firstStage = stagesFor(options.type, options.procedure)[0]!.key;
  const tenantId = db.$tenantId;
  return db.$transaction(async (tx) => {
    // Pinned: the configuration in force on the act date governs the case, whatever is published later.
    const version = await versionInForce(tx as unknown as TenantScopedClient, options.actDate);
    const created = await tx.case.create({
      data: {
        tenantId,
        departmentId: options.departmentId,
        number: options.number,
        title: options.title,
        type: options.type,
        procedure: options.procedure,
        stage: firstStage,
        enforcementItemId: options.enforcementItemId ?? null,
        actDate: options.actDate,
        facts: (options.facts ?? {}) as object,
        configVersionId: version?.id ?? null,
        violationAt: options.violationAt ?? null,
        violationEndedAt: options.violationEndedAt ?? null,
        discoveredAt: options.discoveredAt ?? null,
        area: options.area ?? null,
        createdById: options.createdById,
      },
    });
    for (const party of options.parties) {
      await tx.party.create({ data: { tenantId, caseId: created.id, ...party } });
    }
    for (const officer of options.officers) {
      await tx.caseOfficer.create({
        data: { tenantId, caseId: created.id, userId: officer.userId, certificateId: officer.certificateId ?? null, lead: officer.lead ?? false },
      });
    }
    return created;
  });
}

/** The cases this person may read, newest first. */
export async function listCases(db: TenantScopedClient, ability: AppAbility, options: { take?: number } = {}) {
  return db.case.findMany({
    where: { AND: [accessibleBy(ability).ofType('Case')] },
    orderBy: { createdAt: 'desc' },
    take: Math.min(options.take ?? 50, 200),
    select: {
      id: true,
      number: true,
      title: true,
      type: true,
      procedure: true,
      stage: true,
      actDate: true,
      department: { select: { code: true, name: true } },
    },
  });
}

/** One case with what its page shows. NOT_FOUND when it does not exist, is another tenant's, or is not readable. */
export async function getCase(db: TenantScopedClient, ability: AppAbility, id: string) {
  const found = await db.case.findFirst({
    where: { AND: [accessibleBy(ability).ofType('Case'), { id }] },
    include: {
      department: { select: { code: true, name: true } },
      enforcementItem: { select: { code: true, name: true, category: true, legalBasis: true } },
      parties: { orderBy: { createdAt: 'asc' } },
      officers: { where: { removedAt: null }, include: { user: { select: { displayName: true, username: true } } } },
    },
  });
  if (!found) throw AppError.notFound(CASE);
  const stages = stagesFor(found.type, found.procedure);
  return { ...found, stages, stageIndex: stages.findIndex((s) => s.key === found.stage) };
}
