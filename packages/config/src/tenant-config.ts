import type { ConfigIssue } from './issues.ts';

// These types mirror ../schemas/*.schema.json; the schemas are what admins and editors see, so change both together.

export type TenantLevel = 'PROVINCE' | 'PREFECTURE' | 'COUNTY' | 'DEPARTMENT';
export type DepartmentType = 'ENFORCEMENT_AGENCY' | 'LEGAL_REVIEW_BODY' | 'JUDICIAL_BUREAU';
export type EnforcementCategory =
  | 'PENALTY'
  | 'COERCION'
  | 'INSPECTION'
  | 'LICENCE'
  | 'EXPROPRIATION'
  | 'CONFIRMATION'
  | 'OTHER';

export interface DepartmentConfig {
  code: string;
  name: { zh: string; en?: string };
  type: DepartmentType;
  domain?: string;
  parent?: string;
}

export interface DisclosureChannelConfig {
  code: string;
  name: { zh: string; en?: string };
  /** The provincial platform's address for this channel's pushes; the signing secret stays in the server's environment. */
  push?: { url: string };
}

export interface TenantConfig {
  code: string;
  name: { zh: string; en?: string };
  region: string;
  level: TenantLevel;
  extends: string[];
  calendarRegion?: string;
  departments: DepartmentConfig[];
  disclosureChannels?: DisclosureChannelConfig[];
  /** Limits on evidence uploads; the server's own cap still applies (the smaller wins). */
  evidence?: { maxUploadMb: number };
  source?: string;
}

export interface LegalBasis {
  law: string;
  article: string;
}

export interface EnforcementItemConfig {
  code: string;
  name: string;
  category: EnforcementCategory;
  department: string;
  legalBasis: LegalBasis[];
  benchmark?: string;
  /** Why this item replaces the one with the same code in a layer above. */
  override?: { reason: string };
  /** 服务指南 (seed 004); after loading it already holds its department's defaults (kinds/enforcement-items.ts). */
  serviceGuide?: ServiceGuide;
}

/** A complaints body and its phone (监督方式). */
export interface SupervisionBody {
  body: string;
  phone: string;
}

/** The body that hears a reconsideration or a lawsuit, and why it is the competent one. */
export interface RemedyRoute {
  body: string;
  basis?: LegalBasis[];
}

/** What a department's items share: contact, supervision and remedies. */
export interface ServiceContact {
  officeHours?: string;
  address?: string;
  phone?: string;
  supervision?: SupervisionBody[];
  remedies?: { reconsideration?: RemedyRoute; litigation?: RemedyRoute };
}

export interface ServiceGuide extends ServiceContact {
  timeLimit?: { days: number; unit: 'WORKING' | 'CALENDAR'; basis: LegalBasis[]; note?: string };
}

/** One department's defaults, written once in enforcement-items.json's "serviceGuides". */
export interface DepartmentServiceGuide extends ServiceContact {
  department: string;
}

export interface LoadedTenant {
  dir: string;
  tenant: TenantConfig;
  items: EnforcementItemConfig[];
}

export interface TenantFolderResult {
  tenants: LoadedTenant[];
  issues: ConfigIssue[];
}

/** tenant.json as written: the configuration plus the "$schema" path that editors read. */
export interface TenantFile extends TenantConfig {
  $schema?: string;
}

/** enforcement-items.json as written. */
export interface EnforcementItemsFile {
  $schema?: string;
  serviceGuides?: DepartmentServiceGuide[];
  items: EnforcementItemConfig[];
}
