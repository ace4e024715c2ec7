import type { CertificateStatus } from '@sanxiang/db';
import { beijingDate } from './beijing-time.ts';

/** Whether a certificate lets its holder act on a given day, and if not, why. */
export type CertificateStanding = 'VALID' | 'SUSPENDED' | 'REVOKED' | 'EXPIRED' | 'NOT_YET_VALID';

export interface CertificateDates {
  status: CertificateStatus;
  validFrom: Date;
  validUntil: Date;
  suspendedUntil: Date | null;
}

/**
 * The same reading as the engine's certificate gate (packages/engine/src/derived-facts.ts), on stored rows instead of a
 * case snapshot: a suspension runs through its last day inclusive, and a suspension without an end date runs until it
 * is lifted. Revocation is final.
 */
export function certificateStandingOn(certificate: CertificateDates, day: string): CertificateStanding {
  if (certificate.status === 'REVOKED') return 'REVOKED';
  if (certificate.status === 'SUSPENDED' && (certificate.suspendedUntil === null || beijingDate(certificate.suspendedUntil) >= day)) return 'SUSPENDED';
  if (beijingDate(certificate.validFrom) > day) return 'NOT_YET_VALID';
  if (beijingDate(certificate.validUntil) < day) return 'EXPIRED';
  return 'VALID';
}

/**
 * `day` plus whole calendar months, as the Civil Code counts a period in months: the first day is not counted (art. 201)
 * and the period ends on the corresponding day of the last month, or on that month's last day when it has no such day
 * (art. 202). So 3 months from 2025-11-30 end on 2026-02-28.
 */
export function addCalendarMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const endYear = Math.floor(index / 12);
  const endMonth = (index % 12) + 1;
  const lastDate = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return `${String(endYear).padStart(4, '0')}-${String(endMonth).padStart(2, '0')}-${String(Math.min(date, lastDate)).padStart(2, '0')}`;
}

/** The calendar day after `day`. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
