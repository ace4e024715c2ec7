import { DatabaseError } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';

/**
 * Ends a command on an error: one readable line for the problems a person can fix,
 * the full error only for bugs.
 */
export function exitWithError(error: unknown): never {
  if (error instanceof DatabaseError || error instanceof AppError) {
    console.error(`错误 / error [${error.code}]: ${error.message}`);
  } else if (error instanceof RangeError) {
    // Bad input a person typed (a date, a count): its message already says what is wrong, in both languages.
    console.error(`错误 / error: ${error.message}`);
  } else {
    console.error('内部错误 / internal error:', error);
  }
  process.exit(1);
}
