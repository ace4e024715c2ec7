import type { MessageKey } from './i18n/index.ts';

// The form each step of a case asks for: what the workflow's transition detail reads (packages/workflow's
// transition-detail.ts). Pure data and conversions, so the mapping is tested without a browser.

export type StepField =
  | { name: 'startedAt' | 'endedAt' | 'hearingAt'; kind: 'instant'; label: MessageKey; required: boolean }
  | { name: 'defenceDeadline' | 'paidAt'; kind: 'day'; label: MessageKey; required: boolean }
  | { name: 'place' | 'number' | 'reason'; kind: 'text'; label: MessageKey; required: boolean }
  | { name: 'partyPresent' | 'hearingRightNotified'; kind: 'flag'; label: MessageKey }
  | { name: 'materials'; kind: 'materials'; label: MessageKey }
  | { name: 'method'; kind: 'method'; label: MessageKey }
  | { name: 'penalties'; kind: 'penalties'; label: MessageKey }
  | { name: 'amount'; kind: 'amount'; label: MessageKey }
  | { name: 'reasoning'; kind: 'reasoning'; label: MessageKey }
  | { name: 'inventory'; kind: 'inventory'; label: MessageKey }
  | { name: 'licence'; kind: 'licence'; label: MessageKey };

const onSite: StepField[] = [
  { name: 'startedAt', kind: 'instant', label: 'step.startedAt', required: true },
  { name: 'endedAt', kind: 'instant', label: 'step.endedAt', required: true },
  { name: 'place', kind: 'text', label: 'step.place', required: true },
  { name: 'partyPresent', kind: 'flag', label: 'step.partyPresent' },
];
const decision: StepField[] = [
  { name: 'penalties', kind: 'penalties', label: 'step.penalties' },
  { name: 'amount', kind: 'amount', label: 'step.amount' },
  { name: 'reasoning', kind: 'reasoning', label: 'step.reasoning' },
];
const reason: StepField[] = [{ name: 'reason', kind: 'text', label: 'step.reason', required: false }];

/** Fields per transition key; a step not listed here records nothing beyond itself. */
export const STEP_FIELDS: Readonly<Record<string, StepField[]>> = {
  'record-inspection': onSite,
  'record-inquiry': onSite,
  'record-evidence-taking': onSite,
  'hold-hearing': onSite,
  inspect: onSite,
  'inspect-random': onSite,
  notify: [
    { name: 'hearingRightNotified', kind: 'flag', label: 'step.hearingRightNotified' },
    { name: 'defenceDeadline', kind: 'day', label: 'step.defenceDeadline', required: false },
  ],
  'notify-hearing': [{ name: 'hearingAt', kind: 'instant', label: 'step.hearingAt', required: true }],
  'submit-review': [{ name: 'materials', kind: 'materials', label: 'step.materials' }],
  'propose-decision': decision,
  decide: [{ name: 'number', kind: 'text', label: 'step.number', required: true }],
  'decide-licence': [
    { name: 'number', kind: 'text', label: 'step.number', required: true },
    { name: 'licence', kind: 'licence', label: 'step.licence' },
  ],
  'decide-on-the-spot': [...decision.slice(0, 2), { name: 'number', kind: 'text', label: 'step.number', required: true }],
  deliver: [{ name: 'method', kind: 'method', label: 'step.method' }],
  execute: [{ name: 'paidAt', kind: 'day', label: 'step.paidAt', required: false }],
  'approve-measure': reason,
  'approve-emergency': reason,
  extend: reason,
  release: reason,
  seize: [...onSite, { name: 'inventory', kind: 'inventory', label: 'step.inventory' }],
  'seize-in-emergency': [...onSite, { name: 'inventory', kind: 'inventory', label: 'step.inventory' }],
};

export const DELIVERY_METHODS = ['DELIVERY_IN_PERSON', 'DELIVERY_BY_LEAVING', 'DELIVERY_BY_POST', 'DELIVERY_BY_NOTICE', 'ELECTRONIC_DELIVERY'] as const;
export const PENALTY_KINDS = ['WARNING', 'CRITICISM', 'FINE', 'CONFISCATION', 'QUALIFICATION_DOWNGRADE', 'LICENCE_REVOCATION', 'SUSPENSION', 'CLOSURE'] as const;

/** A `datetime-local` value (Beijing wall time) as an instant with its offset, which the server requires. */
export function beijingInstant(local: string): string {
  const trimmed = local.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(trimmed)) throw new RangeError(`not a local date-time: ${local}`);
  return `${trimmed.length === 16 ? `${trimmed}:00` : trimmed}+08:00`;
}

/** Now, as a `datetime-local` value in Beijing time, to prefill a form. */
export function beijingLocalNow(now: Date = new Date(), offsetMinutes = 0): string {
  return new Date(now.getTime() + (8 * 60 + offsetMinutes) * 60_000).toISOString().slice(0, 16);
}

export interface StepFormValues {
  [name: string]: unknown;
}

/**
 * The form's values as the step's detail: instants get their offset, empty optional fields are left out (the server
 * refuses unknown or empty ones), a fine becomes both the FINE penalty's amount and the decision's amount.
 */
export function toDetail(fields: readonly StepField[], values: StepFormValues): Record<string, unknown> {
  const detail: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    switch (field.kind) {
      case 'instant':
        if (typeof value === 'string' && value.trim()) detail[field.name] = beijingInstant(value);
        break;
      case 'day':
      case 'text':
      case 'method':
        if (typeof value === 'string' && value.trim()) detail[field.name] = value.trim();
        break;
      case 'flag':
        if (typeof value === 'boolean') detail[field.name] = value;
        break;
      case 'materials':
        if (Array.isArray(value)) detail.materials = value.filter((each) => typeof each === 'string');
        break;
      case 'amount':
        if (typeof value === 'number' && Number.isFinite(value)) detail.amount = value;
        break;
      case 'penalties':
        if (Array.isArray(value) && value.length > 0) {
          const amount = typeof values.amount === 'number' ? values.amount : undefined;
          detail.penalties = value.map((kind) => (kind === 'FINE' && amount !== undefined ? { kind, amount } : { kind }));
        }
        break;
      case 'reasoning': {
        const reasoning = (value ?? {}) as Record<string, unknown>;
        const parts = Object.fromEntries(['evidence', 'basis', 'discretion'].flatMap((part) => (typeof reasoning[part] === 'string' && (reasoning[part] as string).trim() ? [[part, (reasoning[part] as string).trim()]] : [])));
        if (Object.keys(parts).length > 0) detail.reasoning = parts;
        break;
      }
      case 'licence': {
        // A refusal carries its reasons and remedies (行政许可法 第三十八条第二款); a grant carries neither, so text typed
        // before switching to "granted" is dropped rather than refused by the server.
        const licence = (value ?? {}) as { outcome?: unknown; reasons?: unknown; remedies?: Record<string, unknown> };
        if (licence.outcome === 'GRANTED') detail.licence = { outcome: 'GRANTED' };
        if (licence.outcome === 'REFUSED') {
          const text = (entry: unknown) => (typeof entry === 'string' && entry.trim() ? entry.trim() : undefined);
          const reasons = text(licence.reasons);
          const reconsideration = text(licence.remedies?.reconsideration);
          const litigation = text(licence.remedies?.litigation);
          detail.licence = { outcome: 'REFUSED', ...(reasons ? { reasons } : {}), ...(reconsideration && litigation ? { remedies: { reconsideration, litigation } } : {}) };
        }
        break;
      }
      case 'inventory':
        if (Array.isArray(value)) {
          const items = value.filter((item): item is { name: string; quantity: number; unit?: string } => !!item && typeof item.name === 'string' && item.name.trim() !== '' && typeof item.quantity === 'number');
          if (items.length > 0) detail.inventory = items.map((item) => ({ name: item.name.trim(), quantity: item.quantity, ...(item.unit ? { unit: item.unit } : {}) }));
        }
        break;
    }
  }
  return detail;
}
