import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { canonicalJson } from '@sanxiang/canonical';
import { AppError, type LocalText } from '@sanxiang/errors';
import { describeProblem, checkTemplate, type TemplateCheck } from './template-check.ts';

export interface RenderPoolOptions {
  /** Worker threads; default min(2, cores). */
  size?: number;
  /** Time limit of one job once a worker has taken it; default 10 s. */
  timeoutMs?: number;
  /** V8 old-generation cap of each worker; default 256 MB. */
  maxOldGenerationSizeMb?: number;
  /** Jobs allowed to wait for a worker before new ones are refused; default 1,000. */
  maxQueue?: number;
}

export interface RenderRequest {
  template: Uint8Array;
  data: unknown;
  timeoutMs?: number;
}

export interface RenderedDocument {
  docx: Buffer;
  /** SHA-256 of the .docx bytes, hex. The same template and data always give the same bytes. */
  sha256: string;
}

export interface RenderPool {
  render(request: RenderRequest): Promise<RenderedDocument>;
  close(): Promise<void>;
  readonly size: number;
}

type Failure = { kind: 'data' | 'internal'; text: LocalText; command: string | null };
type WorkerReply = { id: number; ok: true; docx: Uint8Array; sha256: string } | { id: number; ok: false; failure: Failure };
interface Job {
  id: number;
  templateHash: string;
  template: Uint8Array;
  dataJson: string;
  timeoutMs: number;
  resolve: (value: RenderedDocument) => void;
  reject: (error: AppError) => void;
}
interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set once the pool has given up on this worker, so its late events are ignored. */
  retired: boolean;
}

const WORKER_URL = new URL('./render-worker.mjs', import.meta.url);
const WORKER_MARK = 'sanxiang-docgen-render-worker';
const CHECK_CACHE_SIZE = 64;

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function templateRefused(check: TemplateCheck): AppError {
  return new AppError('BAD_INPUT', {
    zh: `模板未通过检查：${check.problems.length} 个问题。`,
    en: `The template failed its check: ${check.problems.length} problem(s).`,
  }, { details: { problems: check.problems, lines: check.problems.map(describeProblem) } });
}

/** Checks once per template content, however many documents are rendered from it. */
function createCheckCache(): (hash: string, template: Uint8Array) => TemplateCheck {
  const checks = new Map<string, TemplateCheck>();
  return (hash, template) => {
    const known = checks.get(hash);
    if (known) return known;
    const check = checkTemplate(template);
    checks.set(hash, check);
    if (checks.size > CHECK_CACHE_SIZE) checks.delete(checks.keys().next().value ?? '');
    return check;
  };
}

function dataToJson(data: unknown): string {
  try {
    // Canonical JSON refuses functions, symbols, bigints, NaN and cycles instead of silently dropping them, and no
    // prototype or function can cross into the worker: it receives a string and parses plain objects from it.
    return canonicalJson(data);
  } catch (error) {
    throw new AppError('BAD_INPUT', { zh: '文书数据无法序列化为 JSON。', en: 'The document data cannot be written as JSON.' }, { cause: error });
  }
}

/**
 * Worker threads that render checked templates. A job that overruns its time limit or its worker's memory cap
 * ends that worker (the pool starts a fresh one) and rejects with a bilingual AppError; the caller's thread is
 * never at risk.
 */
export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
  const defaultTimeoutMs = options.timeoutMs ?? 10_000;
  const memoryMb = options.maxOldGenerationSizeMb ?? 256;
  const maxQueue = options.maxQueue ?? 1_000;
  const checked = createCheckCache();
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const finish = (slot: Slot): Job | null => {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    return job;
  };

  const replace = (slot: Slot, error: AppError): void => {
    if (slot.retired) return;
    slot.retired = true;
    finish(slot)?.reject(error);
    void slot.worker.terminate();
    const index = slots.indexOf(slot);
    if (index >= 0 && !closed) slots[index] = spawn();
    dispatch();
  };

  const spawn = (): Slot => {
    const worker = new Worker(WORKER_URL, {
      workerData: WORKER_MARK,
      // No TypeScript loader and no inherited flags: the worker is plain JavaScript under every host (node, tsx, vitest).
      execArgv: [],
      // Nothing from the server's environment (database URLs, keys) is visible to template rendering.
      env: {},
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    });
    const slot: Slot = { worker, job: null, timer: null, retired: false };
    worker.unref(); // an idle pool never keeps the process alive
    worker.on('message', (reply: WorkerReply) => {
      if (slot.retired || slot.job?.id !== reply.id) return;
      const job = finish(slot);
      worker.unref();
      if (reply.ok) {
        job?.resolve({ docx: Buffer.from(reply.docx.buffer, reply.docx.byteOffset, reply.docx.byteLength), sha256: reply.sha256 });
      } else {
        job?.reject(new AppError(reply.failure.kind === 'data' ? 'BAD_INPUT' : 'INTERNAL', reply.failure.text, { details: { command: reply.failure.command } }));
      }
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      replace(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new AppError('UNAVAILABLE', {
          zh: `文书生成超出内存上限（${memoryMb} MB），已终止该生成线程。`,
          en: `Document generation exceeded its memory cap (${memoryMb} MB); its worker was stopped.`,
        }, { cause: error })
        : new AppError('INTERNAL', { zh: `文书生成线程出错：${error.message}`, en: `The document worker failed: ${error.message}` }, { cause: error }));
    });
    worker.on('exit', (code) => {
      replace(slot, new AppError('INTERNAL', { zh: `文书生成线程意外退出（${code}）。`, en: `The document worker exited unexpectedly (${code}).` }));
    });
    return slot;
  };

  const start = (slot: Slot, job: Job): void => {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      replace(slot, new AppError('UNAVAILABLE', {
        zh: `文书生成超时（超过 ${job.timeoutMs} 毫秒），已终止该生成线程。`,
        en: `Document generation took longer than ${job.timeoutMs} ms; its worker was stopped.`,
      }));
    }, job.timeoutMs);
    slot.worker.postMessage({ id: job.id, templateHash: job.templateHash, template: job.template, dataJson: job.dataJson });
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (slot.job !== null || slot.retired) continue;
      const job = queue.shift();
      if (!job) return;
      start(slot, job);
    }
  };

  for (let i = 0; i < size; i += 1) slots.push(spawn());

  return {
    size,
    render({ template, data, timeoutMs }) {
      if (closed) return Promise.reject(new AppError('UNAVAILABLE', { zh: '文书生成服务已关闭。', en: 'The document renderer is closed.' }));
      if (queue.length >= maxQueue) return Promise.reject(new AppError('UNAVAILABLE', { zh: '文书生成任务过多，请稍后再试。', en: 'Too many documents are waiting; try again shortly.' }));
      const templateHash = sha256Of(template);
      const check = checked(templateHash, template);
      if (!check.ok) return Promise.reject(templateRefused(check));
      let dataJson: string;
      try {
        dataJson = dataToJson(data);
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise<RenderedDocument>((resolve, reject) => {
        // A copy of exactly these bytes: a Buffer may be a view into a much larger shared allocation.
        queue.push({ id: nextId++, templateHash, template: new Uint8Array(template), dataJson, timeoutMs: timeoutMs ?? defaultTimeoutMs, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      const error = new AppError('UNAVAILABLE', { zh: '文书生成服务已关闭。', en: 'The document renderer is closed.' });
      for (const job of queue.splice(0)) job.reject(error);
      await Promise.all(slots.map(async (slot) => {
        slot.retired = true;
        finish(slot)?.reject(error);
        await slot.worker.terminate();
      }));
    },
  };
}
