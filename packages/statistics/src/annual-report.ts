import { AppError, type LocalText } from '@sanxiang/errors';
import { heaviestPenalty, isPenaltyKind } from './penalty-severity.ts';
import type { ReportCase, ReportDecision, ReportDepartment } from './report-input.ts';
import { beijingYear, publicationDue } from './report-period.ts';
import {
  COERCION_PARENT_ROW, COERCION_ROW_OF_ACTION, INSPECTION_ROW_OF_ACTION, PENALTY_KIND_ROW, REPORT_TABLES,
  type ReportRowDefinition, type ReportTableKey,
} from './report-tables.ts';

export interface ReportRow extends ReportRowDefinition {
  total: number;
  /** Department id → value; every department of the report appears, with 0 where nothing happened. */
  byDepartment: Record<string, number>;
}

export interface ReportTable {
  key: ReportTableKey;
  title: LocalText;
  basis: string;
  rows: ReportRow[];
}

/** Something in the records the report could not count as it stands; shown beside the tables, never hidden. */
export interface ReportNote {
  caseNumber: string;
  text: LocalText;
}

export interface AnnualReport {
  year: number;
  title: LocalText;
  organisation: string | null;
  departments: ReportDepartment[];
  tables: ReportTable[];
  notes: ReportNote[];
  /** Notes past MAX_NOTES, counted but not listed: a systematic gap would otherwise bury the tables. */
  notesOmitted: number;
  /** 31 January of the next year (report-period.ts). */
  publicationDue: string;
  casesConsidered: number;
}

export interface AnnualReportOptions {
  /** Departments to show even where they did nothing; others are added as their cases name them. */
  departments?: readonly ReportDepartment[];
  /** The tenant or agency the report is for (本机关). */
  organisation?: string;
}

/** Values per row and department. Money is kept in fen so that sums of yuan amounts do not drift. */
class Tally {
  private readonly values = new Map<string, Map<string, number>>();
  add(row: string, departmentId: string, amount = 1) {
    const row_ = this.values.get(row) ?? new Map<string, number>();
    row_.set(departmentId, (row_.get(departmentId) ?? 0) + amount);
    this.values.set(row, row_);
  }
  get(row: string, departmentId: string): number {
    return this.values.get(row)?.get(departmentId) ?? 0;
  }
}

const MAX_NOTES = 200;
const fen = (yuan: number) => Math.round(yuan * 100);
const validAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * A decision and its corrections are one act (Decision.correctsId): the chain counts once, in the year of the first
 * decision, with the penalties of the decision that stands at its end.
 */
function decisionChains(decisions: readonly ReportDecision[]): { first: ReportDecision; standing: ReportDecision }[] {
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  const successor = new Map<string, ReportDecision>();
  for (const decision of decisions) {
    if (decision.correctsId && byId.has(decision.correctsId)) {
      const previous = successor.get(decision.correctsId);
      if (!previous || Date.parse(decision.decidedAt) > Date.parse(previous.decidedAt)) successor.set(decision.correctsId, decision);
    }
  }
  const chains: { first: ReportDecision; standing: ReportDecision }[] = [];
  for (const decision of decisions) {
    if (decision.correctsId && byId.has(decision.correctsId)) continue;
    let standing = decision;
    const seen = new Set<string>([decision.id]);
    for (let next = successor.get(standing.id); next && !seen.has(next.id); next = successor.get(standing.id)) {
      seen.add(next.id);
      standing = next;
    }
    chains.push({ first: decision, standing });
  }
  return chains;
}

function badYear(year: unknown): AppError {
  return new AppError('BAD_INPUT', {
    zh: `统计年度应为 2000 至 2100 之间的整数，收到的是 ${String(year)}；请重新选择年度。`,
    en: `The report year must be a whole number from 2000 to 2100, not ${String(year)}; choose the year again.`,
  });
}

/**
 * Builds the report one case at a time, so a tenant with hundreds of thousands of licences can be read in pages
 * without holding them all. `annualReport` is the one-call form.
 */
export class AnnualReportBuilder {
  private readonly tally = new Tally();
  private readonly notes: ReportNote[] = [];
  private readonly departments: Map<string, ReportDepartment>;
  private considered = 0;
  private notesOmitted = 0;

  constructor(private readonly year: number, private readonly options: AnnualReportOptions = {}) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badYear(year);
    this.departments = new Map((options.departments ?? []).map((department) => [department.id, department]));
  }

  private note(record: ReportCase, zh: string, en: string) {
    if (this.notes.length >= MAX_NOTES) this.notesOmitted += 1;
    else this.notes.push({ caseNumber: String(record.number ?? record.id), text: { zh, en } });
  }

  private inYear(record: ReportCase, value: string | null | undefined, what: LocalText): boolean {
    if (value === null || value === undefined) return false;
    const valueYear = beijingYear(value);
    if (valueYear === null) this.note(record, `${what.zh}“${String(value)}”不是有效日期，未计入`, `${what.en} "${String(value)}" is not a valid date and was not counted`);
    return valueYear === this.year;
  }

  add(record: ReportCase): this {
    if (!record || typeof record !== 'object' || typeof record.departmentId !== 'string') return this;
    const { tally } = this;
    this.considered += 1;
    const department = record.departmentId;
    if (!this.departments.has(department)) this.departments.set(department, { id: department, code: department, name: department });
    const decisions = Array.isArray(record.decisions) ? record.decisions.filter((decision) => decision && typeof decision === 'object') : [];
    const actions = Array.isArray(record.actions) ? record.actions.filter((action) => action && typeof action === 'object') : [];
    const table = record.type === 'LICENCE' ? 'licence' : record.type === 'PENALTY' ? 'penalty' : record.type === 'EXPROPRIATION' ? 'expropriation' : record.type === 'REQUISITION' ? 'requisition' : null;

    if (record.type === 'LICENCE' && this.inYear(record, record.filedAt, { zh: '受理时间', en: 'The acceptance time' })) tally.add('licence.accepted', department);

    if (table) {
      for (const { first, standing } of decisionChains(decisions)) {
        if (!this.inYear(record, first.decidedAt, { zh: `决定 ${first.number} 的作出时间`, en: `The date of decision ${first.number}` })) continue;
        if (table === 'penalty') countPenaltyDecision(record, standing, tally, (zh, en) => this.note(record, zh, en));
        else if (table === 'licence') {
          tally.add('licence.decided', department);
          const outcome = record.licenceOutcome ?? 'UNRECORDED';
          tally.add(outcome === 'GRANTED' ? 'licence.granted' : outcome === 'REFUSED' ? 'licence.refused' : 'licence.unrecorded', department);
        } else {
          tally.add(`${table}.decisions`, department);
          if (table === 'expropriation' && validAmount(standing.amount)) tally.add('expropriation.amount', department, fen(standing.amount));
        }
      }
      // Each correction is its own event, counted in the year it happened (行政处罚法 第四十八条第二款).
      for (const decision of decisions) {
        if (decision.status === 'IN_FORCE') continue;
        if (this.inYear(record, decision.statusChangedAt ?? decision.decidedAt, { zh: `决定 ${decision.number} 的变更时间`, en: `The correction date of decision ${decision.number}` })) {
          tally.add(`${table}.corrected`, department);
        }
      }
    }

    let inspected = false;
    for (const action of actions) {
      const coercionRow = COERCION_ROW_OF_ACTION[action.type];
      const inspectionRow = record.type === 'INSPECTION' ? INSPECTION_ROW_OF_ACTION[action.type] : undefined;
      if (!coercionRow && !inspectionRow) continue;
      if (!this.inYear(record, action.startedAt, { zh: `${action.type} 的实施时间`, en: `The time of ${action.type}` })) continue;
      // Each coercive act rests on its own decision (行政强制法 第二十四条、第三十七条), so each act counts once.
      if (coercionRow) {
        tally.add(coercionRow, department);
        tally.add(COERCION_PARENT_ROW[coercionRow] ?? 'coercion.measures', department);
      }
      if (inspectionRow) {
        tally.add(inspectionRow, department);
        tally.add('inspection.total', department);
        inspected = true;
      }
    }
    if (inspected) tally.add('inspection.cases', department);
    return this;
  }

  build(): AnnualReport {
    const { year } = this;
    const departmentList = [...this.departments.values()].sort((a, b) => a.code.localeCompare(b.code));
    const tables: ReportTable[] = REPORT_TABLES.map((definition) => ({
      key: definition.key,
      title: definition.title,
      basis: definition.basis,
      rows: definition.rows.map((row) => {
        const scale = row.unit === 'YUAN' ? 100 : 1;
        const byDepartment: Record<string, number> = {};
        let total = 0;
        for (const department of departmentList) {
          const raw = this.tally.get(row.key, department.id);
          total += raw;
          byDepartment[department.id] = raw / scale;
        }
        return { ...row, total: total / scale, byDepartment };
      }),
    }));
    return {
      year,
      title: { zh: `${year}年度行政执法统计年报`, en: `Administrative enforcement statistics for ${year}` },
      organisation: this.options.organisation ?? null,
      departments: departmentList,
      tables,
      notes: [...this.notes],
      notesOmitted: this.notesOmitted,
      publicationDue: publicationDue(year),
      casesConsidered: this.considered,
    };
  }
}

/**
 * The annual statistics report for `year`, built from plain case records (report-input.ts). Pure: the same cases
 * give the same report. Counting rules, each with its source, are in report-tables.ts and the README.
 */
export function annualReport(cases: readonly ReportCase[], year: number, options: AnnualReportOptions = {}): AnnualReport {
  const builder = new AnnualReportBuilder(year, options);
  for (const record of cases) builder.add(record);
  return builder.build();
}

/** One penalty decision: counted once, under its heaviest penalty (行政处罚法 第九条); its amounts all count. */
function countPenaltyDecision(record: ReportCase, decision: ReportDecision, tally: Tally, note: (zh: string, en: string) => void) {
  const department = record.departmentId;
  const penalties = Array.isArray(decision.penalties) ? decision.penalties.filter((penalty) => penalty && typeof penalty.kind === 'string') : [];
  for (const penalty of penalties) {
    if (!isPenaltyKind(penalty.kind)) note(`决定 ${decision.number} 的处罚种类 ${penalty.kind} 不在《行政处罚法》第九条所列种类中，按“其他行政处罚”统计`, `Penalty kind ${penalty.kind} of decision ${decision.number} is not one that art. 9 names; counted as other penalties`);
  }
  const heaviest = heaviestPenalty(penalties.map((penalty) => penalty.kind));
  if (heaviest === null) {
    tally.add('penalty.none', department);
    return;
  }
  tally.add('penalty.decisions', department);
  tally.add('penalty.heaviest', department);
  tally.add(PENALTY_KIND_ROW(heaviest), department);
  // 紧急 is not a penalty procedure; anything but simple or fast-track is the general procedure (第五十四条).
  tally.add(record.procedure === 'SIMPLE' ? 'penalty.simple' : record.procedure === 'QUICK' ? 'penalty.quick' : 'penalty.general', department);
  if (record.hearingHeld) tally.add('penalty.hearings', department);
  if (record.legalReviewed) tally.add('penalty.reviewed', department);

  const fines = penalties.filter((penalty) => penalty.kind === 'FINE');
  const finesWithAmount = fines.filter((penalty) => validAmount(penalty.amount));
  if (finesWithAmount.length > 0) {
    for (const penalty of finesWithAmount) tally.add('penalty.fines', department, fen(penalty.amount as number));
  } else if (fines.length > 0 && validAmount(decision.amount)) {
    // Decision.fineAmount holds the total when the penalty entries carry none.
    tally.add('penalty.fines', department, fen(decision.amount));
  } else if (fines.length > 0) {
    note(`决定 ${decision.number} 有罚款但未记录金额，罚款金额未计入`, `Decision ${decision.number} imposes a fine with no amount recorded; the amount was not counted`);
  }
  for (const penalty of penalties) {
    if (penalty.kind === 'CONFISCATION' && validAmount(penalty.amount)) tally.add('penalty.confiscation', department, fen(penalty.amount));
  }
}
