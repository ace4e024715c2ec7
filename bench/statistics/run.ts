// The annual report: aggregation over a large tenant's year, and writing both files. Prints numbers; it is not a test.
// Sizes follow seed 002's Zhongshan (8,949 penalty cases, 632,000 licences a year, 57 agencies). From the repository root:
//   node --import tsx bench/statistics/run.ts
// The last line is one JSON object.
import { AnnualReportBuilder, type ReportCase, toDocx, toXlsx } from '../../packages/statistics/src/index.ts';

const DEPARTMENTS = Array.from({ length: 57 }, (_, index) => ({ id: `d${index}`, code: `d${String(index).padStart(2, '0')}`, name: `执法部门${index}` }));
const KINDS = ['WARNING', 'FINE', 'CONFISCATION', 'LICENCE_SUSPENSION', 'LICENCE_REVOCATION', 'SUSPENSION', 'CLOSURE'];
let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const instant = () => new Date(Date.UTC(2025, 0, 1) + random() * 364 * 86_400_000).toISOString();

function* cases(penalties: number, licences: number, inspections: number): Generator<ReportCase> {
  for (let index = 0; index < penalties + licences + inspections; index += 1) {
    const type = index < penalties ? 'PENALTY' : index < penalties + licences ? 'LICENCE' : 'INSPECTION';
    const at = instant();
    yield {
      id: `c${index}`, number: `N-${index}`, departmentId: pick(DEPARTMENTS).id, type, procedure: random() < 0.3 ? 'SIMPLE' : 'GENERAL',
      actDate: at.slice(0, 10), filedAt: at,
      decisions: type === 'INSPECTION' ? [] : [{
        id: `x${index}`, number: `D-${index}`, decidedAt: at, status: 'IN_FORCE',
        penalties: type === 'PENALTY' ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ kind: pick(KINDS), amount: Math.round(random() * 100_000) })) : [],
      }],
      actions: type === 'INSPECTION' ? [{ type: 'RANDOM_INSPECTION', startedAt: at }] : random() < 0.05 ? [{ type: 'SEIZURE', startedAt: at }] : [],
      licenceOutcome: type === 'LICENCE' ? (random() < 0.95 ? 'GRANTED' : 'REFUSED') : null,
    };
  }
}

const time = async <T>(run: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
};

const sizes = { penalties: 8_949, licences: 632_000, inspections: 20_000 };
const total = sizes.penalties + sizes.licences + sizes.inspections;
const [report, aggregateMs] = await time(() => {
  const builder = new AnnualReportBuilder(2025, { departments: DEPARTMENTS, organisation: '中山市' });
  for (const record of cases(sizes.penalties, sizes.licences, sizes.inspections)) builder.add(record);
  return builder.build();
});
const xlsxRuns: number[] = [];
const docxRuns: number[] = [];
let xlsxBytes = 0;
let docxBytes = 0;
for (let round = 0; round < 5; round += 1) {
  const [xlsx, xlsxMs] = await time(() => toXlsx(report));
  const [docx, docxMs] = await time(() => toDocx(report));
  xlsxRuns.push(xlsxMs);
  docxRuns.push(docxMs);
  xlsxBytes = xlsx.length;
  docxBytes = docx.length;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
console.log(`aggregate ${total.toLocaleString()} cases (generation included): ${aggregateMs.toFixed(0)} ms, ${(total / (aggregateMs / 1000)).toFixed(0)} cases/s`);
console.log(`toXlsx, 57 department columns: median ${median(xlsxRuns).toFixed(1)} ms, ${xlsxBytes} bytes`);
console.log(`toDocx: median ${median(docxRuns).toFixed(1)} ms, ${docxBytes} bytes`);
console.log(JSON.stringify({ cases: total, aggregate_ms: Math.round(aggregateMs), xlsx_ms: Number(median(xlsxRuns).toFixed(1)), docx_ms: Number(median(docxRuns).toFixed(1)), xlsx_bytes: xlsxBytes, docx_bytes: docxBytes }));
