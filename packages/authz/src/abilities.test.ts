import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { defineAbilityFor } from './abilities.ts';
import { accessibleBy } from './casl-prisma.ts';

const actor = (roles: Parameters<typeof defineAbilityFor>[0]['roles'], departmentId: string | null = 'dept-a') =>
  defineAbilityFor({ id: 'user-1', tenantId: 'tenant-1', departmentId, roles });

describe('abilities per role', () => {
  it("lets an officer work on their own department's cases only", () => {
    const ability = actor(['OFFICER']);
    expect(ability.can('read', subject('Case', { departmentId: 'dept-a' } as never))).toBe(true);
    expect(ability.can('update', subject('Case', { departmentId: 'dept-a' } as never))).toBe(true);
    expect(ability.can('read', subject('Case', { departmentId: 'dept-b' } as never))).toBe(false);
    expect(ability.can('approve', 'Case')).toBe(false);
    expect(accessibleBy(ability).ofType('Case')).toEqual({ OR: [{ departmentId: 'dept-a' }] });
  });

  it('lets a head approve but not edit', () => {
    const ability = actor(['DEPARTMENT_HEAD']);
    expect(ability.can('approve', subject('Case', { departmentId: 'dept-a' } as never))).toBe(true);
    expect(ability.can('update', 'Case')).toBe(false);
  });

  it('keeps department admins and vendors away from case data', () => {
    for (const role of ['DEPARTMENT_ADMIN', 'VENDOR'] as const) {
      const ability = actor([role]);
      expect(ability.can('read', 'Case')).toBe(false);
      expect(ability.can('read', 'EvidenceRecord')).toBe(false);
      expect(ability.can('update', 'Configuration')).toBe(true);
    }
    expect(actor(['VENDOR']).can('publish', 'Configuration')).toBe(false);
    expect(actor(['DEPARTMENT_ADMIN']).can('publish', 'Configuration')).toBe(true);
  });

  it('lets a reviewer see reviews assigned to them, and never review a case they work on', () => {
    const ability = actor(['LEGAL_REVIEWER'], 'review-body');
    expect(ability.can('review', subject('LegalReview', { reviewerId: 'user-1' } as never))).toBe(true);
    expect(ability.can('review', subject('LegalReview', { reviewerId: 'someone-else' } as never))).toBe(false);
    const ownCase = { reviewerId: 'user-1', case: { officers: [{ userId: 'user-1' }] } };
    expect(ability.can('review', subject('LegalReview', ownCase as never))).toBe(false);
  });

  it('lets the judicial-bureau supervisor read everything and issue opinions, but change nothing', () => {
    const ability = actor(['SUPERVISOR'], 'bureau');
    expect(ability.can('read', subject('Case', { departmentId: 'any' } as never))).toBe(true);
    expect(ability.can('create', 'SupervisionOpinion')).toBe(true);
    expect(ability.can('update', 'Case')).toBe(false);
  });

  it('gives an officer without a department no case access at all', () => {
    expect(actor(['OFFICER'], null).can('read', 'Case')).toBe(false);
  });
});
