import type { Certificate } from './case-snapshot.ts';
import { currentAction } from './case-facts.ts';
import { dateOf, dayNumber, daysBetween, minuteOfDay, periodEnd, workingDaysBetween } from './dates.ts';
import type { FactBook, FactResolver } from './fact-book.ts';

/** Coercion Law art. 43 does not define night; 22:00–06:00 is the reading of the noise-pollution law (art. 88). */
const NIGHT_STARTS = 22 * 60;
const NIGHT_ENDS = 6 * 60;

/** Why a certificate does not allow its holder to act on the date and in the place of the act, or undefined. */
export function certificateProblem(book: FactBook, certificate: Certificate | undefined): string | undefined {
  if (!certificate) return 'NO_CERTIFICATE';
  const on = book.run.actDate;
  if (certificate.status === 'REVOKED') return 'REVOKED';
  if (certificate.status === 'EXPIRED') return 'EXPIRED';
  if (certificate.status === 'SUSPENDED' && (certificate.suspendedUntil === undefined || certificate.suspendedUntil >= on)) return 'SUSPENDED';
  if (certificate.validFrom !== undefined && certificate.validFrom > on) return 'NOT_YET_VALID';
  if (certificate.validUntil !== undefined && certificate.validUntil < on) return 'EXPIRED';
  const domain = book.run.tenant.domains.get(book.run.snapshot.department ?? '');
  if (domain !== undefined && certificate.domain !== domain) return 'OUTSIDE_DOMAIN';
  const area = book.run.snapshot.area ?? book.run.tenant.region;
  // A provincial certificate (湖南省) is good in every city of the province (湖南省邵阳市), not the other way round.
  if (area !== '' && !area.startsWith(certificate.area)) return 'OUTSIDE_AREA';
  return undefined;
}

function officerProblems(book: FactBook): string[] | undefined {
  const officers = book.run.snapshot.officers;
  if (!officers) return undefined;
  const problems: string[] = [];
  officers.forEach((officer, index) => {
    const problem = certificateProblem(book, officer.certificate);
    if (problem) problems.push(`${officer.name ?? officer.id ?? `#${index + 1}`}:${officer.certificate?.number ?? '-'}:${problem}`);
  });
  return problems;
}

function seizureEnd(book: FactBook): string | undefined {
  const seizure = book.run.snapshot.seizure;
  if (!seizure) return undefined;
  // Coercion Law art. 25: 30 days, extendable once by 30 with the head's approval; calendar days, moved off holidays.
  const days = seizure.extensionApprovedAt ? 60 : 30;
  return periodEnd(book.run.tenant.calendar, seizure.startedAt, { days, unit: 'CALENDAR' })?.date;
}

function addYears(date: string, years: number): string | undefined {
  const year = Number(date.slice(0, 4)) + years;
  if (year > 9999) return undefined;
  const monthDay = date.slice(5, 10) === '02-29' ? '02-28' : date.slice(5, 10);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Facts the engine computes from the case's structure and the tenant's calendar (`derived` in config's catalogue). */
export const DERIVED_FACTS: Record<string, FactResolver> = {
  certifiedOfficers: (book) => {
    const officers = book.run.snapshot.officers;
    return officers ? officers.filter((officer) => certificateProblem(book, officer.certificate) === undefined).length : undefined;
  },
  invalidCertificates: (book) => officerProblems(book)?.length,
  certificateProblems: officerProblems,
  atNight: (book) => {
    const minute = minuteOfDay(currentAction(book)?.startedAt);
    return minute === undefined ? undefined : minute >= NIGHT_STARTS || minute < NIGHT_ENDS;
  },
  onHoliday: (book) => {
    // Only a stated time or act date speaks: a case without either leaves the fact to its `facts`.
    const date = dateOf(currentAction(book)?.startedAt) ?? book.run.snapshot.actDate;
    if (date === undefined) return undefined;
    try {
      return book.run.tenant.calendar.holidayName(date) !== undefined;
    } catch {
      return undefined;
    }
  },
  partyPresent: (book) => currentAction(book)?.partyPresent,
  hearingRightNotified: (book) => {
    const notices = book.run.snapshot.notices;
    return notices ? notices.hearingRightNotifiedAt !== undefined : undefined;
  },
  defencePeriodRunning: (book) => {
    const notices = book.run.snapshot.notices;
    const noticed = notices?.hearingRightNotifiedAt ?? notices?.penaltyNoticeAt;
    if (!notices || !noticed) return undefined;
    if (notices.defenceWaivedAt !== undefined) return false;
    const end = notices.defenceDeadline ?? periodEnd(book.run.tenant.calendar, noticed, book.run.tenant.defenceWindow)?.date;
    return end === undefined ? undefined : book.run.at <= end;
  },
  defencePeriodEnds: (book) => {
    const notices = book.run.snapshot.notices;
    const noticed = notices?.hearingRightNotifiedAt ?? notices?.penaltyNoticeAt;
    return notices?.defenceDeadline ?? periodEnd(book.run.tenant.calendar, noticed, book.run.tenant.defenceWindow)?.date;
  },
  /**
   * Heard, or given the chance: a statement recorded, the right waived, or the period over without one (the party is
   * then deemed to have waived it, 视为放弃). Art. 45 requires the agency to listen, not the party to speak.
   */
  statementHeard: (book) => {
    const notices = book.run.snapshot.notices;
    if (!notices) return undefined;
    if (notices.statementHeardAt !== undefined || notices.defenceWaivedAt !== undefined) return true;
    const noticed = notices.hearingRightNotifiedAt ?? notices.penaltyNoticeAt;
    if (noticed === undefined) return false;
    const end = notices.defenceDeadline ?? periodEnd(book.run.tenant.calendar, noticed, book.run.tenant.defenceWindow)?.date;
    return end !== undefined && book.run.at > end;
  },
  reasoningComplete: (book) => {
    const decision = book.run.snapshot.decision;
    if (!decision) return undefined;
    const reasoning = decision.reasoning;
    return Boolean(reasoning?.evidence?.trim() && reasoning.basis?.trim() && reasoning.discretion?.trim());
  },
  seizureActive: (book) => {
    const seizure = book.run.snapshot.seizure;
    return seizure ? seizure.endedAt === undefined || seizure.endedAt > book.run.at : undefined;
  },
  seizureExtensionApproved: (book) => (book.run.snapshot.seizure ? book.run.snapshot.seizure.extensionApprovedAt !== undefined : undefined),
  seizureDaysElapsed: (book) => {
    const seizure = book.run.snapshot.seizure;
    return seizure ? daysBetween(seizure.startedAt, seizure.endedAt ?? book.run.at) : undefined;
  },
  seizureLimitDays: (book) => daysBetween(book.run.snapshot.seizure?.startedAt, seizureEnd(book)),
  decisionMade: (book) => {
    const decision = book.run.snapshot.decision;
    if (!decision) return undefined;
    const decided = dayNumber(decision.decidedAt);
    const at = dayNumber(book.run.at);
    return decided !== undefined && at !== undefined && decided <= at;
  },
  decisionDeadline: (book) => periodEnd(book.run.tenant.calendar, book.run.snapshot.filedAt, book.run.tenant.decisionPeriod)?.date,
  daysToDecisionDeadline: (book) => {
    const end = periodEnd(book.run.tenant.calendar, book.run.snapshot.filedAt, book.run.tenant.decisionPeriod);
    return end ? daysBetween(book.run.at, end.date) : undefined;
  },
  limitationDaysLeft: (book) => {
    const { violation, filedAt } = book.run.snapshot;
    const from = violation?.endedAt ?? violation?.occurredAt;
    if (!from) return undefined;
    // Art. 36: two years, five where life, health or financial security is involved and harm resulted.
    const end = addYears(from, book.get('harmToLifeHealthFinance') === true ? 5 : 2);
    return daysBetween(violation?.discoveredAt ?? filedAt ?? book.run.at, end);
  },
  hearingNoticeWorkingDays: (book) => {
    const notices = book.run.snapshot.notices;
    return workingDaysBetween(book.run.tenant.calendar, notices?.hearingNoticeAt, notices?.hearingAt);
  },
};
