import { verifyAuditChain } from '@sanxiang/audit';
import { openMigratedDatabase } from '../bootstrap.ts';
import { readEnv } from '../env.ts';
import { type Command, parseArgs, usageError } from './command.ts';

const USAGE = 'audit verify --tenant <code>';

export const auditCommands: Record<string, Command> = {
  audit: {
    usage: USAGE,
    summary: '校验租户审计哈希链 / verify a tenant\'s audit hash chain',
    async run(args) {
      const { options, positional } = parseArgs(args, ['tenant'], USAGE);
      if (positional[0] !== 'verify' || !options.tenant) throw usageError(USAGE);
      const database = await openMigratedDatabase(readEnv(), () => {});
      try {
        const tenant = await database.prisma.tenant.findUnique({ where: { code: options.tenant } });
        if (!tenant) {
          console.error(`找不到租户 / no tenant with code ${options.tenant}`);
          return 1;
        }
        const result = await verifyAuditChain(database.prisma, tenant.id);
        if (result.ok) {
          console.log(`审计链完整 / audit chain intact: ${options.tenant}, ${result.events} events, head ${result.headHash}`);
          return 0;
        }
        console.error(`审计链被篡改 / audit chain broken at sequence ${result.firstBadSeq}: ${result.reason}`);
        return 1;
      } finally {
        await database.close();
      }
    },
  },
};
