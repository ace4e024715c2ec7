import { describe, expect, it } from 'vitest';
import { beijingToday, missingReport } from './annual-report-status.ts';

describe("last year's annual report", () => {
  it('is due by 31 January and overdue from 1 February', () => {
    expect(missingReport([], '2026-01-31')).toEqual({ year: 2025, deadline: '2026-01-31', overdue: false });
    expect(missingReport([], '2026-02-01')).toEqual({ year: 2025, deadline: '2026-01-31', overdue: true });
  });

  it('is not missing once published, whatever older years lack', () => {
    expect(missingReport([{ year: 2025 }], '2026-11-23')).toBeNull();
    expect(missingReport([{ year: 2024 }], '2026-11-23')).toMatchObject({ year: 2025, overdue: true });
  });

  it('counts days on the Beijing calendar', () => {
    expect(beijingToday(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01');
    expect(beijingToday(new Date('2026-01-31T15:30:00Z'))).toBe('2026-01-31');
  });
});
