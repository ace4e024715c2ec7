export { listTenantDirectory, syncTenantDirectory } from './directory.ts';
export type { DirectorySyncResult, TenantSummary } from './directory.ts';
