import { fileURLToPath } from 'node:url';
import { loadCalendarYears, WorkingCalendar } from '@sanxiang/calendar';
import type { Database } from '@sanxiang/db';
import type { BlobStore } from '@sanxiang/storage';
import { createCaseEngines } from '@sanxiang/workflow';
import { createContextInner } from '../../context.ts';
import type { Journey } from '../../journey-fixtures.ts';
import { createCaller } from '../../root.ts';
import { PASSWORD } from '../../test-fixtures.ts';

// A caller signed in to the journey's Shaoyang tenant with everything the officer's pages need: the case engines on
// the national calendar, the journey's clock, the configuration roots (stage forms) and, when given, a blob store.

const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
export const CONFIG_ROOTS = { rulesetsDir: `${REPO_ROOT}rulesets`, tenantsDir: `${REPO_ROOT}tenant-configs` };

export type Caller = ReturnType<typeof createCaller>;

export async function callerAs(database: Database, journey: Journey, username: string, blobs?: BlobStore): Promise<Caller> {
  let token: string | undefined;
  const anonymous = createCaller(await createContextInner({ database, cookies: { set: (value) => void (token = value), clear() {} } }));
  await anonymous.auth.login({ tenantCode: 'shaoyang', username, password: PASSWORD });
  const { years } = loadCalendarYears(`${REPO_ROOT}rulesets/national/calendar`);
  const caseEngines = createCaseEngines({ calendarFor: () => WorkingCalendar.from(years) });
  return createCaller(await createContextInner({
    database, sessionToken: token, caseEngines, configRoots: CONFIG_ROOTS, now: () => journey.clock.now, ...(blobs ? { blobs } : {}),
  }));
}

