/**
 * The decision summary a disclosure publishes, before and after redaction. Extra fields a tenant's forms add
 * are allowed and travel along; redaction treats every string in them as free text.
 */
import type { LocalText } from '@sanxiang/errors';

export type PartyKind = 'INDIVIDUAL' | 'ORGANISATION';

export interface DecisionParty {
  kind: PartyKind;
  name: string;
  idNumber?: string;
  /** Unified social credit code (GB 32100), of an organisation or an individual business (个体工商户). */
  creditCode?: string;
  address?: string;
  phone?: string;
  bankAccount?: string;
  health?: string;
  /** The party was under 18 when acting: the decision is not published at all. */
  minor?: boolean;
  [extra: string]: unknown;
}

export interface OtherPerson {
  name: string;
  /** 证人, 受害人, 法定代理人…: kept for the officer's preview, never published. */
  role: string;
}

export interface DecisionSummary {
  decisionNumber: string;
  party: DecisionParty;
  otherPersons?: OtherPerson[];
  facts: string;
  basis: string;
  penalty: string;
  agency: string;
  /** ISO date of the decision. */
  decidedAt: string;
  /** The core facts are a state secret or a trade secret: not published. */
  coreFactsSecret?: boolean;
  /** The core facts are a person's privacy: not published. */
  privacyCore?: boolean;
  [extra: string]: unknown;
}

export interface PublishedParty {
  kind: PartyKind;
  name?: string;
  idNumber?: string;
  creditCode?: string;
  address?: string;
  phone?: string;
  bankAccount?: string;
  health?: string;
  [extra: string]: unknown;
}

/** What may reach the portal. A policy can remove any field but the ones that say which decision it is. */
export interface PublishedDecision {
  decisionNumber: string;
  party: PublishedParty;
  agency: string;
  decidedAt: string;
  facts?: string;
  basis?: string;
  penalty?: string;
  [extra: string]: unknown;
}

export type WithholdingCode = 'MINOR' | 'SECRET' | 'PRIVACY';

export interface Withholding {
  code: WithholdingCode;
  reason: LocalText;
  basis: string;
}

export type DisclosureRedaction =
  | { payload: PublishedDecision; redactedFields: string[]; withheld?: undefined }
  | { payload: null; redactedFields: string[]; withheld: Withholding };
