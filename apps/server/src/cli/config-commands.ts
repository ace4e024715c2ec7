import path from 'node:path';
import { formatIssue, validatePath } from '@sanxiang/config';
import { AppError } from '@sanxiang/errors';
import { diffConfigVersions, listConfigVersions, publishEffectiveConfig, rollbackConfigVersion } from '@sanxiang/tenancy';
import { openMigratedDatabase } from '../bootstrap.ts';
import { compileTenantFromDisk, configSourcesOf, loadVendorExtensions } from '../config-sources.ts';
import { readEnv } from '../env.ts';
import { type Command, parseArgs, usageError } from './command.ts';
import { CONFIG_TEST_USAGE, runConfigTest } from './engine-commands.ts';

const CONFIG_USAGE = [
  'config effective --tenant <code>',
  'config publish --tenant <code> [--note <text>]',
  'config versions --tenant <code>',
  'config diff --tenant <code> <v1> <v2>',
  'config rollback --tenant <code> <version> [--note <text>]',
  CONFIG_TEST_USAGE,
].join('\n       pnpm sanxiang ');

const printIssues = (issues: Parameters<typeof formatIssue>[0][]) => {
  for (const issue of issues) console.log(formatIssue(issue));
};

/** Opens the database, finds the tenant by code, runs `work`, and closes the database. */
async function withTenant<T>(code: string, work: (database: Awaited<ReturnType<typeof openMigratedDatabase>>, tenantId: string) => Promise<T>): Promise<T> {
  const database = await openMigratedDatabase(readEnv(), () => {});
  try {
    const tenant = await database.prisma.tenant.findUnique({ where: { code } });
    if (!tenant) throw new AppError('NOT_FOUND', { zh: `数据库中没有租户 ${code}（请先运行 pnpm sanxiang seed 或 pnpm start）`, en: `no tenant ${code} in the database (run pnpm sanxiang seed or pnpm start first)` });
    return await work(database, tenant.id);
  } finally {
    await database.close();
  }
}

const version = (text: string | undefined) => {
  if (!text || !/^\d+$/.test(text)) throw usageError(CONFIG_USAGE);
  return Number(text);
};

const SUBCOMMANDS: Record<string, (options: Record<string, string>, positional: string[]) => Promise<number>> = {
  async effective({ tenant }) {
    const { config, issues } = await compileTenantFromDisk(configSourcesOf(readEnv()), tenant!);
    if (!config) {
      printIssues(issues);
      return 1;
    }
    console.log(JSON.stringify(config, null, 2));
    return 0;
  },
  async publish({ tenant, note }) {
    const { config, issues } = await compileTenantFromDisk(configSourcesOf(readEnv()), tenant!);
    if (!config) {
      printIssues(issues);
      console.error(`未发布：配置有 ${issues.length} 处错误，现行版本不变 / not published: ${issues.length} problem(s); the live version stays`);
      return 1;
    }
    return withTenant(tenant!, async (database, tenantId) => {
      const { version: published, created } = await publishEffectiveConfig(database.prisma, { tenantId, config, note: note ?? 'published from the command line' });
      console.log(created ? `已发布版本 / published version ${published.sequence} ${published.hash}` : `无变化 / unchanged: version ${published.sequence} ${published.hash} is live`);
      return 0;
    });
  },
  async versions({ tenant }) {
    return withTenant(tenant!, async (database, tenantId) => {
      for (const v of await listConfigVersions(database.prisma, tenantId)) {
        console.log(`${v.sequence}\t${v.hash.slice(0, 16)}\t${v.publishedAt.toISOString()}\t${v.note ?? ''}`);
      }
      return 0;
    });
  },
  async diff({ tenant }, [from, to]) {
    const [a, b] = [version(from), version(to)];
    return withTenant(tenant!, async (database, tenantId) => {
      const changes = await diffConfigVersions(database.prisma, tenantId, a, b);
      for (const change of changes) {
        const where = change.department ? ` (${change.department})` : '';
        console.log(`${change.change}\t${change.kind}\t${change.id}${where}${change.fields?.length ? `\t${change.fields.join(', ')}` : ''}`);
      }
      if (changes.length === 0) console.log('无差异 / no differences');
      return 0;
    });
  },
  async rollback({ tenant, note }, [target]) {
    const sequence = version(target);
    return withTenant(tenant!, async (database, tenantId) => {
      const { version: published } = await rollbackConfigVersion(database.prisma, { tenantId, sequence, note: note ?? `rollback to version ${sequence}` });
      console.log(`已回滚 / rolled back: version ${published.sequence} now holds version ${sequence}'s content (${published.hash})`);
      return 0;
    });
  },
};

export const configCommands: Record<string, Command> = {
  validate: {
    usage: 'validate <path>',
    summary: '校验配置文件或目录 / validate a config file or folder',
    async run(args) {
      const [target] = args;
      if (!target || args.length > 1) throw usageError('validate <path>');
      const env = readEnv();
      const issues = validatePath(path.resolve(target), { rulesetsDir: env.SANXIANG_RULESETS, extensions: await loadVendorExtensions(env.SANXIANG_RULESETS) });
      printIssues(issues);
      return issues.length === 0 ? 0 : 1;
    },
  },
  config: {
    usage: CONFIG_USAGE,
    summary: '生效配置、发布、版本、差异、回滚 / effective config, publish, versions, diff, rollback',
    async run(args) {
      const { options, positional } = parseArgs(args, ['tenant', 'note', 'ruleset'], CONFIG_USAGE);
      const [name, ...rest] = positional;
      if (name === 'test') return runConfigTest(options);
      const subcommand = name ? SUBCOMMANDS[name] : undefined;
      if (!subcommand || !options.tenant) throw usageError(CONFIG_USAGE);
      return subcommand(options, rest);
    },
  },
};
