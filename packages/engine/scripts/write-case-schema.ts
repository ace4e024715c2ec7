// Writes schemas/case.schema.json from src/case-schema.ts, the one source of truth; case-schema.test.ts checks they agree.
// Run from packages/engine: npx tsx scripts/write-case-schema.ts
import { writeFileSync } from 'node:fs';
import { CASE_SCHEMA } from '../src/case-schema.ts';

writeFileSync(new URL('../schemas/case.schema.json', import.meta.url), `${JSON.stringify(CASE_SCHEMA, null, 2)}\n`);
