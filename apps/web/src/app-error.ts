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
