/** Timing and memory helpers for the engine benchmark. */

const gc = (globalThis as { gc?: () => void }).gc;

/** True when node runs with --expose-gc, so heap deltas are measured after collection. */
export const collected = gc !== undefined;

/** Heap in use, after two collections when they are available (the second catches what finalisers freed). */
export function heap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
export const ms = (value: number): string => `${value.toFixed(3)} ms`;

export function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs each item in turn and returns the wall time of each, in milliseconds. */
export async function time<T>(items: readonly T[], run: (item: T) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await run(item);
    times.push(performance.now() - started);
  }
  return times;
}

let sink = 0;

/**
 * A fixed piece of arithmetic (about 0.1 ms here) that allocates nothing: its spread is what the machine itself
 * adds, as other processes take the cores away, and reading ours beside it tells the engine's tail from the machine's.
 */
export function probe(): number {
  const started = performance.now();
  let value = sink;
  for (let index = 0; index < 5_000; index++) value = (value * 1_103_515_245 + 12_345) % 2_147_483_648;
  sink = value;
  return performance.now() - started;
}

/** Like time, with the probe run after each item, so both see the same moments of the machine. */
export async function timeBesideProbe<T>(items: readonly T[], run: (item: T) => unknown): Promise<{ times: number[]; probes: number[] }> {
  const times: number[] = [];
  const probes: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await run(item);
    times.push(performance.now() - started);
    probes.push(probe());
  }
  return { times, probes };
}
