import type { WorkingDays } from '@sanxiang/disclosure';
import { AppError } from '@sanxiang/errors';
import { beijingDate, dateColumn } from './beijing-time.ts';
import { versionInForce } from './case-engines.ts';
import type { WorkflowContext } from './transition.ts';

/**
 * The tenant's working calendar today, with its regional overlay: the one its engine counts deadlines with, so a
 * disclosure list and a case page never disagree about a due date.
 */
export async function tenantWorkingDays(context: Pick<WorkflowContext, 'db' | 'engines' | 'now'>): Promise<WorkingDays> {
  const version = await versionInForce(context.db, dateColumn(beijingDate(context.now())));
  if (!version) {
    throw new AppError('UNAVAILABLE', {
      zh: '本单位尚未发布生效的配置，无法按工作日计算期限；请先由管理员发布配置。',
      en: 'This tenant has no published configuration, so working-day deadlines cannot be counted; an admin must publish one first.',
    });
  }
  return (await context.engines.forVersion(context.db, version, undefined)).view.calendar;
}
