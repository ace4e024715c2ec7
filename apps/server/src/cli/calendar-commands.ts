import { configSourcesOf, tenantCalendar } from '../config-sources.ts';
import { readEnv } from '../env.ts';
import { type Command, parseArgs, usageError } from './command.ts';

const USAGE = 'calendar add-working-days --tenant <code> --from YYYY-MM-DD --days N';

export const calendarCommands: Record<string, Command> = {
  calendar: {
    usage: USAGE,
    summary: '按租户日历计算工作日期限 / add working days on a tenant\'s calendar',
    async run(args) {
      const { options, positional } = parseArgs(args, ['tenant', 'from', 'days'], USAGE);
      if (positional[0] !== 'add-working-days' || !options.tenant || !options.from || options.days === undefined) throw usageError(USAGE);
      if (!/^\d+$/.test(options.days)) throw usageError(USAGE);
      const calendar = tenantCalendar(configSourcesOf(readEnv()), options.tenant);
      const result = calendar.addWorkingDays(options.from, Number(options.days));
      console.log(result.provisional ? `${result.date} provisional` : result.date);
      return 0;
    },
  },
};
