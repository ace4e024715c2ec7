export { hashPassword, verifyPassword } from './password.ts';
export { loginWithPassword, openSession, resolveSession, revokeSession, SESSION_COOKIE } from './session.ts';
export type { SessionUser } from './session.ts';
