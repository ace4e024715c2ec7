/**
 * Turns a decision summary into what the public portal may show (技术处理). The fixed rules come from
 * 《浙江省行政处罚结果信息网上公开暂行办法》 arts. 5 and 7, which DOMAIN.md takes as typical:
 * - a natural person's ID number, phone, address, bank account and health are hidden (art. 7(1));
 *   health and financial accounts are also sensitive personal information (《个人信息保护法》 art. 28);
 * - an organisation's bank account is hidden (art. 7(2)); its name and credit code stay, because publishing
 *   who was punished is the point of disclosure (《行政处罚法》 art. 48);
 * - names of natural persons other than the punished party are hidden (art. 7(1)), here and in the facts;
 * - minors, secret and private core facts are not published at all (art. 5; withholding.ts).
 * Every string that reaches the payload is scanned by redactText whatever the policy says, because clerks
 * paste numbers into any box a form has.
 */
import { AppError } from '@sanxiang/errors';
import type { DecisionParty, DecisionSummary, DisclosureRedaction, PublishedDecision, PublishedParty } from './decision-summary.ts';
import { CH_SEPARATOR, classifyCodePoint } from './digit-shadow.ts';
import { looksLikeCreditCode } from './number-checksums.ts';
import { ANONYMOUS_NAME, isReplaceableName, otherPersonPlaceholder, surnameOnly } from './person-names.ts';
import { replacePhrases } from './phrase-replacement.ts';
import { DEFAULT_REDACTION_POLICY, type RedactionPolicy } from './redaction-policy.ts';
import { MASK_CHARACTER, redactText } from './text-redaction.ts';
import { withholdingFor } from './withholding.ts';

/** What a hidden address or health note shows; its length would say nothing useful. */
export const HIDDEN_TEXT = '***';

/** Fields that only steer redaction. They are dropped from the payload without being listed as redacted. */
const CONTROL_FIELDS = new Set(['coreFactsSecret', 'privacyCore']);
/** Fields that name the decision; scanned for numbers but never rewritten by phrase replacement. */
const IDENTIFYING_FIELDS = new Set(['decisionNumber', 'agency', 'decidedAt']);
/** Verbatim copies of an address or health note shorter than this are not hunted in the facts (邵阳市). */
const MIN_PHRASE_LENGTH = 4;

export function redactDisclosure(decision: DecisionSummary, policy: RedactionPolicy = DEFAULT_REDACTION_POLICY): DisclosureRedaction {
  assertShape(decision);
  const withheld = withholdingFor(decision);
  if (withheld) return { payload: null, redactedFields: [], withheld };

  const party = decision.party;
  const natural = party.kind === 'INDIVIDUAL';
  const creditCode = wellFormedCreditCode(party.creditCode);
  const keep = [...policy.publicNumbers, ...(creditCode ? [creditCode] : [])];
  const phrases = sensitivePhrases(decision, policy);
  const redacted = new Set<string>();
  const scan = (value: string): string => redactText(value, { keep }).text;
  const freeText = (value: string): string => scan(replacePhrases(value, phrases));
  const track = <T>(path: string, before: unknown, after: T): T => {
    if (before !== after) redacted.add(path);
    return after;
  };
  // Objects on the current path: a cycle cannot be published as JSON, so the repeated reference is dropped.
  const ancestors = new Set<object>();
  const anyValue = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') return track(path, value, freeText(value));
    if (typeof value === 'number' || typeof value === 'bigint') {
      // A phone or ID number stored as a number is still that number.
      const text = String(value);
      const masked = scan(text);
      return track(path, value, masked === text ? value : masked);
    }
    if (value === null || typeof value === 'boolean' || value === undefined) return value;
    if (typeof value !== 'object' || ancestors.has(value)) {
      redacted.add(path);
      return undefined;
    }
    ancestors.add(value);
    let out: unknown;
    if (Array.isArray(value)) out = value.map((item: unknown, i) => anyValue(item, `${path}.${i}`));
    else out = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, anyValue(item, `${path}.${key}`)]));
    ancestors.delete(value);
    return out;
  };

  const publishedParty: PublishedParty = { kind: party.kind };
  for (const [key, value] of Object.entries(party)) {
    const path = `party.${key}`;
    if (key === 'kind' || key === 'minor') continue;
    if (key === 'name' && typeof value === 'string') {
      publishedParty.name = track(path, value, scan(natural ? partyName(value, policy) : value));
    } else if (key === 'creditCode' && typeof value === 'string' && creditCode) {
      publishedParty.creditCode = value;
    } else if (isHiddenField(key, natural) && value !== undefined && value !== null) {
      publishedParty[key] = track(path, value, hideValue(key, value));
    } else {
      publishedParty[key] = anyValue(value, path);
    }
  }

  const payload: PublishedDecision = {
    decisionNumber: scan(decision.decisionNumber),
    party: publishedParty,
    agency: scan(decision.agency),
    decidedAt: scan(decision.decidedAt),
  };
  for (const [key, value] of Object.entries(decision)) {
    if (key === 'party' || CONTROL_FIELDS.has(key)) continue;
    if (key === 'otherPersons') {
      if (Array.isArray(value) && value.length > 0) redacted.add(key);
      continue;
    }
    if (IDENTIFYING_FIELDS.has(key)) {
      track(key, value, payload[key]);
      continue;
    }
    payload[key] = anyValue(value, key);
  }

  for (const path of policy.privateFields) if (removePath(payload, path)) redacted.add(path);
  return { payload, redactedFields: [...redacted].sort(), withheld: undefined };
}

function assertShape(decision: DecisionSummary): void {
  const party: unknown = decision?.party;
  const ok =
    typeof decision === 'object' &&
    decision !== null &&
    typeof party === 'object' &&
    party !== null &&
    (decision.party.kind === 'INDIVIDUAL' || decision.party.kind === 'ORGANISATION') &&
    typeof decision.party.name === 'string' &&
    typeof decision.decisionNumber === 'string' &&
    typeof decision.agency === 'string' &&
    typeof decision.decidedAt === 'string';
  if (!ok) {
    throw new AppError('BAD_INPUT', {
      zh: '决定摘要缺少文号、机关、日期或当事人，无法作技术处理。',
      en: 'The decision summary lacks its number, agency, date or party, so it cannot be redacted.',
    });
  }
}

/** Art. 7(1) for natural persons; for organisations only the bank account (art. 7(2)) and health. */
function isHiddenField(key: string, natural: boolean): boolean {
  if (key === 'bankAccount' || key === 'health') return true;
  return natural && (key === 'idNumber' || key === 'phone' || key === 'address');
}

/** Free-form values lose their text entirely; identifiers keep their shape, one "*" per character. */
function hideValue(key: string, value: unknown): string {
  if (key === 'address' || key === 'health') return HIDDEN_TEXT;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? maskIdentifier(String(value)) : HIDDEN_TEXT;
}

function partyName(name: string, policy: RedactionPolicy): string {
  if (policy.naturalPersonName === 'SURNAME_ONLY') return surnameOnly(name);
  if (policy.naturalPersonName === 'HIDE') return ANONYMOUS_NAME;
  return name;
}

/**
 * A credit code is kept only when it is one (looksLikeCreditCode): a clerk who put an ID number into the
 * credit code box of an individual business must not publish it that way.
 */
function wellFormedCreditCode(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return looksLikeCreditCode(code) ? code : undefined;
}

/** Names and verbatim personal values to replace in the facts and every other free-text field. */
function sensitivePhrases(decision: DecisionSummary, policy: RedactionPolicy): Map<string, string> {
  const phrases = new Map<string, string>();
  const party: DecisionParty = decision.party;
  const natural = party.kind === 'INDIVIDUAL';
  for (const key of ['idNumber', 'phone', 'bankAccount', 'address', 'health'] as const) {
    const value = party[key];
    if (typeof value !== 'string' || !isHiddenField(key, natural)) continue;
    const phrase = value.trim();
    if (Array.from(phrase).length < MIN_PHRASE_LENGTH) continue;
    phrases.set(phrase, key === 'address' || key === 'health' ? HIDDEN_TEXT : maskIdentifier(phrase));
  }
  let index = 0;
  for (const person of decision.otherPersons ?? []) {
    const name = typeof person?.name === 'string' ? person.name.trim() : '';
    if (!isReplaceableName(name) || phrases.has(name) || name === party.name.trim()) continue;
    phrases.set(name, otherPersonPlaceholder(index++));
  }
  const name = party.name.trim();
  if (natural && policy.naturalPersonName !== 'KEEP' && isReplaceableName(name)) phrases.set(name, partyName(name, policy));
  return phrases;
}

/** One "*" per character; separators stay so the shape of the field is still readable. */
export function maskIdentifier(value: string): string {
  let out = '';
  for (const ch of value) out += classifyCodePoint(ch.codePointAt(0) ?? 0) === CH_SEPARATOR ? ch : MASK_CHARACTER;
  return out;
}

/** Deletes a dotted path; true when something was there. */
function removePath(root: Record<string, unknown>, path: string): boolean {
  const keys = path.split('.');
  let node: unknown = root;
  for (const key of keys.slice(0, -1)) node = isRecord(node) ? node[key] : undefined;
  const last = keys[keys.length - 1] ?? '';
  if (!isRecord(node) || !Object.hasOwn(node, last)) return false;
  delete node[last];
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
