// Mirrors ../schemas/golden-case.schema.json.

/** What the engine must conclude for a case. Outcomes left out are not checked; lists are complete sets. */
export interface GoldenExpectation {
  reviewRequired?: boolean;
  reviewEntries?: string[];
  hearingRight?: boolean;
  gates?: string[];
  warnings?: string[];
  obligations?: string[];
  recordingLevel?: 'TEXT' | 'AV_AS_NEEDED' | 'FULL_AV';
  /** "listId/entryId". */
  lenientEntries?: string[];
}

export interface GoldenCase {
  description: string;
  /** Evaluate with this department's layer (tenant cases only). */
  department?: string;
  action: string;
  facts: Record<string, unknown>;
  expect: GoldenExpectation;
}

export interface GoldenCaseFile extends GoldenCase {
  $schema?: string;
}
