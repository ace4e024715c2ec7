// The public portal's feeds of new and withdrawn decisions, beside the portal pages at /p/<tenant>:
//
//   GET /p/:tenant/feed.atom  → Atom (RFC 4287), application/atom+xml
//   GET /p/:tenant/feed.json  → JSON Feed 1.1, application/feed+json
//   ?kind=published|withdrawn|all (default all)  &limit=1…100 (default 50)
//
// No login: both read through the public `portal` router, which serves only published, redacted entries within their
// display period, and a withdrawn one as its notice and reason. Errors answer { error: { code, text: { zh, en } } }.
import { createCaller, createContextInner, httpErrorOf } from '@sanxiang/api';
import type { Database } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { TRPCError } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export interface PortalFeedOptions {
  database: Database;
  now?: () => Date;
}

const ZFeedParams = z.object({ tenant: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/u) });
const ZFeedQuery = z.object({
  kind: z.enum(['published', 'withdrawn', 'all']).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

type FeedRequest = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, unknown> }>;
type FeedItems = Awaited<ReturnType<ReturnType<typeof createCaller>['portal']['feed']>>;

/** Readers poll; five minutes keeps load down and still drops a withdrawn decision well inside art. 48's three days. */
const CACHE_CONTROL = 'public, max-age=300';

function badInput(zh: string, en: string, parameter: string): AppError {
  return new AppError('BAD_INPUT', { zh, en }, { details: { problems: [{ pointer: `/${parameter}`, message: en }] } });
}

/** The tenant and the filters, checked here so a bad query gets the same bilingual answer as every other route. */
function feedInput(request: FeedRequest) {
  const params = ZFeedParams.safeParse(request.params);
  if (!params.success) {
    throw badInput('公示平台地址中的单位代码应为小写字母、数字和连字符。', 'The body code in a portal address is lower-case letters, digits and hyphens.', 'tenant');
  }
  const query = ZFeedQuery.safeParse(request.query);
  if (!query.success) {
    const parameter = String(query.error.issues[0]?.path[0] ?? 'kind');
    throw parameter === 'limit'
      ? badInput('limit 应为 1 至 100 的整数。', 'limit must be a whole number from 1 to 100.', 'limit')
      : badInput('kind 应为 published（新发布）、withdrawn（已撤回）或 all（全部）。', 'kind must be published, withdrawn or all.', 'kind');
  }
  return { tenantCode: params.data.tenant, ...query.data };
}

/**
 * Where the portal is, as the reader reached it, so links in a feed lead back to the same host. A Host header that
 * does not make a URL gives relative links rather than a refusal.
 */
function baseUrlOf(request: FastifyRequest): string | undefined {
  const candidate = `${request.protocol}://${request.host}`;
  return URL.canParse(candidate) && candidate.length <= 200 ? candidate : undefined;
}

function sendError(reply: FastifyReply, error: unknown): FastifyReply {
  // Procedures wrap their AppError in a TRPCError; the route answers with the AppError itself.
  const { status, body } = httpErrorOf(error instanceof TRPCError && error.cause instanceof AppError ? error.cause : error);
  return reply.code(status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(body);
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); `_sanxiang` carries the entry as the portal shows it. */
export function jsonFeedOf(tenant: { code: string; name: string }, items: FeedItems, baseUrl: string) {
  const home = `${baseUrl}/p/${encodeURIComponent(tenant.code)}`;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${tenant.name} 行政执法公示`,
    home_page_url: home,
    feed_url: `${home}/feed.json`,
    language: 'zh-CN',
    items: items.map((item) => ({
      // A withdrawal is a new event about the same decision, so it gets its own id, as in the Atom feed.
      id: item.event === 'withdrawn' ? `${item.id}#withdrawn` : item.id,
      url: `${home}/d/${encodeURIComponent(item.id)}`,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: item.at.toISOString(),
      tags: [item.event],
      _sanxiang: { event: item.event, entry: item.entry },
    })),
  };
}

export async function registerPortalFeeds(app: FastifyInstance, options: PortalFeedOptions): Promise<void> {
  const publicCaller = async () => createCaller(await createContextInner({ database: options.database, ...(options.now ? { now: options.now } : {}) }));

  app.get('/p/:tenant/feed.atom', async (request: FeedRequest, reply) => {
    try {
      const input = feedInput(request);
      const baseUrl = baseUrlOf(request);
      const atom = await (await publicCaller()).portal.atom({ ...input, ...(baseUrl ? { baseUrl } : {}) });
      return reply.type('application/atom+xml; charset=utf-8').header('cache-control', CACHE_CONTROL).send(atom);
    } catch (error) {
      return sendError(reply, error);
    }
  });

  app.get('/p/:tenant/feed.json', async (request: FeedRequest, reply) => {
    try {
      const input = feedInput(request);
      const caller = await publicCaller();
      const items = await caller.portal.feed(input);
      // The feed call has already answered NOT_FOUND for a code that names no tenant.
      const tenant = (await caller.tenant.directory()).find((each) => each.code === input.tenantCode) ?? { code: input.tenantCode, name: input.tenantCode };
      const feed = jsonFeedOf(tenant, items, baseUrlOf(request) ?? '');
      return reply.type('application/feed+json; charset=utf-8').header('cache-control', CACHE_CONTROL).send(JSON.stringify(feed));
    } catch (error) {
      return sendError(reply, error);
    }
  });
}
