export type DatabaseErrorCode =
  | 'DB_UNREACHABLE'
  | 'DB_URL_INVALID'
  | 'DATA_DIR_CORRUPT'
  | 'DATA_DIR_IN_USE'
  | 'MIGRATION_FAILED'
  | 'MIGRATIONS_MISSING';

/** A database problem the operator can act on. Its message is one line, in Chinese and in English. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  constructor(
    readonly code: DatabaseErrorCode,
    readonly text: { zh: string; en: string },
    options?: { cause?: unknown },
  ) {
    super(`${text.zh} / ${text.en}`, options);
  }
}
