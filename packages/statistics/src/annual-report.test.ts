import { AppError } from '@sanxiang/errors';
import { describe, expect, it } from 'vitest';
import { type AnnualReport, AnnualReportBuilder, annualReport } from './annual-report.ts';
import { DEPARTMENTS, decision, reportCase } from './report-case-factory.ts';
import type { ReportCase } from './report-input.ts';

function row(report: AnnualReport, key: string) {
  for (const table of report.tables) {
    const found = table.rows.find((candidate) => candidate.key === key);
    if (found) return found;
  }
  throw new Error(`no row ${key}`);
}
const total = (report: AnnualReport, key: string) => row(report, key).total;

describe('penalty table', () => {
  it('counts a decision with several penalties once, under the heaviest, and adds up all its amounts', () => {
    const report = annualReport([
      reportCase({ decisions: [decision({ penalties: [{ kind: 'WARNING' }, { kind: 'FINE', amount: 5000 }, { kind: 'CONFISCATION', amount: 1200.5 }, { kind: 'LICENCE_REVOCATION' }] })] }),
      reportCase({ decisions: [decision({ penalties: [{ kind: 'FINE', amount: 200 }, { kind: 'WARNING' }] })] }),
    ], 2025);
    expect(total(report, 'penalty.decisions')).toBe(2);
    expect(total(report, 'penalty.heaviest.LICENCE_REVOCATION')).toBe(1);
    expect(total(report, 'penalty.heaviest.FINE')).toBe(1);
    expect(total(report, 'penalty.heaviest.WARNING')).toBe(0);
    expect(total(report, 'penalty.heaviest.CONFISCATION')).toBe(0);
    expect(total(report, 'penalty.fines')).toBe(5200);
    expect(total(report, 'penalty.confiscation')).toBe(1200.5);
  });

  it('makes the heaviest-kind rows add up to the decisions, and the procedure rows too', () => {
    const kinds = [['WARNING'], ['FINE', 'CRITICISM'], ['DETENTION', 'FINE'], ['CLOSURE', 'SUSPENSION'], ['QUALIFICATION_DOWNGRADE', 'LICENCE_SUSPENSION'], ['PRACTICE_RESTRICTION', 'CLOSURE']];
    const cases = kinds.map((list, index) => reportCase({
      procedure: index % 3 === 0 ? 'SIMPLE' : index % 3 === 1 ? 'QUICK' : 'GENERAL',
      decisions: [decision({ penalties: list.map((kind) => ({ kind })) })],
    }));
    const report = annualReport(cases, 2025);
    const penaltyTable = report.tables.find((table) => table.key === 'PENALTY');
    const byKind = penaltyTable?.rows.filter((candidate) => candidate.key.startsWith('penalty.heaviest.')) ?? [];
    expect(byKind).toHaveLength(13);
    expect(byKind.reduce((sum, candidate) => sum + candidate.total, 0)).toBe(6);
    expect(total(report, 'penalty.heaviest')).toBe(6);
    expect(total(report, 'penalty.general') + total(report, 'penalty.simple') + total(report, 'penalty.quick')).toBe(6);
    expect(total(report, 'penalty.simple')).toBe(2);
    expect(total(report, 'penalty.heaviest.DETENTION')).toBe(1);
    expect(total(report, 'penalty.heaviest.CLOSURE')).toBe(1);
    expect(total(report, 'penalty.heaviest.PRACTICE_RESTRICTION')).toBe(1);
    expect(total(report, 'penalty.heaviest.LICENCE_SUSPENSION')).toBe(0);
    expect(total(report, 'penalty.heaviest.QUALIFICATION_DOWNGRADE')).toBe(1);
  });

  it('counts a decision to impose no penalty (art. 33) apart from the penalty decisions', () => {
    const report = annualReport([reportCase({ decisions: [decision({ penalties: [] })] })], 2025);
    expect(total(report, 'penalty.none')).toBe(1);
    expect(total(report, 'penalty.decisions')).toBe(0);
  });

  it('counts a kind the law does not name as other penalties and says so in a note', () => {
    const report = annualReport([reportCase({ number: 'X-1', decisions: [decision({ penalties: [{ kind: 'PUBLIC_APOLOGY' }] })] })], 2025);
    expect(total(report, 'penalty.heaviest.OTHER')).toBe(1);
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]?.caseNumber).toBe('X-1');
    expect(report.notes[0]?.text.zh).toContain('PUBLIC_APOLOGY');
  });

  it('takes the fine from the decision total when the penalty entries carry no amount, and adds money without drift', () => {
    const report = annualReport([
      reportCase({ decisions: [decision({ penalties: [{ kind: 'FINE' }], amount: 3000 })] }),
      reportCase({ decisions: [decision({ penalties: [{ kind: 'FINE', amount: 0.1 }] })] }),
      reportCase({ decisions: [decision({ penalties: [{ kind: 'FINE', amount: 0.2 }] })] }),
    ], 2025);
    expect(total(report, 'penalty.fines')).toBe(3000.3);
  });

  it('counts hearings and legal reviews of the decisions of the year', () => {
    const report = annualReport([
      reportCase({ hearingHeld: true, legalReviewed: true, decisions: [decision()] }),
      reportCase({ legalReviewed: true, decisions: [decision()] }),
      reportCase({ hearingHeld: true, decisions: [decision({ decidedAt: '2024-03-01T10:00:00+08:00' })] }),
    ], 2025);
    expect(total(report, 'penalty.hearings')).toBe(1);
    expect(total(report, 'penalty.reviewed')).toBe(2);
  });
});

describe('years and corrections', () => {
  it('divides years at midnight in Beijing, not in UTC', () => {
    // 16:30 UTC on 31 December is 00:30 on 1 January in Beijing.
    const late = reportCase({ decisions: [decision({ decidedAt: '2025-12-31T16:30:00Z' })] });
    const early = reportCase({ decisions: [decision({ decidedAt: '2025-12-31T15:30:00Z' })] });
    expect(total(annualReport([late, early], 2025), 'penalty.decisions')).toBe(1);
    expect(total(annualReport([late, early], 2026), 'penalty.decisions')).toBe(1);
  });

  it('counts a decision and its correction once, with the penalties that stand, and the correction in its own year', () => {
    const original = decision({ id: 'orig', decidedAt: '2025-03-01T10:00:00+08:00', penalties: [{ kind: 'LICENCE_REVOCATION' }, { kind: 'FINE', amount: 9000 }], status: 'CHANGED', statusChangedAt: '2026-02-10T10:00:00+08:00' });
    const correction = decision({ id: 'fix', correctsId: 'orig', decidedAt: '2026-02-10T10:00:00+08:00', penalties: [{ kind: 'FINE', amount: 4000 }] });
    const cases = [reportCase({ decisions: [correction, original] })];
    const in2025 = annualReport(cases, 2025);
    expect(total(in2025, 'penalty.decisions')).toBe(1);
    expect(total(in2025, 'penalty.heaviest.FINE')).toBe(1);
    expect(total(in2025, 'penalty.heaviest.LICENCE_REVOCATION')).toBe(0);
    expect(total(in2025, 'penalty.fines')).toBe(4000);
    expect(total(in2025, 'penalty.corrected')).toBe(0);
    const in2026 = annualReport(cases, 2026);
    expect(total(in2026, 'penalty.decisions')).toBe(0);
    expect(total(in2026, 'penalty.corrected')).toBe(1);
  });

  it('survives a correction cycle without looping', () => {
    const a = decision({ id: 'a', correctsId: 'b' });
    const b = decision({ id: 'b', correctsId: 'a' });
    expect(() => annualReport([reportCase({ decisions: [a, b] })], 2025)).not.toThrow();
  });
});

describe('the other tables', () => {
  it('counts licence applications by acceptance and decisions by outcome, showing unrecorded outcomes', () => {
    const report = annualReport([
      reportCase({ type: 'LICENCE', licenceOutcome: 'GRANTED', decisions: [decision({ penalties: [] })] }),
      reportCase({ type: 'LICENCE', licenceOutcome: 'REFUSED', decisions: [decision({ penalties: [] })] }),
      reportCase({ type: 'LICENCE', decisions: [decision({ penalties: [] })] }),
      reportCase({ type: 'LICENCE', filedAt: '2025-12-30T10:00:00+08:00' }),
      reportCase({ type: 'LICENCE', filedAt: '2024-12-30T10:00:00+08:00' }),
    ], 2025);
    expect(total(report, 'licence.accepted')).toBe(4);
    expect(total(report, 'licence.decided')).toBe(3);
    expect(total(report, 'licence.granted')).toBe(1);
    expect(total(report, 'licence.refused')).toBe(1);
    expect(total(report, 'licence.unrecorded')).toBe(1);
    expect(total(report, 'penalty.decisions')).toBe(0);
  });

  it('counts each coercive act once, in whatever case it was taken, and adds the parents up', () => {
    const report = annualReport([
      reportCase({ type: 'COERCION', actions: [{ type: 'SEIZURE', startedAt: '2025-04-01T09:00:00+08:00' }, { type: 'FREEZING', startedAt: '2025-04-02T09:00:00+08:00' }] }),
      reportCase({ actions: [{ type: 'SEIZURE', startedAt: '2025-04-03T09:00:00+08:00' }, { type: 'INQUIRY', startedAt: '2025-04-03T10:00:00+08:00' }] }),
      reportCase({ type: 'COERCION', actions: [{ type: 'FORCED_DEMOLITION', startedAt: '2025-08-01T09:00:00+08:00' }, { type: 'SEIZURE', startedAt: '2024-08-01T09:00:00+08:00' }] }),
    ], 2025);
    expect(total(report, 'coercion.seizure')).toBe(2);
    expect(total(report, 'coercion.freezing')).toBe(1);
    expect(total(report, 'coercion.measures')).toBe(3);
    expect(total(report, 'coercion.demolition')).toBe(1);
    expect(total(report, 'coercion.execution')).toBe(1);
  });

  it('separates expropriation from requisition and sums the amounts collected', () => {
    const report = annualReport([
      reportCase({ type: 'EXPROPRIATION', decisions: [decision({ penalties: [], amount: 12000 })] }),
      reportCase({ type: 'EXPROPRIATION', decisions: [decision({ penalties: [], amount: 800.25 })] }),
      reportCase({ type: 'REQUISITION', decisions: [decision({ penalties: [] })] }),
    ], 2025);
    expect(total(report, 'expropriation.decisions')).toBe(2);
    expect(total(report, 'expropriation.amount')).toBe(12800.25);
    expect(total(report, 'requisition.decisions')).toBe(1);
  });

  it('counts inspections only in inspection cases, and each inspected case once', () => {
    const report = annualReport([
      reportCase({ type: 'INSPECTION', actions: [{ type: 'RANDOM_INSPECTION', startedAt: '2025-02-01T09:00:00+08:00' }, { type: 'ON_SITE_INSPECTION', startedAt: '2025-03-01T09:00:00+08:00' }] }),
      reportCase({ type: 'INSPECTION', actions: [{ type: 'ON_SITE_INSPECTION', startedAt: '2025-03-05T09:00:00+08:00' }] }),
      reportCase({ type: 'PENALTY', actions: [{ type: 'ON_SITE_INSPECTION', startedAt: '2025-03-05T09:00:00+08:00' }] }),
    ], 2025);
    expect(total(report, 'inspection.total')).toBe(3);
    expect(total(report, 'inspection.random')).toBe(1);
    expect(total(report, 'inspection.on-site')).toBe(2);
    expect(total(report, 'inspection.cases')).toBe(2);
  });
});

describe('building in pages', () => {
  it('gives the same report case by case as all at once, and caps the notes it lists', () => {
    const cases = Array.from({ length: 250 }, (_, index) => reportCase({
      departmentId: index % 2 === 0 ? 'dept-scjg' : 'dept-nyj',
      decisions: [decision({ penalties: [{ kind: index % 5 === 0 ? 'UNKNOWN_KIND' : 'FINE', amount: index }] })],
    }));
    const builder = new AnnualReportBuilder(2025, { departments: DEPARTMENTS });
    for (const record of cases) builder.add(record);
    const paged = builder.build();
    expect(paged).toEqual(annualReport(cases, 2025, { departments: DEPARTMENTS }));
    expect(total(paged, 'penalty.decisions')).toBe(250);
    const fines = [...Array(250).keys()].filter((index) => index % 5 !== 0).reduce((sum, index) => sum + index, 0);
    expect(total(paged, 'penalty.fines')).toBe(fines);
    expect(paged.notes.length + paged.notesOmitted).toBe(50);
  });

  it('lists at most 200 notes and counts the rest', () => {
    const cases = Array.from({ length: 230 }, () => reportCase({ decisions: [decision({ penalties: [{ kind: 'UNKNOWN_KIND' }] })] }));
    const report = annualReport(cases, 2025);
    expect(report.notes).toHaveLength(200);
    expect(report.notesOmitted).toBe(30);
  });
});

describe('departments and bad input', () => {
  it('splits every row by department, with zeros for departments that did nothing', () => {
    const report = annualReport([
      reportCase({ departmentId: 'dept-scjg', decisions: [decision()] }),
      reportCase({ departmentId: 'dept-nyj', decisions: [decision(), decision({ decidedAt: '2025-07-01T10:00:00+08:00' })] }),
    ], 2025, { departments: DEPARTMENTS, organisation: '邵阳市' });
    const decisions = row(report, 'penalty.decisions');
    expect(decisions.byDepartment).toEqual({ 'dept-scjg': 1, 'dept-nyj': 2, 'dept-zjj': 0 });
    expect(report.departments.map((department) => department.code)).toEqual(['nyj', 'scjg', 'zjj']);
    expect(report.organisation).toBe('邵阳市');
    expect(report.publicationDue).toBe('2026-01-31');
    expect(decisions.total).toBe(3);
  });

  it('refuses a year that is not one, with a bilingual message', () => {
    for (const year of [1999, 2025.5, Number.NaN, 2101]) {
      try {
        annualReport([], year);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('BAD_INPUT');
        expect((error as AppError).text.en).toContain('report year');
      }
    }
  });

  it('notes dates it cannot read and skips records that are not cases, without crashing', () => {
    const junk = [null, 42, { number: 'no-department' }] as unknown as ReportCase[];
    const report = annualReport([
      ...junk,
      reportCase({ number: 'BAD-DATE', decisions: [decision({ decidedAt: 'yesterday' })], actions: [{ type: 'SEIZURE', startedAt: '2025-13-45T99:00:00Z' }] }),
      reportCase({ decisions: [decision({ penalties: 'FINE' as never })] }),
    ], 2025);
    expect(report.casesConsidered).toBe(2);
    expect(report.notes.filter((note) => note.caseNumber === 'BAD-DATE')).toHaveLength(2);
    expect(total(report, 'penalty.decisions')).toBe(0);
    expect(total(report, 'penalty.none')).toBe(1);
  });
});
