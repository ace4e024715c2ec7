export { listTenantDirectory, syncTenantDirectory } from './directory.ts';
export type { DirectorySyncResult, TenantSummary } from './directory.ts';
export { configVersionInForce, getConfigVersion, listConfigVersions, publishConfigVersion, rollbackConfigVersion } from './config-versions.ts';
export type { PublishOptions, PublishResult } from './config-versions.ts';
