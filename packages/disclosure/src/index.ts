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
