import { describe, expect, it } from 'vitest';
import { addMonths, beijingDay } from './beijing-day.ts';

describe('display periods in months (民法典 第二百零二条)', () => {
  it('ends on the corresponding day of the last month', () => {
    expect(addMonths('2025-11-12', 3)).toBe('2026-02-12');
    expect(addMonths('2025-10-14', 36)).toBe('2028-10-14');
  });

  it('ends on the last day of the month when it has no corresponding day', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
  });
});

describe('the Beijing day of an instant', () => {
  it('is the next day after 16:00 UTC', () => {
    expect(beijingDay(new Date('2025-09-30T15:59:59Z'))).toBe('2025-09-30');
    expect(beijingDay(new Date('2025-09-30T16:00:00Z'))).toBe('2025-10-01');
  });
});
