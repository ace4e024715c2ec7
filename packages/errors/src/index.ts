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
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

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
