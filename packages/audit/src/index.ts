export { appendAuditEvent, verifyAuditChain, GENESIS_HASH } from './chain.ts';
export type { AuditEventInput, AuditVerification } from './chain.ts';
