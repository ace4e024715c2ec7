/**
 * Publishing: an officer reviews the redacted preview and publishes it, or the tenant's auto-publish does it on the
 * due date. Either way the payload is redacted again at publish time from the case as it stands, checked for leaks
 * by the independent checker, withheld entirely where the law says so, and written with its search columns, its
 * display period, an audit event and a provincial push, in one transaction.
 */
import { appendAuditEvent } from '@sanxiang/audit';
import { accessibleBy, subject } from '@sanxiang/authz';
import { scopeToTenant, type Prisma, type PrismaClient } from '@sanxiang/db';
import { AppError, type LocalText } from '@sanxiang/errors';
import { addMonths, beijingDay, dayColumn } from './beijing-day.ts';
import type { PublishedDecision, Withholding } from './decision-summary.ts';
import { loadSource, summaryOf, type DisclosureSource } from './decision-source.ts';
import { auditClientOf, scopedClientOf, type DisclosureContext, type ScopedTx } from './disclosure-context.ts';
import { redactDisclosure } from './disclosure-redaction.ts';
import { readDisclosureSettings } from './disclosure-settings.ts';
import { verifyNoLeak, type LeakKind } from './leak-check.ts';
import { enqueuePush } from './push-outbox.ts';
import type { RedactionPolicy } from './redaction-policy.ts';
import { creditCodeKey, nameSearchKey, nameSearchTokens } from './search-keys.ts';

export interface DisclosurePreview {
  id: string;
  version: number;
  status: string;
  itemKey: string;
  itemName: string | null;
  dueDate: string;
  /** What the portal would show; null when the decision is withheld. */
  payload: PublishedDecision | null;
  redactedFields: string[];
  withheld: Withholding | null;
  /** Findings of the independent leak check: kinds and places only, never the values. A non-empty list blocks publishing. */
  leaks: { kind: LeakKind; source: string; field: string }[];
}

interface Redacted {
  payload: PublishedDecision | null;
  redactedFields: string[];
  withheld: Withholding | null;
  leaks: DisclosurePreview['leaks'];
}

function redact(source: DisclosureSource, policy: RedactionPolicy): Redacted {
  const summary = summaryOf(source);
  const result = redactDisclosure(summary, policy);
  if (result.withheld) return { payload: null, redactedFields: [], withheld: result.withheld, leaks: [] };
  const leaks = verifyNoLeak(summary, result.payload, { policy }).map(({ kind, source: from, field }) => ({ kind, source: from, field }));
  return { payload: result.payload, redactedFields: result.redactedFields, withheld: null, leaks };
}

/** The redacted preview of a scheduled disclosure; for one already published, what was published. */
export async function previewDisclosure(context: DisclosureContext, id: string): Promise<DisclosurePreview> {
  const source = await loadSource(context.db, { AND: [accessibleBy(context.ability).ofType('Disclosure'), { id }] });
  const base = { id: source.id, version: source.version, status: source.status, itemKey: source.itemKey, itemName: source.itemName, dueDate: beijingDay(source.dueDate) };
  if (source.status !== 'SCHEDULED') {
    return { ...base, payload: (source.payload as PublishedDecision | null) ?? null, redactedFields: source.redactedFields, withheld: null, leaks: [] };
  }
  const { redactionPolicy } = await readDisclosureSettings(context.db);
  return { ...base, ...redact(source, redactionPolicy) };
}

export interface PublishOutcome {
  id: string;
  status: 'PUBLISHED' | 'NOT_PUBLISHED';
  version: number;
  publishedAt: Date | null;
  displayUntil: string | null;
  /** Why it was not published (a minor, secrets, privacy), with its basis. */
  reason: LocalText | null;
}

/** Publishes one scheduled disclosure of the officer's department, at the version the officer previewed. */
export async function publishDisclosure(context: DisclosureContext, input: { id: string; expectedVersion: number }): Promise<PublishOutcome> {
  return context.db.$transaction(async (tx) => {
    const source = await loadSource(scopedClientOf(tx), { AND: [accessibleBy(context.ability).ofType('Disclosure'), { id: input.id }] });
    if (!context.ability.can('publish', subject('Disclosure', source))) {
      throw new AppError('FORBIDDEN', { zh: '您无权发布本部门以外的公示事项。', en: 'You may publish only your own department\'s disclosures.' });
    }
    checkVersion(source.version, input.expectedVersion);
    if (source.status !== 'SCHEDULED') throw notScheduled(source.status);
    const { redactionPolicy } = await readDisclosureSettings(scopedClientOf(tx));
    return publishSource(tx, source, redactionPolicy, { actorId: context.actor.id, now: context.now() });
  });
}

export function checkVersion(current: number, expected: number): void {
  if (current !== expected) {
    throw new AppError('CONFLICT', {
      zh: `公示事项已被他人更新（您看到的是第 ${expected} 版，当前为第 ${current} 版），请刷新后重试。`,
      en: `The disclosure changed since you loaded it (you saw version ${expected}, it is now ${current}); reload and try again.`,
    }, { details: { currentVersion: current } });
  }
}

function notScheduled(status: string): AppError {
  return new AppError('CONFLICT', {
    zh: `该公示事项的状态为 ${status}，只有待公示（SCHEDULED）的事项可以发布。`,
    en: `This disclosure is ${status}; only a scheduled one can be published.`,
  }, { details: { status } });
}

/** Writes `data` if the row is still at `version`; CONFLICT otherwise. */
export async function bumpDisclosure(tx: ScopedTx, id: string, version: number, data: Prisma.DisclosureUpdateManyMutationInput): Promise<number> {
  const updated = await scopedClientOf(tx).disclosure.updateMany({ where: { id, version }, data: { ...data, version: version + 1 } });
  if (updated.count !== 1) {
    const current = await scopedClientOf(tx).disclosure.findFirst({ where: { id }, select: { version: true } });
    checkVersion(current?.version ?? -1, version);
  }
  return version + 1;
}

async function publishSource(tx: ScopedTx, source: DisclosureSource, policy: RedactionPolicy, by: { actorId: string | null; now: Date }): Promise<PublishOutcome> {
  const redacted = redact(source, policy);
  const audit = (action: string, data: Record<string, unknown>) =>
    appendAuditEvent(auditClientOf(tx), source.tenantId, { actorId: by.actorId, action, entity: 'Disclosure', entityId: source.id, data: { ...data, auto: by.actorId === null } });
  if (redacted.withheld) {
    const { reason, basis, code } = redacted.withheld;
    const version = await bumpDisclosure(tx, source.id, source.version, { status: 'NOT_PUBLISHED', reason: `${reason.zh}（${basis}）`, payload: undefined });
    await audit('disclosure.withhold', { code, basis });
    return { id: source.id, status: 'NOT_PUBLISHED', version, publishedAt: null, displayUntil: null, reason: { zh: `${reason.zh}（${basis}）`, en: reason.en } };
  }
  if (redacted.leaks.length > 0 || !redacted.payload) {
    throw new AppError('GATE_BLOCKED', {
      zh: `公示内容仍含应当隐去的信息（${redacted.leaks.map((leak) => `${leak.field}：${leak.kind}`).join('；')}），已停止发布；请修改案件中的相应内容后重试。`,
      en: `The payload still holds what must be hidden (${redacted.leaks.map((leak) => `${leak.field}: ${leak.kind}`).join('; ')}), so nothing was published; correct the case and try again.`,
    }, { details: { leaks: redacted.leaks } });
  }
  const payload = redacted.payload;
  const publishedOn = beijingDay(by.now);
  const displayUntil = source.displayMonths ? addMonths(publishedOn, source.displayMonths) : null;
  const version = await bumpDisclosure(tx, source.id, source.version, {
    status: 'PUBLISHED',
    payload: payload as Prisma.InputJsonObject,
    redactedFields: redacted.redactedFields,
    publishedAt: by.now,
    publishedById: by.actorId,
    displayUntil: displayUntil ? dayColumn(displayUntil) : null,
    ...searchColumns(payload, source, publishedOn),
  });
  await enqueuePush(tx, {
    tenantId: source.tenantId, disclosureId: source.id, kind: 'PUBLISH', at: by.now,
    payload: {
      event: 'disclosure.published', disclosureId: source.id, item: source.itemKey, channels: source.channels,
      publishedAt: by.now.toISOString(), displayUntil, content: payload as Prisma.InputJsonObject,
    },
  });
  await audit('disclosure.publish', { redactedFields: redacted.redactedFields, displayUntil });
  return { id: source.id, status: 'PUBLISHED', version, publishedAt: by.now, displayUntil, reason: null };
}

/** The portal's search columns, from the redacted payload only: what was not published cannot be searched for. */
function searchColumns(payload: PublishedDecision, source: DisclosureSource, publishedOn: string) {
  const name = typeof payload.party.name === 'string' && payload.party.name.trim() !== '' ? payload.party.name : null;
  const key = name ? nameSearchKey(name) : null;
  const code = typeof payload.party.creditCode === 'string' ? creditCodeKey(payload.party.creditCode) : null;
  return {
    partyName: name,
    partyNameKey: key,
    partyNameTokens: key ? nameSearchTokens(key) : [],
    creditCode: code || null,
    decisionNumber: payload.decisionNumber,
    itemCode: source.case?.enforcementItem?.code ?? null,
    caseType: source.case?.type ?? null,
    decidedOn: source.decision ? dayColumn(beijingDay(source.decision.decidedAt)) : null,
    publishedOn: dayColumn(publishedOn),
  };
}

export interface AutoPublishReport {
  published: number;
  withheld: number;
  failed: { tenantId: string; disclosureId: string; code: string; message: string }[];
}

/**
 * For tenants that opted in, publishes every scheduled disclosure due today or earlier (Beijing), each in its own
 * transaction so one refusal (a leak the checker found) holds back only that disclosure. Run by the server's scheduler.
 */
export async function autoPublishDue(prisma: PrismaClient, now: Date): Promise<AutoPublishReport> {
  const report: AutoPublishReport = { published: 0, withheld: 0, failed: [] };
  const today = dayColumn(beijingDay(now));
  const tenants = await prisma.disclosureSettings.findMany({ where: { autoPublish: true }, select: { tenantId: true } });
  for (const { tenantId } of tenants) {
    const db = scopeToTenant(prisma, tenantId);
    const due = await db.disclosure.findMany({ where: { status: 'SCHEDULED', dueDate: { lte: today } }, select: { id: true }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
    for (const { id } of due) {
      try {
        const outcome = await db.$transaction(async (tx) => {
          const source = await loadSource(scopedClientOf(tx), { id, status: 'SCHEDULED' });
          const { redactionPolicy } = await readDisclosureSettings(scopedClientOf(tx));
          return publishSource(tx, source, redactionPolicy, { actorId: null, now });
        });
        if (outcome.status === 'PUBLISHED') report.published += 1;
        else report.withheld += 1;
      } catch (error) {
        const appError = error instanceof AppError ? error : null;
        report.failed.push({ tenantId, disclosureId: id, code: appError?.code ?? 'INTERNAL', message: appError ? appError.text.en : String(error) });
      }
    }
  }
  return report;
}

