import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import enforcementItemsSchema from '../schemas/enforcement-items.schema.json' with { type: 'json' };
import tenantSchema from '../schemas/tenant.schema.json' with { type: 'json' };
import type { ConfigIssue } from './issues.ts';
import type { JsonSource } from './json-source.ts';
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
const validateTenantFile: ValidateFunction<TenantFile> = ajv.compile<TenantFile>(tenantSchema);
const validateItemsFile: ValidateFunction<EnforcementItemsFile> = ajv.compile<EnforcementItemsFile>(enforcementItemsSchema);

export interface Checked<T> {
  value?: T;
  issues: ConfigIssue[];
}

export function checkTenantFile(source: JsonSource): Checked<TenantFile> {
  return check(validateTenantFile, source);
}

export function checkEnforcementItemsFile(source: JsonSource): Checked<EnforcementItemsFile> {
  return check(validateItemsFile, source);
}

function check<T>(validate: ValidateFunction<T>, source: JsonSource): Checked<T> {
  const value = source.value;
  if (validate(value)) return { value, issues: [] };
  const errors: ErrorObject[] = validate.errors ?? [];
  return { issues: schemaIssues(source, errors) };
}
