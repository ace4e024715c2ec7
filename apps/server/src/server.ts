import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { appRouter, createCaller, createContextInner, type AppRouter, type EvidenceTransferOptions, type TenantConfigCompiler } from '@sanxiang/api';
import type { Database } from '@sanxiang/db';
import type { CaseEngines } from '@sanxiang/workflow';
import { SESSION_COOKIE } from '@sanxiang/identity';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerPortalFeeds } from './portal-feeds.ts';
import { registerEvidenceRoutes } from './upload-route.ts';

export interface ServerOptions {
  database: Database;
  webDist: string;
  secureCookies: boolean;
  version: string;
  compileTenantConfig?: TenantConfigCompiler;
  caseEngines?: CaseEngines;
  /** Where evidence files go and each tenant's size limit; without it the evidence routes answer 503. */
  evidence?: Omit<EvidenceTransferOptions, 'database'>;
  logger?: boolean;
  /** The server's clock (server-clock.ts); the wall clock when absent. */
  now?: () => Date;
  /** The configuration roots, for the stage forms' schema files. */
  configRoots?: { rulesetsDir: string; tenantsDir: string };
}

/** The most calls one batched tRPC request may carry (shared/STACK.md: batching multiplies work). */
export const MAX_BATCH_SIZE = 16;

/** Wiring only: tRPC at /trpc, /healthz, and the built web app. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // Batched tRPC calls put every procedure path in one URL segment; the batch cap below bounds it.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024, routerOptions: { maxParamLength: 5000 } });
  const info = { startedAt: new Date(), version: options.version };
  await app.register(fastifyCookie);

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ req, res }) =>
        createContextInner({
          database: options.database,
          sessionToken: req.cookies[SESSION_COOKIE],
          info,
          compileTenantConfig: options.compileTenantConfig,
          ...(options.now ? { now: options.now } : {}),
          ...(options.caseEngines ? { caseEngines: options.caseEngines } : {}),
          // Generated documents and uploaded templates share the evidence store: write-once, per tenant, by SHA-256.
          ...(options.evidence ? { blobs: options.evidence.store } : {}),
          ...(options.configRoots ? { configRoots: options.configRoots } : {}),
          cookies: {
            set: (token, expiresAt) =>
              void res.setCookie(SESSION_COOKIE, token, {
                httpOnly: true,
                sameSite: 'lax',
                secure: options.secureCookies,
                path: '/',
                expires: expiresAt,
              }),
            clear: () => void res.clearCookie(SESSION_COOKIE, { path: '/' }),
          },
        }),
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);

  await registerEvidenceRoutes(app, options.evidence ? { database: options.database, ...options.evidence } : undefined);
  await registerPortalFeeds(app, { database: options.database, ...(options.now ? { now: options.now } : {}) });

  app.get('/healthz', async (_request, reply) => {
    const caller = createCaller(await createContextInner({ database: options.database, info }));
    try {
      const health = await caller.system.health();
      return reply.code(200).send(health);
    } catch (error) {
      return reply.code(503).send({ status: 'down', db: options.database.kind, error: error instanceof Error ? error.message : String(error) });
    }
  });

  const indexHtml = path.join(options.webDist, 'index.html');
  if (fs.existsSync(indexHtml)) {
    await app.register(fastifyStatic, { root: options.webDist, wildcard: false });
    // The web app routes on the client: any other GET that wants HTML gets index.html.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/trpc') && request.headers.accept?.includes('text/html')) {
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.code(404).send({ error: 'not found' });
    });
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(`网页尚未构建：请运行 pnpm start（会先构建）。\nThe web app is not built: run pnpm start, which builds it first. (${options.webDist})\n`),
    );
  }
  return app;
}
