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
  items: EnforcementItemConfig[];
}
