import { describe, expect, it } from 'vitest';
import { beijingYear, publicationDeadline, publicationStatus } from './report-period.ts';

describe('the reporting period', () => {
  it('reads years in Beijing time, and plain dates as written', () => {
    expect(beijingYear('2025-12-31T15:59:59Z')).toBe(2025);
    expect(beijingYear('2025-12-31T16:00:00Z')).toBe(2026);
    expect(beijingYear('2026-01-01T00:10:00+08:00')).toBe(2026);
    expect(beijingYear('2025-12-31')).toBe(2025);
    expect(beijingYear('not a date')).toBeNull();
    expect(beijingYear(null)).toBeNull();
  });

  it('ends the publication period at midnight after 31 January, Beijing time', () => {
    expect(publicationDeadline(2025).toISOString()).toBe('2026-01-31T16:00:00.000Z');
  });

  it('tells on time, late, not yet due and overdue apart', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(publicationStatus(2025, new Date('2026-01-31T15:59:59Z'), now).state).toBe('ON_TIME');
    expect(publicationStatus(2025, new Date('2026-01-31T16:00:00Z'), now).state).toBe('LATE');
    expect(publicationStatus(2025, null, new Date('2026-01-20T00:00:00Z')).state).toBe('NOT_YET_DUE');
    const overdue = publicationStatus(2025, null, now);
    expect(overdue.state).toBe('OVERDUE');
    expect(overdue.due).toBe('2026-01-31');
    expect(overdue.label.zh).toContain('2026-01-31');
  });
});
