import type { CollectionSpec } from '../collection-spec.ts';
import type { BasisEntry, Condition, ItemLayering, LocalText } from './layering.ts';

export type ReviewCategory = 'ALL' | 'PENALTY' | 'COERCION' | 'INSPECTION' | 'LICENCE' | 'EXPROPRIATION' | 'CONFIRMATION' | 'OTHER';

export interface ReviewCriterion {
  id: string;
  description: LocalText;
  condition: Condition;
}

export interface ReviewMaterial {
  id: string;
  name: string;
  required: boolean;
}

export interface ReviewCheck {
  id: string;
  question: LocalText;
  basis?: BasisEntry[];
}

export interface ReviewTimeLimit {
  workingDays: number;
  extension?: { workingDays: number; approvedBy: 'HEAD' };
}

/** An entry of a review catalogue: when any criterion holds, the decision needs legal review first (art. 58). */
export interface ReviewEntry extends ItemLayering {
  id: string;
  name: string;
  category: ReviewCategory;
  itemCodes?: string[];
  departments?: string[];
  criteria: ReviewCriterion[];
  materials: ReviewMaterial[];
  checklist: ReviewCheck[];
  timeLimit?: ReviewTimeLimit;
  basis: BasisEntry[];
}

export interface ReviewCatalogueFile {
  $schema?: string;
  entries: ReviewEntry[];
}

export const reviewCatalogueSpec: CollectionSpec<ReviewEntry> = {
  label: { zh: '法制审核目录条目', en: 'review entry' },
  file: 'review-catalogue.json',
  listPointer: '/entries',
  idField: 'id',
  idOf: (entry) => entry.id,
  conditions: ['criteria/*/condition'],
  compare(upper, lower, c) {
    c.handle('itemCodes', 'departments', 'criteria', 'materials', 'checklist', 'timeLimit');
    // A scope that covers more items or departments sends more decisions to review.
    c.set('/itemCodes', upper.itemCodes, lower.itemCodes, 'tighter', 'all');
    c.set('/departments', upper.departments, lower.departments, 'tighter', 'all');
    c.keyed('/criteria', upper.criteria, lower.criteria, { added: 'tighter', removed: 'looser' });
    c.keyed('/materials', upper.materials, lower.materials, { added: 'tighter', removed: 'looser' }, (u, l, at) => {
      c.equal(`${at}/name`, u.name, l.name);
      c.ordered(`${at}/required`, String(u.required), String(l.required), ['false', 'true']);
    });
    c.keyed('/checklist', upper.checklist, lower.checklist, { added: 'tighter', removed: 'looser' });
    if (c.optional('/timeLimit', upper.timeLimit, lower.timeLimit, 'tighter') && upper.timeLimit && lower.timeLimit) {
      c.number('/timeLimit/workingDays', upper.timeLimit.workingDays, lower.timeLimit.workingDays, 'lower', 'loosest');
      const [u, l] = [upper.timeLimit.extension, lower.timeLimit.extension];
      if (c.optional('/timeLimit/extension', u, l, 'looser') && u && l) {
        c.number('/timeLimit/extension/workingDays', u.workingDays, l.workingDays, 'lower', 'loosest');
      }
    }
  },
};
