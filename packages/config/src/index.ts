export { loadTenantFolder, loadTenantFolders } from './tenant-folder.ts';
export { formatIssue } from './issues.ts';
export type { ConfigIssue, ConfigIssueCode, LocalText } from './issues.ts';
export type {
  DepartmentConfig,
  DepartmentType,
  DisclosureChannelConfig,
  EnforcementCategory,
  EnforcementItemConfig,
  LegalBasis,
  LoadedTenant,
  TenantConfig,
  TenantFolderResult,
  TenantLevel,
} from './tenant-config.ts';
