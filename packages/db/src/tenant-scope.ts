import { Prisma, type PrismaClient } from './generated/prisma/client.ts';

// Every model but Tenant belongs to a tenant. Derived from the schema, so a new table is scoped by default.
export const TENANT_OWNED_MODELS: ReadonlySet<string> = new Set(
  Object.values(Prisma.ModelName).filter((model) => model !== 'Tenant'),
);

const READ_OR_UPDATE = new Set([
  'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany',
  'count', 'aggregate', 'groupBy', 'update', 'updateMany', 'updateManyAndReturn', 'delete', 'deleteMany',
]);
const CREATE = new Set(['create', 'createMany', 'createManyAndReturn']);

/**
 * A client whose every query on a tenant-owned model is confined to one tenant:
 * reads, updates and deletes get `tenantId` in their `where`, creates get it in their `data`,
 * and a create that names another tenant is refused. Nested writes are not rewritten, so domain
 * code writes through the top-level model methods.
 */
export function scopeToTenant(prisma: PrismaClient, tenantId: string) {
  return prisma.$extends({
    name: 'tenant-scope',
    // Domain code writes `tenantId: db.$tenantId` in creates, so the types stay honest; the query hook below checks it.
    client: { $tenantId: tenantId },
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!TENANT_OWNED_MODELS.has(model)) return query(args);
          const scoped = { ...(args as Record<string, unknown>) };
          if (READ_OR_UPDATE.has(operation)) {
            scoped.where = { ...(scoped.where as object | undefined), tenantId };
          } else if (CREATE.has(operation)) {
            scoped.data = Array.isArray(scoped.data)
              ? scoped.data.map((row: Record<string, unknown>) => withTenant(row, tenantId, model))
              : withTenant(scoped.data as Record<string, unknown>, tenantId, model);
          } else if (operation === 'upsert') {
            scoped.where = { ...(scoped.where as object), tenantId };
            scoped.create = withTenant(scoped.create as Record<string, unknown>, tenantId, model);
          }
          return query(scoped as typeof args);
        },
      },
    },
  });
}

export type TenantScopedClient = ReturnType<typeof scopeToTenant>;

function withTenant(row: Record<string, unknown>, tenantId: string, model: string): Record<string, unknown> {
  if (row.tenantId !== undefined && row.tenantId !== tenantId) {
    throw new Error(`refused: a ${model} for another tenant cannot be created through a client scoped to ${tenantId}`);
  }
  return { ...row, tenantId };
}
