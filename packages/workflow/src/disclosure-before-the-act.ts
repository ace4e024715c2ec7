/**
 * Before-the-act disclosure (事前公开, 国办发〔2018〕118号 二、（一）; seeds 000, 001, 004) for the public portal, from the
 * configuration in force and the live register: enforcement bodies with their powers, officers holding a valid
 * certificate today (a suspension or revocation takes effect on the portal the moment it is recorded), the
 * enforcement item list with legal bases, service guides, a flow chart per procedure drawn from the lifecycles the
 * cases actually follow, random inspection lists (双随机、一公开), discretion benchmarks (《行政处罚法》第三十四条) and
 * the lenient-enforcement lists.
 */
import type { BasisEntry, LocalText, ServiceGuide } from '@sanxiang/config';
import { scopeToTenant, type PrismaClient } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { configVersionInForce, storedConfig } from '@sanxiang/tenancy';
import { beijingDate, dateColumn } from './beijing-time.ts';
import { LIFECYCLES, type Lifecycle } from './lifecycles.ts';

/**
 * How to challenge a decision, printed in every service guide. The time limits are the law's; the body that hears
 * each route is the tenant's to configure (enforcement-items.json "serviceGuides"), and stays unnamed without it.
 */
const REMEDIES = {
  reconsideration: { before: '自知道或者应当知道该行政行为之日起六十日内', after: '申请行政复议', basis: '《中华人民共和国行政复议法》第二十条' },
  litigation: { before: '自知道或者应当知道作出行政行为之日起六个月内', after: '提起行政诉讼', basis: '《中华人民共和国行政诉讼法》第四十六条' },
} as const;

function remediesOf(guide: ServiceGuide | undefined): { zh: string; basis: string; body: string | null }[] {
  return (['reconsideration', 'litigation'] as const).map((route) => {
    const { before, after, basis } = REMEDIES[route];
    const body = guide?.remedies?.[route]?.body ?? null;
    return { zh: `${before}${body ? `向${body}` : ''}${after}`, basis, body };
  });
}

/** An item's service guide as the portal prints it; each absent field stays null so the page can say "not published". */
function serviceGuideFields(guide: ServiceGuide | undefined) {
  const limit = guide?.timeLimit;
  return {
    timeLimit: limit ? { days: limit.days, unit: limit.unit, basis: basisText(limit.basis), note: limit.note ?? null } : null,
    supervision: (guide?.supervision ?? []).map(({ body, phone }) => ({ body, phone })),
    officeHours: guide?.officeHours ?? null,
    address: guide?.address ?? null,
    phone: guide?.phone ?? null,
    remedies: remediesOf(guide),
  };
}

export interface FlowChart {
  caseType: string;
  procedure: string;
  stages: { key: string; label: LocalText }[];
  steps: { key: string; label: LocalText; from: string[]; to: string | null; basis: string }[];
  /** The same chart as Mermaid `flowchart` text, for a page to draw. */
  mermaid: string;
}

/** A lifecycle as a chart: one node per stage, one arrow per step that moves the case, a loop for one that records. */
export function flowChartOf(lifecycle: Lifecycle): FlowChart {
  const node = (key: string) => key.replace(/[^A-Za-z0-9_]/gu, '_');
  const label = (text: string) => text.replace(/["[\]{}|<>]/gu, ' ');
  const lines = ['flowchart TD', ...lifecycle.stages.map((stage) => `  ${node(stage.key)}["${label(stage.label.zh)}"]`)];
  for (const step of lifecycle.transitions) {
    for (const from of step.from) lines.push(`  ${node(from)} -->|${label(step.label.zh)}| ${node(step.to ?? from)}`);
  }
  return {
    caseType: lifecycle.type,
    procedure: lifecycle.procedure,
    stages: lifecycle.stages.map(({ key, label: text }) => ({ key, label: text })),
    steps: lifecycle.transitions.map((step) => ({ key: step.key, label: step.label, from: [...step.from], to: step.to, basis: step.basis })),
    mermaid: lines.join('\n'),
  };
}

const basisText = (entries: readonly BasisEntry[]): string[] =>
  entries.map((entry) => ('law' in entry && entry.law ? `${entry.law}${entry.article ?? ''}` : 'document' in entry && entry.document ? `${entry.document}${entry.section ? ` ${entry.section}` : ''}` : `种子文件 ${'seed' in entry ? entry.seed : ''}`));

export async function beforeTheActDisclosure(prisma: PrismaClient, tenantCode: string, now: Date) {
  const tenant = /^[a-z0-9][a-z0-9-]{0,63}$/u.test(tenantCode) ? await prisma.tenant.findUnique({ where: { code: tenantCode } }) : null;
  if (!tenant) throw AppError.notFound({ zh: `公示平台“${tenantCode.slice(0, 64)}”`, en: `Disclosure portal "${tenantCode.slice(0, 64)}"` });
  const db = scopeToTenant(prisma, tenant.id);
  const today = dateColumn(beijingDate(now));
  const [version, departments, items, certificates] = await Promise.all([
    configVersionInForce(prisma, tenant.id, today),
    db.department.findMany({ orderBy: { code: 'asc' } }),
    db.enforcementItem.findMany({ where: { active: true }, orderBy: { code: 'asc' } }),
    db.officerCertificate.findMany({
      where: { status: 'VALID', validFrom: { lte: today }, validUntil: { gte: today }, user: { active: true } },
      include: { user: { select: { displayName: true, department: { select: { name: true } } } } },
      orderBy: [{ number: 'asc' }],
    }),
  ]);
  const config = version ? storedConfig(version) : null;
  // Guides come from the configuration in force (department defaults already folded in by the compiler); an item the
  // register has but that version lacks simply has no guide yet.
  const guides = new Map((config?.kinds.enforcementItems ?? []).map(({ id, value }) => [id, value.serviceGuide]));
  const departmentName = new Map(departments.map((department) => [department.id, department.name]));
  const itemRows = items.map((item) => ({
    code: item.code, name: item.name, category: item.category,
    department: item.departmentId ? departmentName.get(item.departmentId) ?? null : null,
    legalBasis: Array.isArray(item.legalBasis) ? item.legalBasis : [],
  }));
  return {
    tenant: { code: tenant.code, name: tenant.name, region: tenant.region },
    configVersion: version ? { sequence: version.sequence, hash: version.hash, effectiveFrom: version.effectiveFrom, publishedAt: version.publishedAt } : null,
    bodies: departments.filter((department) => department.type === 'ENFORCEMENT_AGENCY').map((department) => ({
      code: department.code, name: department.name, domain: department.domain,
      powers: itemRows.filter((_, index) => items[index]?.departmentId === department.id),
    })),
    officers: certificates.map((certificate) => ({
      name: certificate.user.displayName, unit: certificate.user.department?.name ?? null, certificateNumber: certificate.number,
      domain: certificate.domain, area: certificate.area, validUntil: beijingDate(certificate.validUntil),
    })),
    items: itemRows,
    serviceGuides: itemRows.map((item) => ({
      itemCode: item.code, itemName: item.name, acceptingBody: item.department, legalBasis: item.legalBasis,
      ...serviceGuideFields(guides.get(item.code)),
    })),
    flowCharts: LIFECYCLES.map(flowChartOf),
    randomInspections: (config?.kinds.randomInspections ?? []).map(({ value }) => ({
      id: value.id, subject: value.subject, object: value.object, content: value.content, ratio: value.ratio,
      method: value.method, frequency: value.frequency, implementingBody: value.implementingBody, basis: basisText(value.basis),
    })),
    discretionBenchmarks: (config?.kinds.discretionBenchmarks ?? []).map(({ value }) => ({
      id: value.id, violation: value.violation, itemCodes: value.itemCodes ?? [], basis: basisText(value.basis),
      tiers: value.tiers.map((tier) => ({ level: tier.level, description: tier.description, range: tier.range })),
    })),
    lenientLists: (config?.kinds.lenientLists ?? []).map(({ value }) => ({
      id: value.id, kind: value.kind, basis: basisText(value.basis),
      entries: value.entries.map((entry) => ({ id: entry.id, itemCodes: entry.itemCodes ?? [], description: entry.description, basis: basisText(entry.basis) })),
    })),
    disclosureItems: (config?.kinds.disclosure ?? []).filter(({ value }) => value.phase === 'BEFORE').map(({ value, basis }) => ({
      id: value.id, name: value.name ?? value.id, fields: value.fields ?? [], channels: value.channels ?? [], basis: basisText(basis),
    })),
  };
}

export type BeforeTheAct = Awaited<ReturnType<typeof beforeTheActDisclosure>>;
