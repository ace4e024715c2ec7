import type { BasisEntry, EffectiveConfig, StaffingRules } from '@sanxiang/config';
import type { DepartmentType, Role, TenantScopedClient } from '@sanxiang/db';
import { storedConfig } from '@sanxiang/tenancy';
import { beijingDate } from './beijing-time.ts';
import { versionInForce } from './case-engines.ts';
import { certificateStandingOn } from './certificate-standing.ts';

/** The staffing rule that governs a department: its own layer's, else the tenant's; with the layer it came from. */
export interface StaffingRuleInForce {
  rule: StaffingRules;
  basis: BasisEntry[];
  /** `department` when a department layer set it, `tenant` when it is the tenant's (national → province → tenant). */
  scope: 'department' | 'tenant';
}

export function staffingRuleFor(config: EffectiveConfig, departmentCode?: string): StaffingRuleInForce | undefined {
  const department = departmentCode === undefined ? undefined : config.departments.find((each) => each.code === departmentCode);
  const own = department?.kinds.staffing[0];
  if (own) return { rule: own.value, basis: own.basis, scope: 'department' };
  const tenant = config.kinds.staffing[0];
  return tenant ? { rule: tenant.value, basis: tenant.basis, scope: 'tenant' } : undefined;
}

/** The configuration in force today, or undefined before the tenant's first publish. */
export async function configInForce(db: TenantScopedClient, now: Date): Promise<{ config: EffectiveConfig; sequence: number } | undefined> {
  const version = await versionInForce(db, new Date(`${beijingDate(now)}T00:00:00Z`));
  if (!version) return undefined;
  return { config: storedConfig(await db.configVersion.findFirstOrThrow({ where: { id: version.id } })), sequence: version.sequence };
}

/**
 * How many reviewers a unit needs: at least `min` of its officers, rounded up (5% of 30 officers is 1.5, so 2), and at
 * least `minCount` where the rule sets one (seed 003: "不少于2人"). The product is rounded to a millionth first, because
 * 0.05 × 60 is 3.0000000000000004 in floating point and must not become 4.
 */
export function requiredReviewers(officers: number, rule: StaffingRules['reviewerRatio']): number {
  const byRatio = Math.ceil(Math.round(officers * rule.min * 1e6) / 1e6);
  return Math.max(byRatio, rule.minCount ?? 0);
}

export interface StaffingCount {
  officers: number;
  /** Officers whose certificate is valid today: the ones who may act. */
  certifiedOfficers: number;
  reviewers: number;
  /** Reviewers with the national legal professional qualification, required of first-time reviewers (art. 58). */
  qualifiedReviewers: number;
  /** Reviewers per officer; null without officers. */
  ratio: number | null;
  rule: { min: number; minCount: number | null; basis: BasisEntry[]; scope: 'department' | 'tenant' } | null;
  required: number | null;
  /** Reviewers still missing to meet the rule; 0 when it is met or there is no rule. */
  shortfall: number;
  meets: boolean | null;
}

export interface StaffingUnit extends StaffingCount {
  department: { id: string; code: string; name: string };
}

export interface ReviewerRatioReport {
  /** The Beijing day the counts are for. */
  asOf: string;
  /** The configuration version the rules come from; null before the tenant's first publish. */
  configSequence: number | null;
  /** One row per enforcement agency: the rule speaks of "本单位执法人员" (seeds 001 and 003), so each unit is judged alone. */
  units: StaffingUnit[];
  /** The tenant as a whole against the tenant's rule; `unitsFailing` counts the agencies that fall short. */
  tenant: StaffingCount & { unitsFailing: number };
}

interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  type: DepartmentType;
  parentId: string | null;
}

interface PersonRow {
  id: string;
  roles: Role[];
  departmentId: string | null;
  legalQualification: boolean;
}

/** The enforcement agency a department belongs to: itself, or the nearest agency above (a review body's parent). */
function agencyIndex(departments: readonly DepartmentRow[]): (departmentId: string | null) => DepartmentRow | undefined {
  const byId = new Map(departments.map((department) => [department.id, department]));
  return (departmentId) => {
    const seen = new Set<string>();
    for (let at = departmentId ? byId.get(departmentId) : undefined; at && !seen.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) {
      seen.add(at.id);
      if (at.type === 'ENFORCEMENT_AGENCY') return at;
    }
    return undefined;
  };
}

function countOf(people: readonly PersonRow[], certified: ReadonlySet<string>, found: StaffingRuleInForce | undefined): StaffingCount {
  const officers = people.filter((person) => person.roles.includes('OFFICER'));
  const reviewers = people.filter((person) => person.roles.includes('LEGAL_REVIEWER'));
  const required = found ? requiredReviewers(officers.length, found.rule.reviewerRatio) : null;
  return {
    officers: officers.length,
    certifiedOfficers: officers.filter((person) => certified.has(person.id)).length,
    reviewers: reviewers.length,
    qualifiedReviewers: reviewers.filter((person) => person.legalQualification).length,
    ratio: officers.length > 0 ? reviewers.length / officers.length : null,
    rule: found ? { min: found.rule.reviewerRatio.min, minCount: found.rule.reviewerRatio.minCount ?? null, basis: found.basis, scope: found.scope } : null,
    required,
    shortfall: required === null ? 0 : Math.max(0, required - reviewers.length),
    meets: required === null ? null : reviewers.length >= required,
  };
}

/**
 * The tenant's legal reviewers against its enforcement officers, per enforcement agency and in total, judged by the
 * staffing rule in force today (国办发〔2018〕118号 四（十一）; seed 001 二（三）2; seed 003 一（二）11). Active people only.
 */
export async function reviewerRatioReport(context: { db: TenantScopedClient; now: () => Date }): Promise<ReviewerRatioReport> {
  const now = context.now();
  const today = beijingDate(now);
  const [departments, people, certificates, inForce] = await Promise.all([
    context.db.department.findMany({ select: { id: true, code: true, name: true, type: true, parentId: true }, orderBy: { code: 'asc' } }),
    // Roles are filtered here, not with `hasSome`: the PGlite adapter sends an enum array as a malformed literal.
    context.db.user.findMany({ where: { active: true }, select: { id: true, roles: true, departmentId: true, legalQualification: true } }),
    context.db.officerCertificate.findMany({ select: { userId: true, status: true, suspendedUntil: true, validFrom: true, validUntil: true } }),
    configInForce(context.db, now),
  ]);
  const certified = new Set(certificates.filter((certificate) => certificateStandingOn(certificate, today) === 'VALID').map((certificate) => certificate.userId));
  const agencyOf = agencyIndex(departments);
  const units = departments
    .filter((department) => department.type === 'ENFORCEMENT_AGENCY')
    .map((department) => ({
      department: { id: department.id, code: department.code, name: department.name },
      ...countOf(
        people.filter((person) => agencyOf(person.departmentId)?.id === department.id),
        certified,
        inForce ? staffingRuleFor(inForce.config, department.code) : undefined,
      ),
    }));
  return {
    asOf: today,
    configSequence: inForce?.sequence ?? null,
    units,
    tenant: { ...countOf(people, certified, inForce ? staffingRuleFor(inForce.config) : undefined), unitsFailing: units.filter((unit) => unit.meets === false).length },
  };
}
