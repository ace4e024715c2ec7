import type { Comparison } from '../tightness.ts';

export type DayUnit = 'WORKING' | 'CALENDAR';

export interface DayCount {
  days: number;
  unit: DayUnit;
}

/**
 * Compares two day counts. N working days always last at least as long as N calendar days, so a count in
 * calendar days that is no larger is shorter; other mixes of units cannot be ordered without a calendar.
 */
export function compareDays(c: Comparison, pointer: string, upper: DayCount, lower: DayCount, stricter: 'shorter' | 'longer'): void {
  if (upper.days === lower.days && upper.unit === lower.unit) return;
  if (upper.unit === lower.unit) {
    c.number(`${pointer}/days`, upper.days, lower.days, stricter === 'shorter' ? 'lower' : 'higher', 'loosest');
    return;
  }
  const lowerIsShorter = lower.unit === 'CALENDAR' && lower.days <= upper.days;
  const lowerIsLonger = lower.unit === 'WORKING' && lower.days >= upper.days;
  if (!lowerIsShorter && !lowerIsLonger) {
    c.note(pointer, 'changed');
    return;
  }
  c.note(pointer, lowerIsShorter === (stricter === 'shorter') ? 'tighter' : 'looser');
}
