import type { CollectionSpec } from '../collection-spec.ts';
import type { BasisEntry, ItemLayering } from './layering.ts';
import { compareDays, type DayCount, type DayUnit } from './periods.ts';

/** AGENCY_LIMIT: the agency acts within it. PARTY_WINDOW: the party's time to act. MINIMUM_NOTICE: notice at least this long before. */
export type DeadlineType = 'AGENCY_LIMIT' | 'PARTY_WINDOW' | 'MINIMUM_NOTICE';

export interface Deadline extends ItemLayering {
  id: string;
  type: DeadlineType;
  name: string;
  /** The event counted from; for MINIMUM_NOTICE, the event counted back from. */
  from: string;
  period: DayCount;
  extension?: { days: number; unit: DayUnit; approvedBy: 'HEAD'; times?: number };
  basis: BasisEntry[];
}

export interface DeadlinesFile {
  $schema?: string;
  deadlines: Deadline[];
}

export const deadlineSpec: CollectionSpec<Deadline> = {
  label: { zh: '期限', en: 'deadline' },
  file: 'deadlines.json',
  listPointer: '/deadlines',
  idField: 'id',
  idOf: (deadline) => deadline.id,
  conditions: [],
  compare(upper, lower, c) {
    c.handle('period', 'extension');
    if (upper.type !== lower.type) return;
    const agency = upper.type === 'AGENCY_LIMIT';
    compareDays(c, '/period', upper.period, lower.period, agency ? 'shorter' : 'longer');
    const [u, l] = [upper.extension, lower.extension];
    if (!agency) {
      c.equal('/extension', u, l);
    } else if (c.optional('/extension', u, l, 'looser') && u && l) {
      compareDays(c, '/extension', u, l, 'shorter');
      c.number('/extension/times', u.times ?? 1, l.times ?? 1, 'lower', 'loosest');
    }
  },
};
