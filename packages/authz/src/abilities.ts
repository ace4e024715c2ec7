import { AbilityBuilder } from '@casl/ability';
import type { Role } from '@sanxiang/db';
import { type AppAbility, createPrismaAbility } from './casl-prisma.ts';

/** What the ability needs to know about the person acting. The tenant is enforced separately, by the scoped client. */
export interface Actor {
  id: string;
  tenantId: string;
  departmentId: string | null;
  roles: readonly Role[];
}

/**
 * The permissions of each role (issue 5's table), as CASL rules over Prisma models.
 * Conditions become `where` clauses through `accessibleBy`, so lists and single reads agree.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createPrismaAbility);

  // Everyone signed in may see the directory of their own tenant.
  can('read', 'Tenant', { id: actor.tenantId });
  can('read', 'Department');
  can('read', 'EnforcementItem');
  can('read', 'User', { id: actor.id });

  for (const role of actor.roles) {
    switch (role) {
      case 'OFFICER':
        if (actor.departmentId) {
          can(['read', 'update', 'create'], 'Case', { departmentId: actor.departmentId });
          can('read', ['Party', 'CaseOfficer', 'EnforcementAction', 'EvidenceRecord', 'Decision', 'GeneratedDocument', 'Disclosure', 'LegalReview', 'ReviewRound', 'CaseTransition'], { case: { is: { departmentId: actor.departmentId } } });
          // An officer reviews the redacted preview and publishes or withdraws the department's disclosures (issue 7).
          can('publish', 'Disclosure', { case: { is: { departmentId: actor.departmentId } } });
        }
        // An officer sees their own certificates (and whether they may act), never a colleague's.
        can('read', 'OfficerCertificate', { userId: actor.id });
        break;
      case 'DEPARTMENT_HEAD':
        if (actor.departmentId) {
          can(['read', 'approve'], 'Case', { departmentId: actor.departmentId });
          can('read', ['Party', 'CaseOfficer', 'EnforcementAction', 'EvidenceRecord', 'Decision', 'GeneratedDocument', 'LegalReview', 'ReviewRound', 'CaseTransition'], { case: { is: { departmentId: actor.departmentId } } });
          can('approve', 'Approval', { case: { is: { departmentId: actor.departmentId } } });
          can(['read', 'publish'], 'Disclosure', { case: { is: { departmentId: actor.departmentId } } });
        }
        break;
      case 'LEGAL_REVIEWER':
        can('read', 'Case', { reviews: { some: { reviewerId: actor.id } } });
        can(['read', 'review'], 'LegalReview', { reviewerId: actor.id });
        // The review checks that the evidence is sufficient and lawful (art. 58), so the reviewer reads it.
        can('read', 'EvidenceRecord', { case: { is: { reviews: { some: { reviewerId: actor.id } } } } });
        // Never the reviewer's own case.
        cannot('review', 'LegalReview', { case: { is: { officers: { some: { userId: actor.id } } } } });
        break;
      case 'DEPARTMENT_ADMIN':
        can(['read', 'update', 'publish'], 'Configuration');
        can('read', 'User');
        can('read', 'OfficerCertificate');
        can('read', 'StaffingReport');
        break;
      case 'SUPERVISOR':
        can('read', 'all');
        can('supervise', 'Case');
        can('create', 'SupervisionOpinion');
        // The judicial bureau manages certificates: suspension, revocation, reinstatement (seed 003, 一、（一）4).
        can('update', 'OfficerCertificate');
        // ...and watches the pushes to the provincial platform, re-sending those that failed for good.
        can('update', 'DisclosurePush');
        break;
      case 'VENDOR':
        can(['read', 'update'], 'Configuration');
        break;
    }
  }
  return build();
}
