/**
 * An independent check that a published payload gives away nothing the original held privately. Used by
 * the property tests, and meant for the portal crawler, which can run it over every page it serves.
 *
 * It folds text its own way (foldDigits: every separator dropped, however many) instead of reusing the
 * scanner's runs, so a number the scanner split into two runs and left unmasked is still caught.
 */
import type { DecisionSummary } from './decision-summary.ts';
import { digitsOf, foldDigits } from './digit-shadow.ts';
import { HIDDEN_TEXT } from './disclosure-redaction.ts';
import { looksLikeCreditCode } from './number-checksums.ts';
import { isReplaceableName } from './person-names.ts';
import { DEFAULT_REDACTION_POLICY, type RedactionPolicy } from './redaction-policy.ts';
import { redactText, type SensitiveNumberKind } from './text-redaction.ts';

export type LeakKind = SensitiveNumberKind | 'ADDRESS' | 'HEALTH' | 'NAME' | 'KNOWN_VALUE';

export interface Leak {
  kind: LeakKind;
  /** Where the value was in the original ("party.idNumber", "facts"). */
  source: string;
  /** Where it showed up in the published payload. */
  field: string;
  /** The value, folded. A test helper may show it; a crawler should log only kind and fields. */
  value: string;
}

export interface VerifyNoLeakOptions {
  policy?: RedactionPolicy;
  /** Values the caller knows to be private, such as the numbers a property test generated. */
  knownValues?: readonly string[];
}

interface Secret {
  kind: LeakKind;
  source: string;
  value: string;
  digits: boolean;
}

/** Shorter digit strings occur by chance in dates and amounts; nothing this short identifies anyone. */
const MIN_DIGITS = 5;
const MIN_PHRASE = 4;

export function verifyNoLeak(original: DecisionSummary, redacted: unknown, options: VerifyNoLeakOptions = {}): Leak[] {
  if (redacted === null || redacted === undefined) return [];
  const secrets = secretsOf(original, options.policy ?? DEFAULT_REDACTION_POLICY, options.knownValues ?? []);
  const leaks: Leak[] = [];
  for (const [field, text] of stringsOf(redacted, '')) {
    const digits = foldDigits(text);
    const plain = foldText(text);
    for (const secret of secrets) {
      if ((secret.digits ? digits : plain).includes(secret.value)) {
        leaks.push({ kind: secret.kind, source: secret.source, field, value: secret.value });
      }
    }
  }
  return leaks;
}

function secretsOf(original: DecisionSummary, policy: RedactionPolicy, known: readonly string[]): Secret[] {
  const secrets: Secret[] = [];
  const addDigits = (kind: LeakKind, source: string, raw: string): void => {
    const value = digitsOf(raw);
    if (value.length >= MIN_DIGITS) secrets.push({ kind, source, value, digits: true });
  };
  const addPhrase = (kind: LeakKind, source: string, raw: string, min: number): void => {
    const value = foldText(raw);
    if (Array.from(value).length >= min && value !== HIDDEN_TEXT) secrets.push({ kind, source, value, digits: false });
  };

  const party = original.party;
  const natural = party.kind === 'INDIVIDUAL';
  if (natural) {
    if (typeof party.idNumber === 'string') addDigits('ID_NUMBER', 'party.idNumber', party.idNumber);
    if (typeof party.phone === 'string') addDigits('MOBILE', 'party.phone', party.phone);
    if (typeof party.address === 'string') addPhrase('ADDRESS', 'party.address', party.address, MIN_PHRASE);
    if (policy.naturalPersonName !== 'KEEP' && isReplaceableName(party.name)) addPhrase('NAME', 'party.name', party.name, 2);
  }
  if (typeof party.bankAccount === 'string') addDigits('BANK_ACCOUNT', 'party.bankAccount', party.bankAccount);
  if (typeof party.health === 'string') addPhrase('HEALTH', 'party.health', party.health, MIN_PHRASE);
  (original.otherPersons ?? []).forEach((person, i) => {
    const name = typeof person?.name === 'string' ? person.name : '';
    if (isReplaceableName(name) && name.trim() !== party.name.trim()) addPhrase('NAME', `otherPersons.${i}.name`, name, 2);
  });

  const creditCode = typeof party.creditCode === 'string' ? party.creditCode.normalize('NFKC').replace(/\s+/g, '').toUpperCase() : '';
  const keep = [...policy.publicNumbers, ...(looksLikeCreditCode(creditCode) ? [creditCode] : [])];
  for (const [source, text] of stringsOf(original, '')) {
    if (source === 'party.creditCode') continue;
    for (const finding of redactText(text, { keep }).findings) addDigits(finding.kind, source, text.slice(finding.start, finding.end));
  }
  known.forEach((value, i) => addDigits('KNOWN_VALUE', `knownValues.${i}`, value));
  // The scanner finds the structured numbers again in the original's strings: report each value once.
  const seen = new Set<string>();
  return secrets.filter((s) => {
    const key = `${s.digits ? 'd' : 't'}:${s.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function foldText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Every string (and number, as text) in a JSON-like value, with its dotted path. */
function* stringsOf(value: unknown, path: string, seen = new WeakSet<object>()): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'number' || typeof value === 'bigint') yield [path, String(value)];
  else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, path === '' ? key : `${path}.${key}`, seen);
  }
}
