import { type AppAbility, accessibleBy, subject } from '@sanxiang/authz';
import type { Prisma, TenantScopedClient } from '@sanxiang/db';
import { AnnualReportBuilder, type AnnualReport, type ReportCase, type ReportCaseType, type ReportDepartment } from '@sanxiang/statistics';
import { LICENCE_DECISION_STEP, licenceOutcomeOf } from '@sanxiang/workflow';

// The query lives here rather than in packages/statistics because that package stays free of the database; it maps
// rows onto the statistics package's plain input (report-input.ts) and feeds the builder one page at a time.

const PAGE = 1000;
const HEARING_STEP = 'hold-hearing';
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const CASE_SELECT = {
  id: true, number: true, departmentId: true, type: true, procedure: true, actDate: true, filedAt: true, facts: true,
  enforcementItem: { select: { name: true } },
  decisions: { select: { id: true, number: true, decidedAt: true, penalties: true, fineAmount: true, status: true, updatedAt: true, correctsId: true } },
  actions: { select: { type: true, startedAt: true } },
  reviews: { where: { status: 'PASSED' }, select: { id: true } },
  // 举行听证 is the `hold-hearing` step of the penalty lifecycle (packages/workflow lifecycles.ts); the licence
  // decision step's detail holds the grant or refusal. Newest first, so the latest decision step is the one counted.
  transitions: { where: { action: { in: [HEARING_STEP, LICENCE_DECISION_STEP] } }, select: { action: true, detail: true }, orderBy: { caseVersion: 'desc' } },
} satisfies Prisma.CaseSelect;

type CaseRow = Prisma.CaseGetPayload<{ select: typeof CASE_SELECT }>;

/** Midnight to midnight in Beijing, as instants. */
export function beijingYearRange(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1) - BEIJING_OFFSET_MS), lt: new Date(Date.UTC(year + 1, 0, 1) - BEIJING_OFFSET_MS) };
}

const record = (value: Prisma.JsonValue): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});

/**
 * 征收 and 征用 share Case.type EXPROPRIATION. Until the schema tells them apart, a case is 征用 when its facts say
 * `expropriationKind: "REQUISITION"`, or when its enforcement item's name speaks of 征用 and not of 征收.
 */
function reportType(row: CaseRow): ReportCaseType {
  if (row.type !== 'EXPROPRIATION') return row.type;
  const declared = record(row.facts).expropriationKind;
  if (declared === 'REQUISITION') return 'REQUISITION';
  if (declared === 'EXPROPRIATION') return 'EXPROPRIATION';
  const name = row.enforcementItem?.name ?? '';
  return name.includes('征用') && !name.includes('征收') ? 'REQUISITION' : 'EXPROPRIATION';
}

function penaltiesOf(value: Prisma.JsonValue): { kind: string; amount: number | null }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const penalty = record(entry);
    return typeof penalty.kind === 'string' ? [{ kind: penalty.kind, amount: typeof penalty.amount === 'number' ? penalty.amount : null }] : [];
  });
}

export function reportCaseOf(row: CaseRow): ReportCase {
  const licenceDecision = row.type === 'LICENCE' ? row.transitions.find((transition) => transition.action === LICENCE_DECISION_STEP) : undefined;
  return {
    id: row.id,
    number: row.number,
    departmentId: row.departmentId,
    type: reportType(row),
    procedure: row.procedure,
    actDate: row.actDate.toISOString().slice(0, 10),
    filedAt: row.filedAt ? row.filedAt.toISOString() : null,
    decisions: row.decisions.map((decision) => ({
      id: decision.id,
      number: decision.number,
      decidedAt: decision.decidedAt.toISOString(),
      penalties: penaltiesOf(decision.penalties),
      amount: decision.fineAmount === null ? null : Number(decision.fineAmount),
      status: decision.status,
      // A corrected decision is written once more, when its status changes; updatedAt is that moment.
      statusChangedAt: decision.status === 'IN_FORCE' ? null : decision.updatedAt.toISOString(),
      correctsId: decision.correctsId,
    })),
    actions: row.actions.map((action) => ({ type: action.type, startedAt: action.startedAt.toISOString() })),
    // A licence decided before the step recorded its outcome shows under "outcome not recorded" rather than a guess.
    licenceOutcome: licenceDecision ? licenceOutcomeOf(licenceDecision.detail) : null,
    hearingHeld: row.transitions.some((transition) => transition.action === HEARING_STEP),
    legalReviewed: row.reviews.length > 0,
  };
}

/**
 * The annual report over the cases this person may read: the whole tenant for the judicial bureau's supervisor, one
 * department for its head. Only cases with something in the year are read, a page at a time.
 */
export async function buildAnnualReport(db: TenantScopedClient, ability: AppAbility, input: { year: number; organisation: string }): Promise<AnnualReport> {
  const range = beijingYearRange(input.year);
  const agencies = await db.department.findMany({ where: { type: 'ENFORCEMENT_AGENCY' }, select: { id: true, code: true, name: true }, orderBy: { code: 'asc' } });
  const departments: ReportDepartment[] = agencies.filter((department) => ability.can('read', subject('Case', { departmentId: department.id } as never)));
  const builder = new AnnualReportBuilder(input.year, { departments, organisation: input.organisation });
  const where: Prisma.CaseWhereInput = {
    AND: [
      accessibleBy(ability).ofType('Case'),
      {
        OR: [
          { decisions: { some: { OR: [{ decidedAt: range }, { status: { not: 'IN_FORCE' }, updatedAt: range }] } } },
          { actions: { some: { startedAt: range } } },
          { type: 'LICENCE', filedAt: range },
        ],
      },
    ],
  };
  let cursor: string | undefined;
  for (;;) {
    const rows: CaseRow[] = await db.case.findMany({ where, select: CASE_SELECT, orderBy: { id: 'asc' }, take: PAGE, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
    for (const row of rows) builder.add(reportCaseOf(row));
    if (rows.length < PAGE) break;
    cursor = rows.at(-1)?.id;
  }
  return builder.build();
}
