import { createMigration, migrationStatus, openDatabase } from '@sanxiang/db';
import { loadTenants, openMigratedDatabase } from '../bootstrap.ts';
import { configSourcesOf } from '../config-sources.ts';
import { readEnv } from '../env.ts';
import { seedDemoData } from '../seed/demo.ts';
import { type Command, log, usageError } from './command.ts';

export const dbCommands: Record<string, Command> = {
  'db:migrate': {
    usage: 'db:migrate',
    summary: '应用数据库迁移 / apply database migrations',
    async run() {
      const database = await openMigratedDatabase(readEnv(), log);
      await database.close();
      return 0;
    },
  },
  'db:status': {
    usage: 'db:status',
    summary: '显示迁移状态 / show migration state',
    async run() {
      const env = readEnv();
      const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.SANXIANG_DATA_DIR });
      try {
        const status = await migrationStatus(database);
        console.log(JSON.stringify({ db: database.kind, ...status }, null, 2));
        return status.state === 'up-to-date' ? 0 : 1;
      } finally {
        await database.close();
      }
    },
  },
  'db:create-migration': {
    usage: 'db:create-migration <name>',
    summary: '为 schema.prisma 的改动生成迁移 / write a migration for changes in schema.prisma',
    async run([name]) {
      if (!name) throw usageError('db:create-migration <name>');
      const folder = await createMigration(name);
      log(folder ? `已生成 / created prisma/migrations/${folder}` : '无改动 / schema.prisma and the migrations agree; nothing to do');
      return 0;
    },
  },
  seed: {
    usage: 'seed',
    summary: '载入租户配置并创建演示账号（仅开发环境）/ load tenant configs and create demo accounts (development only)',
    async run() {
      const env = readEnv();
      if (env.NODE_ENV === 'production') {
        console.error('生产环境不创建演示账号 / demo accounts are never created in production (NODE_ENV=production)');
        return 1;
      }
      const database = await openMigratedDatabase(env, log);
      try {
        const tenants = await loadTenants(database, configSourcesOf(env), log);
        await seedDemoData(database, tenants.map((t) => t.code), env.SANXIANG_DEMO_PASSWORD, log);
      } finally {
        await database.close();
      }
      return 0;
    },
  },
};
