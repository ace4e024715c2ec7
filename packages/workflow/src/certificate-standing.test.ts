import { describe, expect, it } from 'vitest';
import { addCalendarMonths, certificateStandingOn, nextDay, type CertificateDates } from './certificate-standing.ts';
import { requiredReviewers } from './staffing.ts';

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const certificate = (overrides: Partial<CertificateDates> = {}): CertificateDates => ({
  status: 'VALID', validFrom: day('2023-01-01'), validUntil: day('2027-12-31'), suspendedUntil: null, ...overrides,
});

describe('certificateStandingOn', () => {
  it('is valid inside its validity period, on both end days', () => {
    expect(certificateStandingOn(certificate(), '2023-01-01')).toBe('VALID');
    expect(certificateStandingOn(certificate(), '2027-12-31')).toBe('VALID');
    expect(certificateStandingOn(certificate(), '2022-12-31')).toBe('NOT_YET_VALID');
    expect(certificateStandingOn(certificate(), '2028-01-01')).toBe('EXPIRED');
  });

  it('keeps a suspension through its last day and lets it lapse the day after', () => {
    const suspended = certificate({ status: 'SUSPENDED', suspendedUntil: day('2025-12-10') });
    expect(certificateStandingOn(suspended, '2025-12-10')).toBe('SUSPENDED');
    expect(certificateStandingOn(suspended, '2025-12-11')).toBe('VALID');
    expect(certificateStandingOn(certificate({ status: 'SUSPENDED' }), '2099-01-01')).toBe('SUSPENDED');
  });

  it('treats revocation as final, whatever the dates say', () => {
    expect(certificateStandingOn(certificate({ status: 'REVOKED' }), '2025-01-01')).toBe('REVOKED');
  });
});

describe('addCalendarMonths (Civil Code arts. 201 and 202)', () => {
  it('ends on the corresponding day of the last month', () => {
    expect(addCalendarMonths('2025-09-10', 3)).toBe('2025-12-10');
    expect(addCalendarMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('ends on the last day of a month that has no corresponding day', () => {
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addCalendarMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-08-31', 1)).toBe('2025-09-30');
  });

  it('crosses years in both directions of the month count', () => {
    expect(addCalendarMonths('2025-12-01', 1)).toBe('2026-01-01');
    expect(addCalendarMonths('2025-01-15', 24)).toBe('2027-01-15');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
  });
});

describe('requiredReviewers', () => {
  it('rounds 5% of the officers up', () => {
    expect(requiredReviewers(30, { min: 0.05 })).toBe(2);
    expect(requiredReviewers(20, { min: 0.05 })).toBe(1);
    expect(requiredReviewers(21, { min: 0.05 })).toBe(2);
  });

  it('does not let floating point add a reviewer (0.05 × 60 is not quite 3)', () => {
    expect(requiredReviewers(60, { min: 0.05 })).toBe(3);
    expect(requiredReviewers(2227, { min: 0.05 })).toBe(112);
  });

  it('applies the minimum count where the rule has one (seed 003: not fewer than 2)', () => {
    expect(requiredReviewers(10, { min: 0.05, minCount: 2 })).toBe(2);
    expect(requiredReviewers(0, { min: 0.05, minCount: 2 })).toBe(2);
    expect(requiredReviewers(0, { min: 0.05 })).toBe(0);
    expect(requiredReviewers(100, { min: 0.05, minCount: 2 })).toBe(5);
  });
});
