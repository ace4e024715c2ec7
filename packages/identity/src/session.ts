import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient, Role } from '@sanxiang/db';
import { AppError } from '@sanxiang/errors';
import { hashPassword, verifyPassword } from './password.ts';

export const SESSION_COOKIE = 'sx_session';
const SESSION_DAYS = 7;

export interface SessionUser {
  id: string;
  tenantId: string;
  tenantCode: string;
  departmentId: string | null;
  username: string;
  displayName: string;
  roles: Role[];
}

let decoy: Promise<string> | undefined;
const timingDecoy = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')));

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

// One message for an unknown tenant, user or password, so a login never reveals which one was wrong.
const BAD_LOGIN = new AppError('UNAUTHENTICATED', {
  zh: '单位、用户名或密码不正确。',
  en: 'The tenant, username or password is not correct.',
});

/**
 * Checks a password login and opens a session. Returns the cookie token; only its hash is stored.
 * Single sign-on plugs in beside this: an identity provider that has authenticated a person calls
 * `openSession` with the matching user, and password logins can then be switched off per tenant.
 */
export async function loginWithPassword(
  prisma: PrismaClient,
  input: { tenantCode: string; username: string; password: string },
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const user = await prisma.user.findFirst({
    where: { username: input.username, active: true, tenant: { code: input.tenantCode } },
    include: { tenant: { select: { code: true } } },
  });
  // Without a user, still spend the time of one hash, so the answer's timing does not reveal which names exist.
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await timingDecoy()));
  if (!user || !passwordOk) throw BAD_LOGIN;
  const { token, expiresAt } = await openSession(prisma, user);
  return { token, expiresAt, user: toSessionUser(user) };
}

export async function openSession(
  prisma: PrismaClient,
  user: { id: string; tenantId: string },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await prisma.session.create({ data: { id: tokenId(token), tenantId: user.tenantId, userId: user.id, expiresAt } });
  return { token, expiresAt };
}

/** The user behind a session cookie, or null when the token is unknown, expired, revoked or its user inactive. */
export async function resolveSession(prisma: PrismaClient, token: string | undefined): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const session = await prisma.session.findUnique({
    where: { id: tokenId(token) },
    include: { user: { include: { tenant: { select: { code: true } } } } },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date() || !session.user.active) return null;
  if (session.user.tenantId !== session.tenantId) return null;
  return toSessionUser(session.user);
}

export async function revokeSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.session.updateMany({ where: { id: tokenId(token), revokedAt: null }, data: { revokedAt: new Date() } });
}

function toSessionUser(user: {
  id: string;
  tenantId: string;
  departmentId: string | null;
  username: string;
  displayName: string;
  roles: Role[];
  tenant: { code: string };
}): SessionUser {
  return {
    id: user.id,
    tenantId: user.tenantId,
    tenantCode: user.tenant.code,
    departmentId: user.departmentId,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
  };
}
