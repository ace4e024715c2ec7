// Support for the disclosure journey and the portal crawl: a server of their own (fresh embedded database, only the
// Shaoyang tenant, the clock moved with SANXIANG_CLOCK), and the officers' side driven through the tRPC HTTP endpoint
// with each person's session cookie, as the browser would send it.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, outputDir } from './browser.ts';

const root = path.resolve(import.meta.dirname, '..');

export interface TestServer {
  baseUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer ${baseUrl}/healthz within ${seconds} s`);
}

/**
 * Starts apps/server on a free port with its own data folder and only tenant-configs/shaoyang (loading every tenant,
 * Zhongshan's thousands of items included, would take most of a minute for nothing). Uses the web build run.mjs made.
 */
export async function startServer(options: { name: string; clock?: string }): Promise<TestServer> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `sx-${options.name}-`));
  fs.cpSync(path.join(root, 'tenant-configs/shaoyang'), path.join(work, 'tenant-configs/shaoyang'), { recursive: true });
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  fs.mkdirSync(outputDir, { recursive: true });
  const log = fs.openSync(path.join(outputDir, `${options.name}-server.log`), 'w');
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'apps/server/src/main.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'development', PORT: String(port), HOST: 'localhost',
      DATABASE_URL: '', SANXIANG_DATA_DIR: path.join(work, 'data'), SANXIANG_TENANT_CONFIGS: path.join(work, 'tenant-configs'),
      SANXIANG_DEMO_PASSWORD: DEMO_PASSWORD, ...(options.clock ? { SANXIANG_CLOCK: options.clock } : {}),
    },
    stdio: ['ignore', log, log],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    fs.closeSync(log);
    fs.rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, 180);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/** A refused call, with the server's code and English text, so a failing test says what the server said. */
export class ApiError extends Error {
  constructor(readonly path: string, readonly code: string, text: string) {
    super(`${path}: ${code} ${text}`);
  }
}

type Person = 'officer1' | 'head' | 'admin' | 'supervisor';

/**
 * tRPC over HTTP as the web app speaks it: superjson's `{ json }` envelope (inputs here carry no Dates, so no `meta`),
 * GET for queries and POST for mutations, one session cookie per person.
 */
export class OfficersApi {
  private readonly cookies = new Map<Person, string>();

  constructor(private readonly baseUrl: string) {}

  async signIn(...people: Person[]): Promise<void> {
    for (const person of people) {
      const response = await fetch(`${this.baseUrl}/trpc/auth.login`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { tenantCode: 'shaoyang', username: person, password: DEMO_PASSWORD } }),
      });
      await this.read('auth.login', response);
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error(`signing in ${person} set no cookie`);
      this.cookies.set(person, cookie);
    }
  }

  async query<T>(person: Person | null, procedure: string, input?: unknown): Promise<T> {
    const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    return this.read<T>(procedure, await fetch(`${this.baseUrl}/trpc/${procedure}${search}`, { headers: this.headers(person) }));
  }

  async mutate<T>(person: Person, procedure: string, input: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/trpc/${procedure}`, {
      method: 'POST', headers: { ...this.headers(person), 'content-type': 'application/json' }, body: JSON.stringify({ json: input }),
    });
    return this.read<T>(procedure, response);
  }

  private headers(person: Person | null): Record<string, string> {
    const cookie = person ? this.cookies.get(person) : undefined;
    return cookie ? { cookie } : {};
  }

  private async read<T>(procedure: string, response: Response): Promise<T> {
    const body = (await response.json()) as { result?: { data: { json: T } }; error?: { json: { message: string; data?: { appError?: { code: string; text: { en: string } } } } } };
    if (body.error) {
      const appError = body.error.json.data?.appError;
      throw new ApiError(procedure, appError?.code ?? String(response.status), appError?.text.en ?? body.error.json.message);
    }
    return body.result!.data.json;
  }
}

export interface Party {
  kind: 'INDIVIDUAL' | 'ORGANISATION';
  name: string;
  identifier?: string;
  address?: string;
  phone?: string;
}

export interface DecidedCase {
  caseId: string;
  caseNumber: string;
  version: number;
  disclosureId: string;
  dueDate: string;
}

interface CaseVersion {
  case: { version: number };
}

/**
 * A general-procedure penalty of the market-regulation bureau taken to its decision through the officers' API, on
 * the server's day: opened from the catalogue with the second certified officer, approved, inspected, notified (the
 * party waives statement and defence, so the decision may follow at once, art. 45), proposed and decided by the head.
 */
export async function decidePenalty(
  api: OfficersApi,
  // `day` is the server's day (Beijing); the inspection is recorded that morning, before the clock's start.
  options: { day: string; title: string; party: Party; decisionNumber: string; itemCode?: string; fine?: number; findings?: string },
): Promise<DecidedCase> {
  const [item] = await api.query<{ id: string; code: string }[]>('officer1', 'workspace.catalogue', { query: options.itemCode ?? 'scjg-cf-001' });
  const opening = await api.query<{ coOfficers: { id: string }[] }>('officer1', 'workspace.openingOptions');
  if (!item || !opening.coOfficers[0]) throw new Error('the demo seed gave the market-regulation bureau no item or no second officer');
  const fine = options.fine ?? 500;
  const opened = await api.mutate<{ id: string; number: string }>('officer1', 'workspace.openCase', {
    enforcementItemId: item.id, title: options.title, procedure: 'GENERAL', party: options.party, coOfficerId: opening.coOfficers[0].id,
    facts: { intendedFine: fine },
  });
  let version = (await api.query<CaseVersion>('officer1', 'workspace.case', { id: opened.id })).case.version;
  if (options.findings) {
    version = (await api.mutate<{ version: number }>('officer1', 'workspace.saveParticulars', { caseId: opened.id, expectedVersion: version, particulars: { findings: options.findings } })).version;
  }
  const step = async (person: 'officer1' | 'head', transition: string, detail?: Record<string, unknown>) => {
    const outcome = await api.mutate<CaseVersion>(person, person === 'head' ? 'case.approve' : 'case.transition', { id: opened.id, transition, expectedVersion: version, ...(detail ? { detail } : {}) });
    version = outcome.case.version;
  };
  await step('head', 'approve-filing');
  await step('officer1', 'record-inspection', { startedAt: `${options.day}T08:00:00+08:00`, endedAt: `${options.day}T09:00:00+08:00`, place: '湖南省邵阳市双清区' });
  await step('officer1', 'notify', { hearingRightNotified: true });
  await step('officer1', 'waive-defence');
  await step('officer1', 'propose-decision', {
    penalties: [{ kind: 'FINE', amount: fine }], amount: fine,
    reasoning: { evidence: '现场检查笔录与询问笔录相互印证，予以采信。', basis: '适用《中华人民共和国食品安全法》第一百二十二条。', discretion: '违法情节轻微，按裁量基准下限处罚。' },
  });
  await step('head', 'decide', { number: options.decisionNumber });
  const [disclosure] = await api.query<{ id: string; dueDate: string }[]>('officer1', 'disclosure.list', { caseId: opened.id });
  if (!disclosure) throw new Error(`the decision ${options.decisionNumber} scheduled no disclosure`);
  return { caseId: opened.id, caseNumber: opened.number, version, disclosureId: disclosure.id, dueDate: disclosure.dueDate };
}

/** Publishes what the officer previewed; refuses to go on if the independent leak check found anything. */
export async function publishDisclosure(api: OfficersApi, disclosureId: string): Promise<{ payload: Record<string, unknown> }> {
  const preview = await api.query<{ version: number; leaks: unknown[]; payload: Record<string, unknown> }>('officer1', 'disclosure.preview', { id: disclosureId });
  if (preview.leaks.length > 0) throw new Error(`the preview of ${disclosureId} has leaks: ${JSON.stringify(preview.leaks)}`);
  await api.mutate('officer1', 'disclosure.publish', { id: disclosureId, expectedVersion: preview.version });
  return preview;
}

/** The head records that the decision was revoked (art. 48(2)); its published disclosure is withdrawn with the reason. */
export async function revokeDecision(api: OfficersApi, caseId: string, detail: { reason: string; basis: string; changedOn: string }): Promise<void> {
  const { version } = (await api.query<CaseVersion>('officer1', 'workspace.case', { id: caseId })).case;
  await api.mutate('head', 'case.approve', { id: caseId, transition: 'revoke-decision', expectedVersion: version, detail: { decisionStatus: 'REVOKED', ...detail } });
}
