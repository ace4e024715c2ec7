export { listTenantDirectory, syncTenantDirectory } from './directory.ts';
export type { DirectorySyncResult, TenantSummary } from './directory.ts';
export {
  configVersionInForce,
  diffConfigVersions,
  getConfigVersion,
  listConfigVersions,
  publishConfigVersion,
  publishEffectiveConfig,
  rollbackConfigVersion,
  storedConfig,
} from './config-versions.ts';
export type { PublishOptions, PublishResult } from './config-versions.ts';
