import type { Action, CaseAction, CaseSnapshot } from './case-snapshot.ts';
import { dayNumber, daysBetween } from './dates.ts';
import type { FactBook, FactResolver } from './fact-book.ts';

const has = (value: unknown): boolean => value !== undefined;
const when = <T>(present: unknown, value: () => T): T | undefined => (present === undefined ? undefined : value());

/** The penalty kinds intended, from the catalogue fact or, failing that, the flags that imply them. */
function penaltyTypes(book: FactBook): readonly string[] | undefined {
  const stated = book.run.snapshot.facts?.penaltyTypes;
  return Array.isArray(stated) ? stated : undefined;
}

/** A flag the case states wins; otherwise the intended penalty kinds imply it. */
function impliedBy(book: FactBook, flag: string, kinds: readonly string[]): unknown {
  const stated = book.run.snapshot.facts?.[flag];
  return stated ?? includesAny(book, kinds);
}

function includesAny(book: FactBook, kinds: readonly string[]): boolean | undefined {
  const types = penaltyTypes(book);
  return types ? kinds.some((kind) => types.includes(kind)) : undefined;
}

/**
 * The case action the requested action refers to: the latest of that type still open, else the latest of that
 * type. Night, holiday, emergency and approval are facts about this action.
 */
export function actionUnderWay(snapshot: CaseSnapshot, type: Action | undefined): CaseAction | undefined {
  const actions = snapshot.actions;
  if (!type || !actions) return undefined;
  let open: CaseAction | undefined;
  let latest: CaseAction | undefined;
  for (const action of actions) {
    if (action.type !== type) continue;
    if (!latest || action.startedAt >= latest.startedAt) latest = action;
    if (action.endedAt === undefined && (!open || action.startedAt >= open.startedAt)) open = action;
  }
  return open ?? latest;
}

export function currentAction(book: FactBook): CaseAction | undefined {
  return book.pinned ?? actionUnderWay(book.run.snapshot, book.run.action);
}

/** Catalogue facts that the structure of a case file can answer (config's fact-catalogue.ts names them). */
export const CASE_FACTS: Record<string, FactResolver> = {
  intendedFine: (book) => book.run.snapshot.facts?.intendedFine ?? book.run.snapshot.decision?.amount,
  partyType: (book) => book.run.snapshot.party?.kind,
  partyAge: (book) => book.run.snapshot.party?.age,
  partyMinor: (book) => {
    const party = book.run.snapshot.party;
    return party?.minor ?? (party?.age === undefined ? undefined : party.age < 18);
  },
  party: (book) => book.run.snapshot.party,
  business: (book) => book.run.snapshot.party?.business,
  category: (book) => book.run.snapshot.type,
  itemCode: (book) => book.run.snapshot.itemCode,
  department: (book) => book.run.snapshot.department,
  actionType: (book) => book.run.action,
  stage: (book) => book.run.snapshot.stage,
  procedure: (book) => book.run.snapshot.procedure,
  penaltyTypes,
  warningOnly: (book) => book.run.snapshot.facts?.warningOnly ?? when(penaltyTypes(book), () => penaltyTypes(book)?.length === 1 && penaltyTypes(book)?.[0] === 'WARNING'),
  licenceRevocation: (book) => impliedBy(book, 'licenceRevocation', ['LICENCE_REVOCATION']),
  qualificationDowngrade: (book) => impliedBy(book, 'qualificationDowngrade', ['QUALIFICATION_DOWNGRADE']),
  suspensionOrClosure: (book) => impliedBy(book, 'suspensionOrClosure', ['SUSPENSION', 'CLOSURE', 'RESTRICTION']),
  hearingRequested: (book) => when(book.run.snapshot.notices, () => has(book.run.snapshot.notices?.hearingRequestedAt)),
  hearingHeld: (book) => when(book.run.snapshot.notices, () => has(book.run.snapshot.notices?.hearingHeldAt)),
  monthsSinceViolation: (book) => {
    const { violation, filedAt } = book.run.snapshot;
    const from = violation?.endedAt ?? violation?.occurredAt;
    const to = violation?.discoveredAt ?? filedAt ?? book.run.at;
    if (!from) return undefined;
    const [fy, fm, fd] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
    const [ty, tm, td] = [Number(to.slice(0, 4)), Number(to.slice(5, 7)), Number(to.slice(8, 10))];
    return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  },
  daysSinceFiling: (book) => daysBetween(book.run.snapshot.filedAt, book.run.at),
  daysPaymentOverdue: (book) => {
    const decision = book.run.snapshot.decision;
    if (!decision?.deliveredAt || decision.amount === undefined) return undefined;
    // Art. 67: pay within 15 days of delivery.
    const elapsed = daysBetween(decision.deliveredAt, decision.paidAt ?? book.run.at);
    return elapsed === undefined ? undefined : Math.max(0, elapsed - 15);
  },
  emergency: (book) => currentAction(book)?.emergency,
  inEnforcementPremises: (book) => currentAction(book)?.inEnforcementPremises,
  headApproved: (book) => currentAction(book)?.headApproved,
  preDecisionNoticeGiven: (book) => when(book.run.snapshot.notices, () => has(book.run.snapshot.notices?.penaltyNoticeAt)),
  demolitionNoticeGiven: (book) => when(book.run.snapshot.notices, () => has(book.run.snapshot.notices?.demolitionNoticeAt)),
  partyConsentElectronic: (book) => book.run.snapshot.party?.electronicDeliveryConsent,
  legalReviewPassed: (book) => when(book.run.snapshot.review, () => book.run.snapshot.review?.status === 'PASSED'),
  reviewerFirstTime: (book) => book.run.snapshot.review?.reviewer?.firstTime,
  reviewerLegalQualification: (book) => book.run.snapshot.review?.reviewer?.legalQualification,
};

/** Catalogue facts only the `facts` map of a case file states (no structure speaks for them). */
export const STATED_FACTS: readonly string[] = [
  'confiscationValue', 'illegalGains', 'goodsValue', 'mentalIncapacity', 'majorPublicInterest', 'majorRightsAffected',
  'socialImpact', 'complexMultipleRelations', 'lawRequiresReview', 'majorViolation', 'majorCase', 'crossRegion',
  'crossDepartment', 'outsideBenchmark', 'suspectedCrime', 'firstViolation', 'harmSlight', 'harmCaused',
  'correctedPromptly', 'noSubjectiveFault', 'harmToLifeHealthFinance', 'evidenceUsed', 'stateSecret', 'tradeSecret',
  'privacyCore', 'legalReviewRequired',
];

/** True when a date-valued field is on or before the evaluation date. */
export function happenedBy(book: FactBook, date: string | undefined): boolean {
  const day = dayNumber(date);
  const at = dayNumber(book.run.at);
  return day !== undefined && at !== undefined && day <= at;
}


/** Facts about the action under way rather than the case: recording rules that read them judge each action alone. */
export const ACTION_FACTS: ReadonlySet<string> = new Set(['actionType', 'emergency', 'inEnforcementPremises', 'headApproved', 'partyPresent', 'atNight', 'onHoliday']);
