export type {
  DecisionParty,
  DecisionSummary,
  DisclosureRedaction,
  OtherPerson,
  PartyKind,
  PublishedDecision,
  PublishedParty,
  Withholding,
  WithholdingCode,
} from './decision-summary.ts';
export { foldDigits } from './digit-shadow.ts';
export { HIDDEN_TEXT, maskIdentifier, redactDisclosure } from './disclosure-redaction.ts';
export { verifyNoLeak, type Leak, type LeakKind, type VerifyNoLeakOptions } from './leak-check.ts';
export {
  isOldResidentIdNumber,
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
  passesLuhn,
} from './number-checksums.ts';
export { surnameOnly } from './person-names.ts';
export {
  DEFAULT_REDACTION_POLICY,
  parseRedactionPolicy,
  REDACTION_POLICY_JSON_SCHEMA,
  REQUIRED_PUBLIC_FIELDS,
  type NaturalPersonNameHandling,
  type PolicyBasis,
  type RedactionPolicy,
} from './redaction-policy.ts';
export {
  MASK_CHARACTER,
  redactText,
  type RedactedText,
  type RedactTextOptions,
  type SensitiveNumberKind,
  type TextFinding,
} from './text-redaction.ts';

// The database side (issue 7): scheduling, publishing, withdrawal, expiry, due lists, settings, the public portal.
export { addMonths, beijingDay, dayColumn } from './beijing-day.ts';
export type { DisclosureContext, ScopedTx, WorkingDays } from './disclosure-context.ts';
export { scheduleDisclosures, type ScheduledDisclosure, type ScheduledObligation, type ScheduleInput } from './scheduling.ts';
export {
  autoPublishDue,
  previewDisclosure,
  publishDisclosure,
  type AutoPublishReport,
  type DisclosurePreview,
  type PublishOutcome,
} from './publication.ts';
export {
  WITHDRAWAL_WORKING_DAYS,
  withdrawDisclosure,
  withdrawForDecision,
  type WithdrawalOutcome,
  type WithdrawDisclosureInput,
} from './withdrawal.ts';
export { expireDisplayed, type ExpiryReport } from './display-expiry.ts';
export { listDisclosures, listDue, type DisclosureListItem, type DueList, type ListDisclosuresInput } from './due-list.ts';
export {
  DEFAULT_SOON_DUE_WORKING_DAYS,
  readDisclosureSettings,
  updateDisclosureSettings,
  type DisclosureSettingsView,
  type UpdateDisclosureSettingsInput,
} from './disclosure-settings.ts';
export { enqueuePush, pushIdempotencyKey, type PushMessage } from './push-outbox.ts';
export { openPortal, type Portal, type PortalEntry } from './portal-view.ts';
export {
  COUNT_LIMIT,
  MAX_OFFSET,
  MAX_PAGE_SIZE,
  PORTAL_ORDER,
  portalDetail,
  searchConditions,
  searchPortal,
  type PortalDetail,
  type PortalSearchInput,
  type PortalSearchResult,
} from './portal-search.ts';
export { MAX_FEED_ITEMS, portalFeed, renderAtomFeed, type FeedItem, type FeedKind } from './portal-feed.ts';
export { creditCodeKey, escapeLikePattern, nameSearchKey, nameSearchTokens, queryTokens } from './search-keys.ts';
export { portalAnnualReports, type PortalAnnualReport } from './portal-annual-reports.ts';
export { listDeadPushes, resendDeadPush, type DeadPush } from './dead-letters.ts';
