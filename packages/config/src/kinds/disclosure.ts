import type { CollectionSpec } from '../collection-spec.ts';
import type { BasisEntry, Condition, ItemLayering, LocalText } from './layering.ts';
import { compareDays, type DayUnit } from './periods.ts';

export type DisclosurePhase = 'BEFORE' | 'DURING' | 'AFTER';
export type DisclosureChannel = 'GOV_WEBSITE' | 'NEW_MEDIA' | 'NOTICE_BOARD' | 'SERVICE_WINDOW' | 'ENFORCEMENT_PLATFORM' | 'CREDIT_PLATFORM' | 'ON_SITE';
export type RedactionClass = 'HOME_ADDRESS' | 'PHONE' | 'ID_NUMBER' | 'BANK_ACCOUNT' | 'HEALTH_INFO' | 'THIRD_PARTY_NAME' | 'TRADE_SECRET';

export interface DisplayTier {
  id: string;
  condition: Condition;
  months: number;
}

export interface Redaction {
  id: string;
  class: RedactionClass;
  action: 'REMOVE' | 'MASK';
  condition?: Condition;
}

export interface Exclusion {
  id: string;
  condition: Condition;
  reason: LocalText;
}

export interface DisclosureItem extends ItemLayering {
  id: string;
  phase: DisclosurePhase;
  name: string;
  fields: string[];
  channels: DisclosureChannel[];
  trigger: { event: string; condition?: Condition };
  deadline?: { days: number; unit: DayUnit; from: string };
  /** Exactly one of months and tiers; the loader checks it. */
  displayPeriod?: { months?: number; tiers?: DisplayTier[] };
  redaction?: Redaction[];
  exclusions?: Exclusion[];
  withdrawal?: { days: number; unit: DayUnit };
  basis: BasisEntry[];
}

export interface DisclosureFile {
  $schema?: string;
  items: DisclosureItem[];
}

export const disclosureSpec: CollectionSpec<DisclosureItem> = {
  label: { zh: '公示事项', en: 'disclosure item' },
  file: 'disclosure.json',
  listPointer: '/items',
  idField: 'id',
  idOf: (item) => item.id,
  conditions: ['trigger/condition', 'displayPeriod/tiers/*/condition', 'redaction/*/condition', 'exclusions/*/condition'],
  compare(upper, lower, c) {
    c.handle('fields', 'channels', 'deadline', 'redaction', 'exclusions', 'withdrawal');
    // Publishing more, in more places, sooner constrains the agency more; redacting and excluding more protects parties.
    c.set('/fields', upper.fields, lower.fields, 'tighter', 'none');
    c.set('/channels', upper.channels, lower.channels, 'tighter', 'none');
    if (c.optional('/deadline', upper.deadline, lower.deadline, 'tighter') && upper.deadline && lower.deadline) {
      c.equal('/deadline/from', upper.deadline.from, lower.deadline.from);
      compareDays(c, '/deadline', upper.deadline, lower.deadline, 'shorter');
    }
    c.keyed('/redaction', upper.redaction, lower.redaction, { added: 'tighter', removed: 'looser' });
    c.keyed('/exclusions', upper.exclusions, lower.exclusions, { added: 'tighter', removed: 'looser' });
    if (c.optional('/withdrawal', upper.withdrawal, lower.withdrawal, 'tighter') && upper.withdrawal && lower.withdrawal) {
      compareDays(c, '/withdrawal', upper.withdrawal, lower.withdrawal, 'shorter');
    }
  },
};
