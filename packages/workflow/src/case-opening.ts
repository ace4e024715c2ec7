import { accessibleBy, subject } from '@sanxiang/authz';
import { appendAuditEvent } from '@sanxiang/audit';
import type { CaseType, ItemCategory, PartyKind, Prisma, Procedure, TenantScopedClient } from '@sanxiang/db';
import { AppError, type LocalText } from '@sanxiang/errors';
import { beijingDate, dateColumn } from './beijing-time.ts';
import { versionInForce } from './case-engines.ts';
import { ZStatedFacts } from './case-particulars.ts';
import { certificateStandingOn } from './certificate-standing.ts';
import { stagesFor } from './lifecycles.ts';
import type { WorkflowContext } from './transition.ts';

// Opening a case from the catalogue (执法事项清单): the officer picks the item, the party and a second certified
// officer; the case starts at the first stage of its procedure with both officers' certificates on it (art. 42, 55).

const CASE_TYPE_OF: Record<ItemCategory, CaseType> = {
  PENALTY: 'PENALTY', COERCION: 'COERCION', INSPECTION: 'INSPECTION', LICENCE: 'LICENCE',
  EXPROPRIATION: 'EXPROPRIATION', CONFIRMATION: 'CONFIRMATION', OTHER: 'OTHER',
};

async function actingOfficer(context: Pick<WorkflowContext, 'db' | 'actor'>) {
  const user = await context.db.user.findFirst({ where: { id: context.actor.id }, include: { department: true } });
  if (!user?.department) {
    throw new AppError('FORBIDDEN', { zh: '您未隶属任何执法部门，不能办理案件', en: 'you belong to no enforcement department, so you cannot open cases' });
  }
  return { user, department: user.department };
}

/** Enforcement items of the officer's department (and the tenant-wide ones) whose name or code contains `query`. */
export async function searchCatalogue(context: Pick<WorkflowContext, 'db' | 'ability' | 'actor'>, input: { query: string; take?: number }) {
  const { department } = await actingOfficer(context);
  const query = input.query.trim();
  return context.db.enforcementItem.findMany({
    where: {
      AND: [
        accessibleBy(context.ability).ofType('EnforcementItem'),
        { active: true, OR: [{ departmentId: department.id }, { departmentId: null }] },
        ...(query ? [{ OR: [{ name: { contains: query, mode: 'insensitive' as const } }, { code: { contains: query, mode: 'insensitive' as const } }] }] : []),
      ],
    },
    orderBy: { code: 'asc' },
    take: Math.min(input.take ?? 20, 50),
    select: { id: true, code: true, name: true, category: true, legalBasis: true },
  });
}

/** Who may be the second officer: officers of the same department whose certificate is valid today. */
export async function caseOpeningOptions(context: Pick<WorkflowContext, 'db' | 'actor' | 'now'>) {
  const { user, department } = await actingOfficer(context);
  const today = beijingDate(context.now());
  // Roles are filtered here rather than with `roles: { has }`, which the PGlite driver adapter sends as a malformed
  // enum array; a department has tens of people, not thousands.
  const people = await context.db.user.findMany({
    where: { departmentId: department.id, active: true },
    orderBy: { username: 'asc' },
    select: { id: true, displayName: true, roles: true, certificates: { select: { id: true, number: true, domain: true, status: true, validFrom: true, validUntil: true, suspendedUntil: true } } },
  });
  const colleagues = people.filter((person) => person.roles.includes('OFFICER'));
  const certified = colleagues.map((colleague) => ({
    id: colleague.id,
    displayName: colleague.displayName,
    certificate: colleague.certificates.find((certificate) => certificateStandingOn(certificate, today) === 'VALID') ?? null,
  }));
  const self = certified.find((colleague) => colleague.id === user.id);
  return {
    department: { code: department.code, name: department.name },
    certificateNumber: self?.certificate?.number ?? null,
    coOfficers: certified.filter((colleague) => colleague.id !== user.id && colleague.certificate).map((colleague) => ({ id: colleague.id, displayName: colleague.displayName, certificateNumber: colleague.certificate!.number })),
  };
}

export interface OpenCaseInput {
  enforcementItemId: string;
  title: string;
  procedure: Procedure;
  /** YYYY-MM-DD; today (Beijing) when absent. */
  actDate?: string | undefined;
  violationAt?: string | undefined;
  discoveredAt?: string | undefined;
  party: { kind: PartyKind; name: string; identifier?: string | undefined; address?: string | undefined; phone?: string | undefined; business?: boolean | undefined };
  coOfficerId: string;
  /** Engine facts known at filing, e.g. the intended fine. */
  facts?: Record<string, unknown> | undefined;
}

const refusal = (problems: LocalText[]) => new AppError('GATE_BLOCKED', {
  zh: `不能立案：${problems.map((problem) => problem.zh).join('；')}`,
  en: `cannot open the case: ${problems.map((problem) => problem.en).join('; ')}`,
}, { details: { gates: problems.map((message) => ({ code: 'wf.two-certified-officers', message, basis: ['《中华人民共和国行政处罚法》第四十二条'], reason: message, blocks: ['FILE'] })) } });

/** Opens a case of the officer's department from a catalogue item, numbered `<DEPT>-<year>-<seq>`, with an audit event. */
export async function openCase(context: WorkflowContext, input: OpenCaseInput): Promise<{ id: string; number: string }> {
  const { department } = await actingOfficer(context);
  const facts = ZStatedFacts.safeParse(input.facts ?? {});
  if (!facts.success) {
    throw new AppError('BAD_INPUT', { zh: '立案时填写的案件事实有误', en: 'the facts given at filing are not valid' }, { details: { problems: facts.error.issues.map((issue) => ({ pointer: `/facts/${issue.path.join('/')}`, message: issue.message })) } });
  }
  if (!context.ability.can('create', subject('Case', { departmentId: department.id } as never))) {
    throw new AppError('FORBIDDEN', { zh: '您的角色不能立案', en: 'your role may not open cases' });
  }
  const item = await context.db.enforcementItem.findFirst({ where: { id: input.enforcementItemId, active: true, OR: [{ departmentId: department.id }, { departmentId: null }] } });
  if (!item) throw AppError.notFound({ zh: '执法事项', en: 'Enforcement item' });
  const options = await caseOpeningOptions(context);
  const problems: LocalText[] = [];
  if (!options.certificateNumber) problems.push({ zh: '您没有当日有效的执法证', en: 'you hold no certificate valid today' });
  const coOfficer = options.coOfficers.find((colleague) => colleague.id === input.coOfficerId);
  if (!coOfficer) problems.push({ zh: '第二名执法人员须为本部门持有效执法证的执法人员', en: 'the second officer must be an officer of this department with a valid certificate' });
  if (problems.length > 0) throw refusal(problems);
  const certificates = await context.db.officerCertificate.findMany({ where: { number: { in: [options.certificateNumber!, coOfficer!.certificateNumber] } }, select: { id: true, number: true } });
  const certificateId = (number: string) => certificates.find((certificate) => certificate.number === number)?.id ?? null;
  const actDate = input.actDate ?? beijingDate(context.now());
  const year = actDate.slice(0, 4);
  const prefix = `${department.code.toUpperCase()}-${year}-`;
  // Numbers are per department and year; a concurrent opening that took the same number makes the insert fail on the
  // unique key, and the next number is tried.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const taken = await context.db.case.count({ where: { number: { startsWith: prefix } } });
    const number = `${prefix}${String(taken + 1 + attempt).padStart(4, '0')}`;
    try {
      const created = await context.db.$transaction(async (tx) => {
        const client = tx as unknown as TenantScopedClient;
        const tenantId = context.db.$tenantId;
        // Pinned: the configuration in force on the act date governs the case, whatever is published later.
        const version = await versionInForce(client, dateColumn(actDate));
        const row = await client.case.create({
          data: {
            tenantId, departmentId: department.id, number, title: input.title, type: CASE_TYPE_OF[item.category], procedure: input.procedure,
            stage: stagesFor(CASE_TYPE_OF[item.category], input.procedure)[0]!.key, enforcementItemId: item.id,
            actDate: dateColumn(actDate), facts: { ...Object.fromEntries(Object.entries(facts.data).filter(([, value]) => value !== null)), partyType: input.party.kind }, configVersionId: version?.id ?? null,
            violationAt: input.violationAt ? dateColumn(input.violationAt) : null,
            discoveredAt: input.discoveredAt ? dateColumn(input.discoveredAt) : null,
            createdById: context.actor.id,
          },
        });
        const { party } = input;
        await client.party.create({
          data: {
            tenantId, caseId: row.id, kind: party.kind, name: party.name, identifier: party.identifier || null, address: party.address || null,
            phone: party.phone || null, business: party.business ?? true,
          },
        });
        await client.caseOfficer.create({ data: { tenantId, caseId: row.id, userId: context.actor.id, certificateId: certificateId(options.certificateNumber!), lead: true } });
        await client.caseOfficer.create({ data: { tenantId, caseId: row.id, userId: coOfficer!.id, certificateId: certificateId(coOfficer!.certificateNumber) } });
        await appendAuditEvent(tx as unknown as Prisma.TransactionClient, tenantId, {
          actorId: context.actor.id, action: 'case.open', entity: 'Case', entityId: row.id,
          data: { number, itemCode: item.code, procedure: input.procedure, actDate, party: party.name, officers: [context.actor.id, coOfficer!.id] },
        });
        return row;
      });
      return { id: created.id, number };
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002') throw error;
    }
  }
  throw new AppError('CONFLICT', { zh: '案件编号冲突，请重试', en: 'the case number was taken; try again' });
}
