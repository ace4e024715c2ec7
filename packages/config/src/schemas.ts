import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import calendarOverlaySchema from '@sanxiang/calendar/schemas/calendar-overlay.schema.json' with { type: 'json' };
import calendarSchema from '../schemas/calendar.schema.json' with { type: 'json' };
import deadlinesSchema from '../schemas/deadlines.schema.json' with { type: 'json' };
import disclosureSchema from '../schemas/disclosure.schema.json' with { type: 'json' };
import discretionSchema from '../schemas/discretion.schema.json' with { type: 'json' };
import enforcementItemsSchema from '../schemas/enforcement-items.schema.json' with { type: 'json' };
import formsSchema from '../schemas/forms.schema.json' with { type: 'json' };
import goldenCaseSchema from '../schemas/golden-case.schema.json' with { type: 'json' };
import randomInspectionsSchema from '../schemas/random-inspections.schema.json' with { type: 'json' };
import recordingSchema from '../schemas/recording.schema.json' with { type: 'json' };
import reviewCatalogueSchema from '../schemas/review-catalogue.schema.json' with { type: 'json' };
import rulesSchema from '../schemas/rules.schema.json' with { type: 'json' };
import rulesetSchema from '../schemas/ruleset.schema.json' with { type: 'json' };
import staffingSchema from '../schemas/staffing.schema.json' with { type: 'json' };
import tenantSchema from '../schemas/tenant.schema.json' with { type: 'json' };
import thresholdsSchema from '../schemas/thresholds.schema.json' with { type: 'json' };
import type { GoldenCaseFile } from './golden-case-types.ts';
import type { ConfigIssue } from './issues.ts';
import type { JsonSource } from './json-source.ts';
import type { CalendarFile, CalendarOverlayFile } from './kinds/calendar.ts';
import type { DeadlinesFile } from './kinds/deadlines.ts';
import type { DisclosureFile } from './kinds/disclosure.ts';
import type { DiscretionFile } from './kinds/discretion.ts';
import type { FormsFile } from './kinds/forms.ts';
import type { RulesFile } from './kinds/legal-rules.ts';
import type { RandomInspectionsFile } from './kinds/random-inspections.ts';
import type { RecordingFile } from './kinds/recording.ts';
import type { ReviewCatalogueFile } from './kinds/review-catalogue.ts';
import type { StaffingFile } from './kinds/staffing.ts';
import type { ThresholdsFile } from './kinds/thresholds.ts';
import type { RulesetFile } from './ruleset-types.ts';
import { schemaIssues } from './schema-issues.ts';
import type { EnforcementItemsFile, TenantFile } from './tenant-config.ts';

const ajv = new Ajv({
  strict: true,
  allErrors: true,
  $data: false,
  // verbose keeps the failing schema on each error, which the messages need (allowed fields, pattern hints).
  verbose: true,
});
// VS Code shows this keyword when a pattern fails; the loader shows the same text, so Ajv must accept it.
ajv.addVocabulary(['patternErrorMessage']);

// Compiled once, when the module loads.
export const validators = {
  tenant: ajv.compile<TenantFile>(tenantSchema),
  enforcementItems: ajv.compile<EnforcementItemsFile>(enforcementItemsSchema),
  ruleset: ajv.compile<RulesetFile>(rulesetSchema),
  reviewCatalogue: ajv.compile<ReviewCatalogueFile>(reviewCatalogueSchema),
  disclosure: ajv.compile<DisclosureFile>(disclosureSchema),
  recording: ajv.compile<RecordingFile>(recordingSchema),
  discretion: ajv.compile<DiscretionFile>(discretionSchema),
  thresholds: ajv.compile<ThresholdsFile>(thresholdsSchema),
  rules: ajv.compile<RulesFile>(rulesSchema),
  deadlines: ajv.compile<DeadlinesFile>(deadlinesSchema),
  forms: ajv.compile<FormsFile>(formsSchema),
  calendar: ajv.compile<CalendarFile>(calendarSchema),
  calendarOverlay: ajv.compile<CalendarOverlayFile>(calendarOverlaySchema),
  randomInspections: ajv.compile<RandomInspectionsFile>(randomInspectionsSchema),
  staffing: ajv.compile<StaffingFile>(staffingSchema),
  goldenCase: ajv.compile<GoldenCaseFile>(goldenCaseSchema),
};

export interface Checked<T> {
  value?: T;
  issues: ConfigIssue[];
}

export function checkTenantFile(source: JsonSource): Checked<TenantFile> {
  return checkWith(validators.tenant, source);
}

export function checkEnforcementItemsFile(source: JsonSource): Checked<EnforcementItemsFile> {
  return checkWith(validators.enforcementItems, source);
}

export function checkWith<T>(validate: ValidateFunction<T>, source: JsonSource): Checked<T> {
  const value = source.value;
  if (validate(value)) return { value, issues: [] };
  const errors: ErrorObject[] = validate.errors ?? [];
  return { issues: schemaIssues(source, errors) };
}
