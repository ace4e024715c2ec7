/**
 * Text a person reads, in both languages the product speaks. Same shape as `LocalText` in @sanxiang/errors,
 * repeated here because this package has no runtime dependency: the API layer can wrap a
 * `CalendarRangeError` into its own error without translating anything.
 */
export interface LocalText {
  zh: string;
  en: string;
}

/**
 * Thrown for an input the calendar cannot compute with: a malformed date, a bad day count, a result outside
 * the four-digit years, or calendar data that cannot be combined. A RangeError because in every case a value
 * is outside the set the function accepts; the message names that value in both languages.
 */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
  constructor(readonly text: LocalText) {
    super(`${text.zh} / ${text.en}`);
  }
}

/** Quotes any value the way an error message should show it, even when it is not a string. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
