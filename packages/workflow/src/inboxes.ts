import { accessibleBy } from '@sanxiang/authz';
import type { LocalText } from '@sanxiang/errors';
import { beijingDate } from './beijing-time.ts';
import { LIFECYCLES, lifecycleFor } from './lifecycles.ts';
import type { WorkflowContext } from './transition.ts';

// What waits for a person: the reviewer's assigned reviews with their due dates, and the head's approvals, reviews to
// assign or coordinate, and cases at collective discussion. Each list reads through CASL, so it never shows more than
// the person could open one by one.

type InboxContext = Pick<WorkflowContext, 'db' | 'ability' | 'actor' | 'now'>;

const CASE_SUMMARY = { id: true, number: true, title: true, stage: true, type: true, procedure: true, version: true, parties: { select: { name: true }, orderBy: { createdAt: 'asc' as const } } } as const;

/** The reviews assigned to this reviewer, open ones first, each with its due date and whether it is overdue. */
export async function reviewInbox(context: InboxContext) {
  const today = beijingDate(context.now());
  const reviews = await context.db.legalReview.findMany({
    where: { AND: [accessibleBy(context.ability).ofType('LegalReview'), { reviewerId: context.actor.id }] },
    include: { case: { select: CASE_SUMMARY }, rounds: { orderBy: { number: 'asc' } } },
    orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
    take: 200,
  });
  const open = (status: string) => status === 'IN_REVIEW';
  return reviews
    .map((review) => {
      const due = review.extendedDueDate ?? review.dueDate;
      const dueDay = due ? beijingDate(due) : null;
      return {
        id: review.id,
        version: review.version,
        status: review.status,
        catalogueEntries: review.catalogueEntries,
        materials: review.materials as Array<{ id: string; provided: boolean; required: boolean }>,
        due: dueDay,
        overdue: open(review.status) && dueDay !== null && dueDay < today,
        round: review.rounds.at(-1)?.number ?? 0,
        rounds: review.rounds.map((round) => ({
          number: round.number, submittedAt: round.submittedAt, response: round.response, opinion: round.opinion,
          problems: Array.isArray(round.problems) ? (round.problems as string[]) : [], decidedAt: round.decidedAt,
        })),
        case: { ...review.case, parties: review.case.parties.map((party) => party.name) },
      };
    })
    .sort((a, b) => Number(open(b.status)) - Number(open(a.status)));
}

const APPROVAL_STAGES = [...new Set(LIFECYCLES.flatMap((lifecycle) => lifecycle.transitions.filter((each) => each.permission === 'approve').flatMap((each) => each.from)))];

/** What waits for the head of a department. */
export async function headInbox(context: InboxContext) {
  const approvable = accessibleBy(context.ability, 'approve').ofType('Case');
  const cases = await context.db.case.findMany({
    where: { AND: [approvable, { stage: { in: [...APPROVAL_STAGES, 'COLLECTIVE_DISCUSSION'] } }] },
    select: { ...CASE_SUMMARY, discussions: { select: { id: true, heldAt: true, conclusion: true }, orderBy: { heldAt: 'asc' } } },
    orderBy: { updatedAt: 'asc' },
    take: 200,
  });
  const approvals = cases.flatMap((row) => {
    const steps = lifecycleFor(row.type, row.procedure).transitions.filter((each) => each.permission === 'approve' && each.from.includes(row.stage));
    return steps.length === 0 ? [] : [{
      case: { ...row, parties: row.parties.map((party) => party.name) },
      steps: steps.map((each): { key: string; label: LocalText; basis: string } => ({ key: each.key, label: each.label, basis: each.basis })),
    }];
  });
  const discussions = cases.filter((row) => row.stage === 'COLLECTIVE_DISCUSSION').map((row) => ({ ...row, parties: row.parties.map((party) => party.name) }));
  const reviews = await context.db.legalReview.findMany({
    where: { AND: [accessibleBy(context.ability).ofType('LegalReview'), { status: { in: ['SUBMITTED', 'IN_COORDINATION'] }, case: { AND: [approvable] } }] },
    include: { case: { select: CASE_SUMMARY }, rounds: { orderBy: { number: 'asc' } } },
    orderBy: { createdAt: 'asc' },
    take: 200,
  });
  // The reviewers a head may assign: members of a legal-review body. Only names and ids leave the server; assigning
  // checks eligibility again (assignReviewer), so this list is a convenience, never the rule.
  // Roles are filtered after the query: `roles: { has }` reaches PGlite as a malformed enum array.
  const members = await context.db.user.findMany({
    where: { active: true, department: { is: { type: 'LEGAL_REVIEW_BODY' } } },
    select: { id: true, displayName: true, roles: true, department: { select: { name: true, parentId: true } } },
    orderBy: { username: 'asc' },
  });
  const reviewers = members.filter((member) => member.roles.includes('LEGAL_REVIEWER'));
  const me = await context.db.user.findFirst({ where: { id: context.actor.id }, select: { departmentId: true } });
  return {
    approvals,
    reviews: reviews.map((review) => ({
      id: review.id, version: review.version, status: review.status, catalogueEntries: review.catalogueEntries,
      coordination: review.coordination, lastProblems: (review.rounds.at(-1)?.problems as string[] | null) ?? [],
      case: { ...review.case, parties: review.case.parties.map((party) => party.name) },
    })),
    discussions,
    // The head's own legal-review body first: a department's reviews go to its own section (seed 001).
    reviewers: reviewers
      .map((reviewer) => ({ id: reviewer.id, displayName: reviewer.displayName, unit: reviewer.department?.name ?? '', own: reviewer.department?.parentId === me?.departmentId }))
      .sort((a, b) => Number(b.own) - Number(a.own)),
  };
}
