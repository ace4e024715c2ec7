import type { ConfigIssue, EffectiveConfig } from '@sanxiang/config';
import type { Database } from '@sanxiang/db';
import { resolveSession, type SessionUser } from '@sanxiang/identity';
import type { BlobStore } from '@sanxiang/storage';
import type { CaseEngines } from '@sanxiang/workflow';

/** How the transport sets and clears the session cookie; a test caller can record the calls instead. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Compiles a tenant's configuration from its layers; the server supplies it with the installed vendor extensions. */
export type TenantConfigCompiler = (tenantCode: string) => Promise<{ config?: EffectiveConfig; issues: ConfigIssue[] }>;

export interface CreateContextOptions {
  database: Database;
  sessionToken?: string | undefined;
  cookies?: SessionCookieJar;
  /** Facts about the running server that health reports. */
  info?: { startedAt: Date; version: string };
  compileTenantConfig?: TenantConfigCompiler;
  /** The engines cases are evaluated with; the server builds them with each tenant's calendar. */
  caseEngines?: CaseEngines;
  /** The time of each act; the wall clock unless a test moves it. */
  now?: () => Date;
  /** Where generated documents and uploaded templates are kept (the server's local folder by default). */
  blobs?: BlobStore;
  /** The configuration roots, where the stage forms' schema files are read from (a FormRef names them). */
  configRoots?: { rulesetsDir: string; tenantsDir: string };
}

const NO_COMPILER: TenantConfigCompiler = async () => {
  throw new Error('this server was started without configuration sources');
};

const NO_ENGINES: CaseEngines = {
  forVersion() {
    throw new Error('this server was started without case engines');
  },
};

const NO_COOKIES: SessionCookieJar = { set() {}, clear() {} };

/** The transport-free context: tests build it directly and call procedures through `createCaller`. */
export async function createContextInner(options: CreateContextOptions) {
  const user: SessionUser | null = await resolveSession(options.database.prisma, options.sessionToken);
  return {
    database: options.database,
    prisma: options.database.prisma,
    sessionToken: options.sessionToken,
    user,
    cookies: options.cookies ?? NO_COOKIES,
    info: options.info ?? { startedAt: new Date(), version: 'dev' },
    compileTenantConfig: options.compileTenantConfig ?? NO_COMPILER,
    caseEngines: options.caseEngines ?? NO_ENGINES,
    now: options.now ?? (() => new Date()),
    blobs: options.blobs ?? null,
    configRoots: options.configRoots ?? null,
  };
}

export type Context = Awaited<ReturnType<typeof createContextInner>>;
