// 行政处罚决定书 rendering: our worker pool (docx-templates behind the template grammar) against docxtemplater on
// the same content, in the same run. Prints numbers; it is not a test. From the repository root:
//   npx tsx bench/docgen/run.ts
// The last line is one JSON object: {"p50_ms":…, "docxtemplater_p50_ms":…, "docs_per_s":…}.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRenderPool, docxText, EXAMPLE_DATA, loadNationalTemplate } from '../../packages/docgen/src/index.ts';
import { renderWithDocxtemplater } from './docxtemplater-peer.ts';

const ROUNDS = 6;
const PER_ROUND = 100;
const THROUGHPUT_DOCS = 1_000;
const IN_FLIGHT = 8;

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const ms = (n: number): string => n.toFixed(2).padStart(8);

const data = EXAMPLE_DATA.PENALTY_DECISION;
const ours = await loadNationalTemplate('PENALTY_DECISION');
const theirs = await readFile(new URL('./penalty-decision.docxtemplater.docx', import.meta.url));
const cores = availableParallelism();
const pool = createRenderPool({ size: Math.min(2, cores) });

// Same content on both sides, or the comparison means nothing.
const ourText = docxText((await pool.render({ template: ours, data })).docx);
const theirText = docxText(renderWithDocxtemplater(theirs, data).docx);
if (ourText !== theirText) {
  console.error('The two renderers produced different text:\n', ourText, '\n---\n', theirText);
  process.exit(1);
}

for (let i = 0; i < 100; i += 1) {
  await pool.render({ template: ours, data });
  renderWithDocxtemplater(theirs, data);
}

// Latency: one document at a time, the two renderers alternating by round so that drift hits both alike.
const poolTimes: number[] = [];
const peerTimes: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (let i = 0; i < PER_ROUND; i += 1) {
    const start = performance.now();
    await pool.render({ template: ours, data });
    poolTimes.push(performance.now() - start);
  }
  for (let i = 0; i < PER_ROUND; i += 1) {
    const start = performance.now();
    renderWithDocxtemplater(theirs, data);
    peerTimes.push(performance.now() - start);
  }
}
poolTimes.sort((a, b) => a - b);
peerTimes.sort((a, b) => a - b);

// Throughput: the pool kept busy with several documents in flight; docxtemplater runs in this one thread.
let started = 0;
const throughputStart = performance.now();
await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
  while (started < THROUGHPUT_DOCS) {
    started += 1;
    await pool.render({ template: ours, data });
  }
}));
const poolDocsPerSecond = THROUGHPUT_DOCS / ((performance.now() - throughputStart) / 1000);
const peerStart = performance.now();
for (let i = 0; i < THROUGHPUT_DOCS / 2; i += 1) renderWithDocxtemplater(theirs, data);
const peerDocsPerSecond = (THROUGHPUT_DOCS / 2) / ((performance.now() - peerStart) / 1000);
await pool.close();

console.log(`行政处罚决定书, ${poolTimes.length} documents per renderer, ${cores} cores, Node ${process.version}`);
console.log('renderer                                  p50 ms   p99 ms  mean ms   docs/s');
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`docgen pool (${pool.size} workers, docx-templates) ${ms(quantile(poolTimes, 0.5))} ${ms(quantile(poolTimes, 0.99))} ${ms(mean(poolTimes))} ${poolDocsPerSecond.toFixed(0).padStart(8)}`);
console.log(`docxtemplater (in this thread)           ${ms(quantile(peerTimes, 0.5))} ${ms(quantile(peerTimes, 0.99))} ${ms(mean(peerTimes))} ${peerDocsPerSecond.toFixed(0).padStart(8)}`);
console.log(JSON.stringify({
  p50_ms: Number(quantile(poolTimes, 0.5).toFixed(3)),
  docxtemplater_p50_ms: Number(quantile(peerTimes, 0.5).toFixed(3)),
  docs_per_s: Number(poolDocsPerSecond.toFixed(1)),
}));
