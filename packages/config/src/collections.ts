import type { CollectionSpec } from './collection-spec.ts';
import type { JsonSource } from './json-source.ts';
import { calendarSpec, type CalendarConfig } from './kinds/calendar.ts';
import { deadlineSpec, type Deadline } from './kinds/deadlines.ts';
import { disclosureSpec, type DisclosureItem } from './kinds/disclosure.ts';
import { discretionBenchmarkSpec, lenientListSpec, type DiscretionBenchmark, type LenientList } from './kinds/discretion.ts';
import { enforcementItemSpec } from './kinds/enforcement-items.ts';
import { documentSpec, formSpec, type DocumentRef, type FormRef } from './kinds/forms.ts';
import { legalRuleSpec, type LegalRule } from './kinds/legal-rules.ts';
import { randomInspectionSpec, type RandomInspection } from './kinds/random-inspections.ts';
import { recordingSpec, type RecordingRule } from './kinds/recording.ts';
import { reviewCatalogueSpec, type ReviewEntry } from './kinds/review-catalogue.ts';
import { staffingSpec, type StaffingRules } from './kinds/staffing.ts';
import { thresholdSpec, type Threshold } from './kinds/thresholds.ts';
import type { EnforcementItemConfig } from './tenant-config.ts';

/** Every kind of item a layer can hold, by the name it has in the effective configuration. */
export interface CollectionTypes {
  enforcementItems: EnforcementItemConfig;
  reviewCatalogue: ReviewEntry;
  disclosure: DisclosureItem;
  recording: RecordingRule;
  discretionBenchmarks: DiscretionBenchmark;
  lenientLists: LenientList;
  thresholds: Threshold;
  rules: LegalRule;
  deadlines: Deadline;
  forms: FormRef;
  documents: DocumentRef;
  randomInspections: RandomInspection;
  staffing: StaffingRules;
  calendar: CalendarConfig;
}

export type CollectionName = keyof CollectionTypes;

export const COLLECTION_NAMES: readonly CollectionName[] = [
  'enforcementItems', 'reviewCatalogue', 'disclosure', 'recording', 'discretionBenchmarks', 'lenientLists',
  'thresholds', 'rules', 'deadlines', 'forms', 'documents', 'randomInspections', 'staffing', 'calendar',
];

export const SPECS: { [K in CollectionName]: CollectionSpec<CollectionTypes[K]> } = {
  enforcementItems: enforcementItemSpec,
  reviewCatalogue: reviewCatalogueSpec,
  disclosure: disclosureSpec,
  recording: recordingSpec,
  discretionBenchmarks: discretionBenchmarkSpec,
  lenientLists: lenientListSpec,
  thresholds: thresholdSpec,
  rules: legalRuleSpec,
  deadlines: deadlineSpec,
  forms: formSpec,
  documents: documentSpec,
  randomInspections: randomInspectionSpec,
  staffing: staffingSpec,
  calendar: calendarSpec,
};

/** An item as a layer wrote it, with the file and pointer it came from so that issues can point at it. */
export interface Located<T> {
  value: T;
  source: JsonSource;
  pointer: string;
}

/** What one layer folder holds, kind by kind. */
export type LayerContent = { [K in CollectionName]: Located<CollectionTypes[K]>[] };

export function emptyLayerContent(): LayerContent {
  return {
    enforcementItems: [], reviewCatalogue: [], disclosure: [], recording: [], discretionBenchmarks: [], lenientLists: [],
    thresholds: [], rules: [], deadlines: [], forms: [], documents: [], randomInspections: [], staffing: [], calendar: [],
  };
}

/** Calls `visit` once per kind with that kind's spec and items, keeping the two types in step. */
export function forEachCollection(content: LayerContent, visit: <T extends object>(name: CollectionName, spec: CollectionSpec<T>, items: Located<T>[]) => void): void {
  const one = <K extends CollectionName>(name: K): void => visit(name, SPECS[name], content[name]);
  for (const name of COLLECTION_NAMES) one(name);
}
