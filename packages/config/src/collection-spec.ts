import type { LocalText } from './issues.ts';
import type { Comparison } from './tightness.ts';

/** What the loader and the merge need to know about one kind of item (thresholds, deadlines, review entries…). */
export interface CollectionSpec<T extends object> {
  /** Singular noun for messages. */
  label: LocalText;
  /** The file the items live in. */
  file: string;
  /** Pointer of the list inside that file; "" when the whole file is one item (staffing, calendar). */
  listPointer: string;
  /** The field that identifies an item: "id" for most kinds, "kind" for forms, "code" for enforcement items. */
  idField: string;
  idOf(item: T): string;
  /**
   * Where conditions sit inside an item, as slash-separated paths in which "*" stands for every entry of a list,
   * e.g. "criteria/*\/condition".
   */
  conditions: readonly string[];
  /** Field by field, how the lower layer's item compares with the one above. Unhandled fields must stay equal. */
  compare(upper: T, lower: T, comparison: Comparison): void;
}
