import type { CollectionSpec } from '../collection-spec.ts';
import type { BasisEntry, ItemLayering } from './layering.ts';

/** One item of a 双随机、一公开 list (seed 004). */
export interface RandomInspection extends ItemLayering {
  id: string;
  subject: string;
  object: string;
  content: string;
  /** Share of objects inspected, 0 to 1. */
  ratio: number;
  method: string;
  frequency: string;
  implementingBody: string;
  basis: BasisEntry[];
}

export interface RandomInspectionsFile {
  $schema?: string;
  items: RandomInspection[];
}

// More inspection burdens businesses as much as it constrains the agency, so any change is a replacement.
export const randomInspectionSpec: CollectionSpec<RandomInspection> = {
  label: { zh: '随机抽查事项', en: 'random inspection item' },
  file: 'random-inspections.json',
  listPointer: '/items',
  idField: 'id',
  idOf: (item) => item.id,
  conditions: [],
  compare() {},
};
