import { accessibleBy, type AppAbility } from '@sanxiang/authz';
import { appendAuditEvent } from '@sanxiang/audit';
import type { CertificateStatus, Prisma, TenantScopedClient } from '@sanxiang/db';
import { AppError, type LocalText } from '@sanxiang/errors';
import { beijingDate, dateColumn } from './beijing-time.ts';
import { addCalendarMonths, certificateStandingOn, nextDay, type CertificateStanding } from './certificate-standing.ts';
import { configInForce, staffingRuleFor } from './staffing.ts';

// 执法证管理: the judicial bureau suspends (暂扣), revokes (注销) and reinstates certificates; an officer acts only within a
// certificate valid on the date of the act (行政处罚法 第四十二条; seed 003 一（一）4).

const CERTIFICATE: LocalText = { zh: '执法证', en: 'Certificate' };

export interface CertificateContext {
  db: TenantScopedClient;
  ability: AppAbility;
  actor: { id: string };
  now: () => Date;
}

export interface CertificateView {
  id: string;
  number: string;
  domain: string;
  area: string;
  validFrom: string;
  validUntil: string;
  status: CertificateStatus;
  suspendedUntil: string | null;
  statusReason: string | null;
  version: number;
  /** Whether the holder may act today, and if not, why. */
  standing: CertificateStanding;
  holder: { id: string; displayName: string; department: { code: string; name: string } | null };
}

const HOLDER = { user: { select: { id: true, displayName: true, department: { select: { code: true, name: true } } } } } as const;
type CertificateRow = Prisma.OfficerCertificateGetPayload<{ include: typeof HOLDER }>;

function viewOf(row: CertificateRow, today: string): CertificateView {
  return {
    id: row.id, number: row.number, domain: row.domain, area: row.area,
    validFrom: beijingDate(row.validFrom), validUntil: beijingDate(row.validUntil),
    status: row.status, suspendedUntil: row.suspendedUntil ? beijingDate(row.suspendedUntil) : null, statusReason: row.statusReason,
    version: row.version, standing: certificateStandingOn(row, today),
    holder: { id: row.user.id, displayName: row.user.displayName, department: row.user.department },
  };
}

/** The certificates this person may see: all of the tenant's for the bureau and admins, their own for an officer. */
export async function listCertificates(
  context: Pick<CertificateContext, 'db' | 'ability' | 'now'>,
  filter: { userId?: string | undefined; status?: CertificateStatus | undefined } = {},
): Promise<CertificateView[]> {
  const rows = await context.db.officerCertificate.findMany({
    where: {
      AND: [
        accessibleBy(context.ability).ofType('OfficerCertificate'),
        ...(filter.userId ? [{ userId: filter.userId }] : []),
        ...(filter.status ? [{ status: filter.status }] : []),
      ],
    },
    include: HOLDER,
    orderBy: [{ number: 'asc' }],
    take: 1000,
  });
  const today = beijingDate(context.now());
  return rows.map((row) => viewOf(row, today));
}

export interface SuspendInput {
  certificateId: string;
  expectedVersion: number;
  reason: string;
  /** MISUSE: acting outside the certificate's domain or lending it out (seed 003); the staffing rule may fix the period. */
  ground: 'MISUSE' | 'OTHER';
  /** The last day of the suspension (inclusive). Defaults, for misuse, to the staffing rule's months. */
  until?: string | undefined;
}

export interface VersionedChange {
  certificateId: string;
  expectedVersion: number;
  reason?: string | undefined;
}

type Tx = Parameters<Parameters<TenantScopedClient['$transaction']>[0]>[0];

/** Loads a certificate this person may change, inside the transaction; NOT_FOUND for one of another tenant. */
async function loadForUpdate(tx: Tx, ability: AppAbility, certificateId: string): Promise<CertificateRow> {
  const found = await tx.officerCertificate.findFirst({
    where: { AND: [accessibleBy(ability, 'update').ofType('OfficerCertificate'), { id: certificateId }] },
    include: HOLDER,
  });
  if (!found) throw AppError.notFound(CERTIFICATE);
  return found;
}

function staleVersion(row: { number: string; version: number }, expected: number): AppError {
  return new AppError('CONFLICT', {
    zh: `执法证 ${row.number} 已被他人修改（您看到的是第 ${expected} 版，当前为第 ${row.version} 版），请刷新后重试。`,
    en: `Certificate ${row.number} has changed since you loaded it (you saw version ${expected}, it is now ${row.version}); reload and try again.`,
  }, { details: { currentVersion: row.version } });
}

/** Writes the change if the row is still at the version the person saw, with its audit event, in the caller's transaction. */
async function applyChange(
  tx: Tx,
  context: CertificateContext,
  row: CertificateRow,
  expectedVersion: number,
  change: { status: CertificateStatus; suspendedUntil: string | null; statusReason: string | null },
  audit: { action: string; data: Record<string, unknown> },
): Promise<CertificateView> {
  if (row.version !== expectedVersion) throw staleVersion(row, expectedVersion);
  const updated = await tx.officerCertificate.updateMany({
    where: { id: row.id, version: row.version },
    data: { status: change.status, suspendedUntil: change.suspendedUntil ? dateColumn(change.suspendedUntil) : null, statusReason: change.statusReason, version: row.version + 1 },
  });
  if (updated.count !== 1) {
    const current = await tx.officerCertificate.findFirst({ where: { id: row.id }, select: { version: true } });
    throw staleVersion({ number: row.number, version: current?.version ?? row.version + 1 }, expectedVersion);
  }
  await appendAuditEvent(tx as unknown as Prisma.TransactionClient, row.tenantId, {
    actorId: context.actor.id, action: audit.action, entity: 'OfficerCertificate', entityId: row.id,
    data: { number: row.number, holderId: row.userId, from: row.status, to: change.status, version: row.version + 1, ...audit.data },
  });
  const stored = await tx.officerCertificate.findFirst({ where: { id: row.id }, include: HOLDER });
  return viewOf(stored!, beijingDate(context.now()));
}

function reasonRequired(reason: string | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') {
    throw new AppError('BAD_INPUT', { zh: '请填写理由：暂扣、注销执法证须载明事实和依据。', en: 'Give a reason: suspending or revoking a certificate must state the facts and the basis.' }, { details: { field: 'reason' } });
  }
  return trimmed;
}

/**
 * Suspends a certificate until a day (inclusive). For misuse the period defaults to the staffing rule's
 * `certificateSuspensionMonths` (3 months in seed 003), counted as the Civil Code counts months; without such a rule
 * the person names the last day.
 */
export async function suspendCertificate(context: CertificateContext, input: SuspendInput): Promise<CertificateView> {
  const reason = reasonRequired(input.reason);
  const today = beijingDate(context.now());
  return context.db.$transaction(async (tx) => {
    const row = await loadForUpdate(tx, context.ability, input.certificateId);
    if (row.status === 'REVOKED') throw alreadyRevoked(row.number);
    if (row.status === 'SUSPENDED' && certificateStandingOn(row, today) === 'SUSPENDED') {
      const until = row.suspendedUntil ? beijingDate(row.suspendedUntil) : null;
      throw new AppError('CONFLICT', {
        zh: `执法证 ${row.number} 已在暂扣中${until ? `（至 ${until}）` : ''}，不能重复暂扣；如需延长，请先恢复后重新暂扣。`,
        en: `Certificate ${row.number} is already suspended${until ? ` (until ${until})` : ''}; it cannot be suspended twice. To extend, reinstate it and suspend it again.`,
      }, { details: { suspendedUntil: until } });
    }
    let until = input.until;
    let months: number | undefined;
    let basis: unknown;
    if (until === undefined) {
      const inForce = input.ground === 'MISUSE' ? await configInForce(tx as unknown as TenantScopedClient, context.now()) : undefined;
      const found = inForce ? staffingRuleFor(inForce.config, row.user.department?.code) : undefined;
      months = found?.rule.certificateSuspensionMonths;
      if (months === undefined) {
        throw new AppError('BAD_INPUT', {
          zh: input.ground === 'MISUSE'
            ? '本单位的人员配备规则未规定暂扣期限，请填写暂扣截止日期（until）。'
            : '请填写暂扣截止日期（until）；只有“滥用执法证”且人员配备规则规定了期限时才可省略。',
          en: input.ground === 'MISUSE'
            ? "The tenant's staffing rule sets no suspension period; give the last day of the suspension (until)."
            : 'Give the last day of the suspension (until); it may be left out only for misuse where the staffing rule sets a period.',
        }, { details: { field: 'until' } });
      }
      until = addCalendarMonths(today, months);
      basis = found?.basis;
    }
    if (until < today) {
      throw new AppError('BAD_INPUT', {
        zh: `暂扣截止日期 ${until} 早于今天（${today}），请填写今天或以后的日期。`,
        en: `The suspension's last day ${until} is before today (${today}); give today or a later day.`,
      }, { details: { field: 'until' } });
    }
    return applyChange(tx, context, row, input.expectedVersion, { status: 'SUSPENDED', suspendedUntil: until, statusReason: reason }, {
      action: 'certificate.suspend',
      data: { ground: input.ground, until, reason, ...(months !== undefined ? { months, basis } : {}) },
    });
  });
}

function alreadyRevoked(number: string): AppError {
  return new AppError('CONFLICT', {
    zh: `执法证 ${number} 已注销，注销不可撤回；如需重新执法，应重新申领证件。`,
    en: `Certificate ${number} is revoked, and revocation is final; the officer must apply for a new certificate.`,
  });
}

/** Revokes (注销) a certificate for good: serious misuse or a serious breach of law (seed 003 一（一）4). */
export async function revokeCertificate(context: CertificateContext, input: VersionedChange): Promise<CertificateView> {
  const reason = reasonRequired(input.reason);
  return context.db.$transaction(async (tx) => {
    const row = await loadForUpdate(tx, context.ability, input.certificateId);
    if (row.status === 'REVOKED') throw alreadyRevoked(row.number);
    return applyChange(tx, context, row, input.expectedVersion, { status: 'REVOKED', suspendedUntil: null, statusReason: reason }, {
      action: 'certificate.revoke', data: { reason },
    });
  });
}

/** Lifts a suspension once its last day has passed; a suspension still running cannot be cut short here. */
export async function reinstateCertificate(context: CertificateContext, input: VersionedChange): Promise<CertificateView> {
  const today = beijingDate(context.now());
  return context.db.$transaction(async (tx) => {
    const row = await loadForUpdate(tx, context.ability, input.certificateId);
    if (row.status === 'REVOKED') throw alreadyRevoked(row.number);
    if (row.status !== 'SUSPENDED') {
      throw new AppError('CONFLICT', { zh: `执法证 ${row.number} 未被暂扣，无需恢复。`, en: `Certificate ${row.number} is not suspended, so there is nothing to reinstate.` });
    }
    const until = row.suspendedUntil ? beijingDate(row.suspendedUntil) : null;
    if (until !== null && until >= today) {
      throw new AppError('CONFLICT', {
        zh: `执法证 ${row.number} 暂扣至 ${until}，暂扣期满前不能恢复；自 ${nextDay(until)} 起可恢复。`,
        en: `Certificate ${row.number} is suspended until ${until} and cannot be reinstated before the period ends; it can be from ${nextDay(until)}.`,
      }, { details: { suspendedUntil: until, reinstatableFrom: nextDay(until) } });
    }
    const reason = input.reason?.trim() || null;
    return applyChange(tx, context, row, input.expectedVersion, { status: 'VALID', suspendedUntil: null, statusReason: reason }, {
      action: 'certificate.reinstate', data: { suspendedUntil: until, reason },
    });
  });
}

const STANDING_TEXT: Record<Exclude<CertificateStanding, 'VALID'>, LocalText> = {
  SUSPENDED: { zh: '在暂扣期内', en: 'is suspended' },
  REVOKED: { zh: '已注销', en: 'is revoked' },
  EXPIRED: { zh: '已过有效期', en: 'has expired' },
  NOT_YET_VALID: { zh: '尚未生效', en: 'is not yet valid' },
};

/**
 * The officer's certificate with this number, if it lets them act on `day` in the case's domain and area; otherwise a
 * bilingual refusal naming the field. An officer may act only within a certificate valid on the date of the act.
 */
export async function certificateForAct(
  db: TenantScopedClient,
  input: { userId: string; number: string; day: string; domain: string | null; area: string },
) {
  const certificate = await db.officerCertificate.findFirst({ where: { userId: input.userId, number: input.number } });
  if (!certificate) {
    throw new AppError('BAD_INPUT', {
      zh: `执法证号 ${input.number} 不是您本人的执法证。请填写您自己的执法证号。`,
      en: `Certificate number ${input.number} is not one of yours. Give the number of your own certificate.`,
    }, { details: { field: 'certificateNumber' } });
  }
  const standing = certificateStandingOn(certificate, input.day);
  if (standing !== 'VALID') {
    const text = STANDING_TEXT[standing];
    throw new AppError('FORBIDDEN', {
      zh: `执法证 ${certificate.number} 在 ${input.day} ${text.zh}，不能以此证执法或记录执法活动（《行政处罚法》第四十二条）。`,
      en: `Certificate ${certificate.number} ${text.en} on ${input.day}, so it cannot be used to act or to record an act (Administrative Penalty Law art. 42).`,
    }, { details: { field: 'certificateNumber', standing } });
  }
  if (input.domain !== null && certificate.domain !== input.domain) {
    throw new AppError('FORBIDDEN', {
      zh: `执法证 ${certificate.number} 的执法领域是“${certificate.domain}”，本案属于“${input.domain}”，不能超出执法领域执法。`,
      en: `Certificate ${certificate.number} covers the domain "${certificate.domain}", and this case is in "${input.domain}"; an officer may not act outside their domain.`,
    }, { details: { field: 'certificateNumber', standing: 'OUTSIDE_DOMAIN' } });
  }
  // A provincial certificate (湖南省) covers every city of the province (湖南省邵阳市), as the engine's gate reads it.
  if (input.area !== '' && !input.area.startsWith(certificate.area)) {
    throw new AppError('FORBIDDEN', {
      zh: `执法证 ${certificate.number} 的执法区域是“${certificate.area}”，不包括“${input.area}”。`,
      en: `Certificate ${certificate.number} covers the area "${certificate.area}", which does not include "${input.area}".`,
    }, { details: { field: 'certificateNumber', standing: 'OUTSIDE_AREA' } });
  }
  return certificate;
}
