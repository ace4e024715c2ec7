/**
 * What officers and the judicial bureau see of after-the-act disclosure: the list, and the overdue and soon-due
 * disclosures (publication past its due date, or due within the tenant's window of working days). Rows come
 * through CASL: an officer sees the department's, the supervisor every department's.
 */
import { accessibleBy } from '@sanxiang/authz';
import type { DisclosureStatus, Prisma } from '@sanxiang/db';
import { beijingDay, dayColumn } from './beijing-day.ts';
import type { DisclosureContext, WorkingDays } from './disclosure-context.ts';
import { readDisclosureSettings } from './disclosure-settings.ts';

const LIST_SELECT = {
  id: true, itemKey: true, itemName: true, channel: true, status: true, dueDate: true, dueProvisional: true,
  displayUntil: true, publishedAt: true, withdrawnAt: true, withdrawalDue: true, reason: true, version: true,
  case: { select: { id: true, number: true, title: true, department: { select: { id: true, code: true, name: true } } } },
  decision: { select: { id: true, number: true, status: true } },
} satisfies Prisma.DisclosureSelect;

type Row = Prisma.DisclosureGetPayload<{ select: typeof LIST_SELECT }>;

export interface DisclosureListItem {
  id: string;
  itemKey: string;
  itemName: string | null;
  channel: string;
  status: DisclosureStatus;
  dueDate: string;
  dueProvisional: boolean;
  displayUntil: string | null;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalDue: string | null;
  reason: string | null;
  version: number;
  case: { id: string; number: string; title: string } | null;
  department: { id: string; code: string; name: string } | null;
  decision: { id: string; number: string; status: string } | null;
}

function itemOf(row: Row): DisclosureListItem {
  const { case: record, decision, dueDate, displayUntil, withdrawalDue, ...rest } = row;
  return {
    ...rest,
    dueDate: beijingDay(dueDate),
    displayUntil: displayUntil ? beijingDay(displayUntil) : null,
    withdrawalDue: withdrawalDue ? beijingDay(withdrawalDue) : null,
    case: record ? { id: record.id, number: record.number, title: record.title } : null,
    department: record?.department ?? null,
    decision,
  };
}

export interface ListDisclosuresInput {
  status?: DisclosureStatus | undefined;
  departmentId?: string | undefined;
  caseId?: string | undefined;
  take?: number | undefined;
  skip?: number | undefined;
}

export async function listDisclosures(context: DisclosureContext, input: ListDisclosuresInput = {}): Promise<DisclosureListItem[]> {
  const rows = await context.db.disclosure.findMany({
    where: {
      AND: [
        accessibleBy(context.ability).ofType('Disclosure'),
        input.status ? { status: input.status } : {},
        input.caseId ? { caseId: input.caseId } : {},
        input.departmentId ? { case: { is: { departmentId: input.departmentId } } } : {},
      ],
    },
    select: LIST_SELECT,
    orderBy: [{ dueDate: 'desc' }, { id: 'desc' }],
    take: Math.min(input.take ?? 50, 200),
    skip: Math.min(input.skip ?? 0, 10_000),
  });
  return rows.map(itemOf);
}

export interface DueList {
  today: string;
  /** Due dates up to this day count as soon due. */
  soonUntil: string;
  overdue: (DisclosureListItem & { daysLate: number })[];
  soonDue: DisclosureListItem[];
  byDepartment: { department: { id: string; code: string; name: string } | null; overdue: number; soonDue: number }[];
}

/**
 * Scheduled disclosures past their due date (overdue) or due from today to `soonDueWorkingDays` working days ahead
 * (soon due), for the person's department, or for every department when the person supervises.
 */
export async function listDue(context: DisclosureContext, input: { departmentId?: string | undefined }, calendar: WorkingDays): Promise<DueList> {
  const today = beijingDay(context.now());
  const { soonDueWorkingDays } = await readDisclosureSettings(context.db);
  const soonUntil = calendar.addWorkingDays(today, soonDueWorkingDays).date;
  const rows = await context.db.disclosure.findMany({
    where: {
      AND: [
        accessibleBy(context.ability).ofType('Disclosure'),
        { status: 'SCHEDULED', dueDate: { lte: dayColumn(soonUntil) } },
        input.departmentId ? { case: { is: { departmentId: input.departmentId } } } : {},
      ],
    },
    select: LIST_SELECT,
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    take: 1000,
  });
  const items = rows.map(itemOf);
  const overdue = items.filter((item) => item.dueDate < today).map((item) => ({ ...item, daysLate: daysBetween(item.dueDate, today) }));
  const soonDue = items.filter((item) => item.dueDate >= today);
  const departments = new Map<string, DueList['byDepartment'][number]>();
  for (const item of items) {
    const key = item.department?.id ?? '';
    const entry = departments.get(key) ?? { department: item.department, overdue: 0, soonDue: 0 };
    if (item.dueDate < today) entry.overdue += 1;
    else entry.soonDue += 1;
    departments.set(key, entry);
  }
  return { today, soonUntil, overdue, soonDue, byDepartment: [...departments.values()] };
}

/** Calendar days from one YYYY-MM-DD to a later one. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
