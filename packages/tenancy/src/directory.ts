import type { LoadedTenant } from '@sanxiang/config';
import type { PrismaClient } from '@sanxiang/db';

export interface DirectorySyncResult {
  tenantId: string;
  code: string;
  departments: number;
  items: number;
}

/**
 * Makes the database's directory (tenant, departments, enforcement items) match a loaded tenant folder.
 * Rows are upserted by their natural keys, never deleted: an item dropped from the catalogue is
 * marked inactive, so cases that reference it keep their history. One transaction per tenant.
 */
export async function syncTenantDirectory(prisma: PrismaClient, loaded: LoadedTenant): Promise<DirectorySyncResult> {
  const { tenant: config, items } = loaded;
  return prisma.$transaction(async (tx) => {
    const tenantFields = {
      name: config.name.zh,
      region: config.region,
      level: config.level,
      calendarRegion: config.calendarRegion ?? null,
      evidenceMaxBytes: config.evidence ? BigInt(config.evidence.maxUploadMb) * 1_048_576n : null,
    };
    const tenant = await tx.tenant.upsert({
      where: { code: config.code },
      create: { code: config.code, ...tenantFields },
      update: tenantFields,
    });

    const departmentIds = new Map<string, string>();
    for (const department of config.departments) {
      const fields = { name: department.name.zh, type: department.type, domain: department.domain ?? null };
      const row = await tx.department.upsert({
        where: { tenantId_code: { tenantId: tenant.id, code: department.code } },
        create: { tenantId: tenant.id, code: department.code, ...fields },
        update: fields,
      });
      departmentIds.set(department.code, row.id);
    }
    for (const department of config.departments) {
      const parentId = department.parent ? (departmentIds.get(department.parent) ?? null) : null;
      await tx.department.update({
        where: { tenantId_code: { tenantId: tenant.id, code: department.code } },
        data: { parentId },
      });
    }

    const seen = new Set<string>();
    for (const item of items) {
      seen.add(item.code);
      const fields = {
        name: item.name,
        category: item.category,
        departmentId: departmentIds.get(item.department) ?? null,
        legalBasis: item.legalBasis.map((basis) => ({ law: basis.law, article: basis.article })),
        benchmarkRef: item.benchmark ?? null,
        active: true,
      };
      await tx.enforcementItem.upsert({
        where: { tenantId_code: { tenantId: tenant.id, code: item.code } },
        create: { tenantId: tenant.id, code: item.code, ...fields },
        update: fields,
      });
    }
    await tx.enforcementItem.updateMany({
      where: { tenantId: tenant.id, code: { notIn: [...seen] }, active: true },
      data: { active: false },
    });

    return { tenantId: tenant.id, code: tenant.code, departments: config.departments.length, items: items.length };
  });
}

export interface TenantSummary {
  code: string;
  name: string;
  region: string;
  level: string;
  departments: Array<{ code: string; name: string; type: string; domain: string | null; parentCode: string | null }>;
}

/** The public directory: every tenant with its departments. Nothing here is private (事前公开). */
export async function listTenantDirectory(prisma: PrismaClient): Promise<TenantSummary[]> {
  const tenants = await prisma.tenant.findMany({
    orderBy: { code: 'asc' },
    include: { departments: { orderBy: { code: 'asc' }, include: { parent: { select: { code: true } } } } },
  });
  return tenants.map((tenant) => ({
    code: tenant.code,
    name: tenant.name,
    region: tenant.region,
    level: tenant.level,
    departments: tenant.departments.map((department) => ({
      code: department.code,
      name: department.name,
      type: department.type,
      domain: department.domain,
      parentCode: department.parent?.code ?? null,
    })),
  }));
}
