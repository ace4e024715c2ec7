import type { AppRouter } from '@sanxiang/api';
import { TRPCClientError } from '@trpc/client';
import type { LocalText } from './i18n/index.ts';

// The server's errorFormatter puts `{ code, text: { zh, en }, details }` on every error it knows about.
type ServerError = TRPCClientError<AppRouter>;

function isServerError(error: unknown): error is ServerError {
  return error instanceof TRPCClientError;
}

export function appErrorCode(error: unknown): string | null {
  return isServerError(error) ? (error.data?.appError?.code ?? null) : null;
}

/** The bilingual text the server attached, or null for network failures and anything else unexplained. */
export function appErrorText(error: unknown): LocalText | null {
  return isServerError(error) ? (error.data?.appError?.text ?? null) : null;
}

/** Client errors (4xx) will not improve by asking again; network and server failures may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = isServerError(error) ? error.data?.httpStatus : undefined;
  if (status !== undefined && status < 500) return false;
  return failureCount < 2;
}

/** A gate as a refusal names it: code, message, the sentence explaining why, and its legal basis. */
export interface RefusedGate {
  code: string;
  message: LocalText;
  reason: LocalText;
  basis: string[];
}

function detailsOf(error: unknown): unknown {
  return isServerError(error) ? (error.data?.appError?.details ?? null) : null;
}

const isText = (value: unknown): value is LocalText =>
  typeof value === 'object' && value !== null && typeof (value as LocalText).zh === 'string' && typeof (value as LocalText).en === 'string';

/** Every gate a GATE_BLOCKED refusal lists (details.gates), read defensively: details are JSON of unknown shape. */
export function refusedGates(error: unknown): RefusedGate[] {
  const details = detailsOf(error) as { gates?: unknown } | null;
  if (!details || !Array.isArray(details.gates)) return [];
  return details.gates.flatMap((gate: unknown) => {
    const g = gate as Partial<RefusedGate>;
    if (typeof g.code !== 'string' || !isText(g.message)) return [];
    return [{ code: g.code, message: g.message, reason: isText(g.reason) ? g.reason : g.message, basis: Array.isArray(g.basis) ? g.basis.filter((line): line is string => typeof line === 'string') : [] }];
  });
}

/** A problem of an uploaded template: the command, where it is, and what is wrong. */
export interface TemplateProblem {
  command: string | null;
  place: string | null;
  message: LocalText;
}

export function templateProblems(error: unknown): TemplateProblem[] {
  const details = detailsOf(error) as { problems?: unknown } | null;
  if (!details || !Array.isArray(details.problems)) return [];
  return details.problems.flatMap((problem: unknown) => {
    const p = problem as { command?: unknown; location?: { part?: unknown; paragraph?: unknown } | null; message?: unknown };
    if (!isText(p.message)) return [];
    const place = p.location && typeof p.location.part === 'string' ? `${p.location.part} ¶${String(p.location.paragraph ?? '')}` : null;
    return [{ command: typeof p.command === 'string' ? p.command : null, place, message: p.message }];
  });
}

/** What a document still lacks (details.missing of a refused generation). */
export function missingItems(error: unknown): LocalText[] {
  const details = detailsOf(error) as { missing?: unknown } | null;
  return details && Array.isArray(details.missing) ? details.missing.filter(isText) : [];
}
