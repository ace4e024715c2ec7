/** Text a person reads, always in both languages the product speaks. */
export interface LocalText {
  zh: string;
  en: string;
}

/** The closed set of failures the product reports. The API maps each to one transport code. */
export const APP_ERROR_CODES = [
  'BAD_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GATE_BLOCKED',
  'CONFIG_INVALID',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * The HTTP status of each code, for routes that speak HTTP without tRPC (evidence upload and download). tRPC maps
 * the same codes in packages/api/src/errors.ts; the two tables agree, and a test holds them to it.
 */
export const HTTP_STATUS_OF: Readonly<Record<AppErrorCode, number>> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GATE_BLOCKED: 412,
  // The upload exceeded the tenant's size limit (storage stops receiving at the first byte past it).
  PAYLOAD_TOO_LARGE: 413,
  // The content, not its name or declared type, is of a kind not accepted here (an executable renamed .jpg).
  UNSUPPORTED_MEDIA_TYPE: 415,
  CONFIG_INVALID: 422,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface AppErrorOptions {
  cause?: unknown;
  /** Structured detail a client may show: failing gates, current version, config issues. */
  details?: unknown;
}

/** The one error domain code throws. Its message is bilingual; details carry what a UI needs to explain it. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly details: unknown;
  constructor(
    readonly code: AppErrorCode,
    readonly text: LocalText,
    options: AppErrorOptions = {},
  ) {
    super(`${text.zh} / ${text.en}`, { cause: options.cause });
    this.details = options.details;
  }

  static notFound(entity: LocalText): AppError {
    return new AppError('NOT_FOUND', { zh: `找不到${entity.zh}。`, en: `${entity.en} not found.` });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
