import type { AppAbility } from '@sanxiang/authz';
import type { TenantScopedClient } from '@sanxiang/db';
import type { WorkflowContext } from '@sanxiang/workflow';
import type { Context } from '../context.ts';

/** What the workflow needs from a tenant procedure's context. */
export function workflowContext(ctx: Context & { db: TenantScopedClient; ability: AppAbility; user: NonNullable<Context['user']> }): WorkflowContext {
  return { db: ctx.db, ability: ctx.ability, actor: { id: ctx.user.id }, engines: ctx.caseEngines, now: ctx.now };
}
