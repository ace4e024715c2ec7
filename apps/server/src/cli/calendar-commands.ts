import fs from 'node:fs';
import path from 'node:path';
import { type CalendarOverlay, loadCalendarOverlay, loadCalendarYears, WorkingCalendar } from '@sanxiang/calendar';
import { AppError } from '@sanxiang/errors';
import { readEnv, repoRoot } from '../env.ts';
import { type Command, parseArgs, usageError } from './command.ts';

const USAGE = 'calendar add-working-days --tenant <code> --from YYYY-MM-DD --days N';

/**
 * The tenant's working calendar: the national years, plus the regional overlay its `calendar.json` names.
 * Problems in the data are printed as warnings; a year with a broken file counts as unpublished (provisional).
 */
function tenantCalendar(tenantsDir: string, tenantCode: string): WorkingCalendar {
  const tenantDir = path.join(tenantsDir, tenantCode);
  if (!fs.existsSync(path.join(tenantDir, 'tenant.json'))) {
    throw new AppError('NOT_FOUND', { zh: `找不到租户目录 ${tenantDir}`, en: `no tenant folder ${tenantDir}` });
  }
  const { years, issues } = loadCalendarYears(path.join(repoRoot, 'rulesets/national/calendar'));
  const overlays: CalendarOverlay[] = [];
  const reference = path.join(tenantDir, 'calendar.json');
  if (fs.existsSync(reference)) {
    const { overlay: overlayPath } = JSON.parse(fs.readFileSync(reference, 'utf8')) as { overlay?: string };
    if (overlayPath) {
      const loaded = loadCalendarOverlay(path.resolve(tenantDir, overlayPath));
      issues.push(...loaded.issues);
      if (loaded.overlay) overlays.push(loaded.overlay);
    }
  }
  for (const issue of issues) console.error(`警告 / warning: ${issue.file} ${issue.pointer} ${issue.message.zh} / ${issue.message.en}`);
  return WorkingCalendar.from(years, overlays);
}

export const calendarCommands: Record<string, Command> = {
  calendar: {
    usage: USAGE,
    summary: '按租户日历计算工作日期限 / add working days on a tenant\'s calendar',
    async run(args) {
      const { options, positional } = parseArgs(args, ['tenant', 'from', 'days'], USAGE);
      if (positional[0] !== 'add-working-days' || !options.tenant || !options.from || options.days === undefined) throw usageError(USAGE);
      if (!/^\d+$/.test(options.days)) throw usageError(USAGE);
      const calendar = tenantCalendar(readEnv().SANXIANG_TENANT_CONFIGS, options.tenant);
      const result = calendar.addWorkingDays(options.from, Number(options.days));
      console.log(result.provisional ? `${result.date} provisional` : result.date);
      return 0;
    },
  },
};
