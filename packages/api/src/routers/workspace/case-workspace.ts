import { isAppError, type LocalText } from '@sanxiang/errors';
import { subject } from '@sanxiang/authz';
import {
  getCase, loadCaseRecord, particularsOf, requirementsOf, STATED_FACTS, type CaseRequirements, type WorkflowContext,
} from '@sanxiang/workflow';
import { listDocuments } from '../document/generated-documents.ts';

// Everything the case page shows, in one call: the page must load in under a second on the embedded database, and one
// round trip with a handful of queries and one engine evaluation keeps it there.

const asObject = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {});

export async function caseWorkspace(context: WorkflowContext, caseId: string) {
  const detail = await getCase(context.db, context.ability, caseId);
  const record = await loadCaseRecord(context.db, context.ability, caseId);
  let requirements: CaseRequirements | null = null;
  let requirementsError: LocalText | null = null;
  try {
    requirements = await requirementsOf(context, record);
  } catch (error) {
    // A case whose tenant has published no configuration for its date can still be read; the panel says why it is empty.
    if (!isAppError(error) || error.code === 'INTERNAL') throw error;
    requirementsError = error.text;
  }
  const [documents, evidence, discussions, people] = await Promise.all([
    listDocuments(context, record.id),
    context.db.evidenceRecord.findMany({ where: { caseId: record.id }, orderBy: { createdAt: 'asc' } }),
    context.db.collectiveDiscussion.findMany({ where: { caseId: record.id }, orderBy: { heldAt: 'asc' } }),
    context.db.user.findMany({
      where: { id: { in: [...new Set([...record.reviews.map((review) => review.reviewerId), ...record.transitions.map((step) => step.actorId)].filter((each): each is string => !!each))] } },
      select: { id: true, displayName: true },
    }),
  ]);
  const nameOf = new Map(people.map((person) => [person.id, person.displayName]));
  const facts = asObject(record.facts);
  return {
    case: {
      ...detail,
      facts: Object.fromEntries(STATED_FACTS.flatMap((fact) => (typeof facts[fact.name] === 'number' || typeof facts[fact.name] === 'boolean' ? [[fact.name, facts[fact.name] as number | boolean]] : []))),
      particulars: particularsOf(record.facts),
      filedAt: record.filedAt,
    },
    statedFacts: STATED_FACTS.map((fact) => ({ name: fact.name, type: fact.type, description: fact.description })),
    permissions: {
      update: context.ability.can('update', subject('Case', record)),
      approve: context.ability.can('approve', subject('Case', record)),
    },
    requirements,
    requirementsError,
    documents,
    actions: record.actions.map((action) => ({ id: action.id, type: action.type, stage: action.stage, startedAt: action.startedAt, endedAt: action.endedAt, place: action.place })),
    evidence: evidence.map((row) => ({
      id: row.id, actionId: row.actionId, kind: row.kind, fileName: row.fileName, mediaType: row.mediaType, size: Number(row.size), sha256: row.sha256,
      deviceId: row.deviceId, certificateNumber: row.certificateNumber, startedAt: row.startedAt, endedAt: row.endedAt, place: row.place, createdAt: row.createdAt,
      correctsId: row.correctsId,
    })),
    reviews: record.reviews.map((review) => ({
      id: review.id,
      version: review.version,
      status: review.status,
      catalogueEntries: review.catalogueEntries,
      materials: (Array.isArray(review.materials) ? review.materials : []) as Array<{ id: string; provided: boolean; required: boolean }>,
      reviewer: review.reviewerId ? (nameOf.get(review.reviewerId) ?? null) : null,
      due: review.extendedDueDate ?? review.dueDate,
      rounds: review.rounds.map((round) => ({
        number: round.number, submittedAt: round.submittedAt, response: round.response, opinion: round.opinion, decidedAt: round.decidedAt,
        problems: (Array.isArray(round.problems) ? round.problems : []) as string[],
        checklist: (Array.isArray(round.checklist) ? round.checklist : []) as Array<{ id: string; passed: boolean; note?: string }>,
      })),
    })),
    decisions: record.decisions.map((decision) => ({
      number: decision.number, decidedAt: decision.decidedAt, fineAmount: decision.fineAmount === null ? null : Number(decision.fineAmount), status: decision.status,
    })),
    discussions: discussions.map((row) => ({
      id: row.id, heldAt: row.heldAt, record: row.record, conclusion: row.conclusion,
      participants: (Array.isArray(row.participants) ? row.participants : []) as Array<{ name: string; role: string }>,
    })),
    history: record.transitions.map((step) => ({
      version: step.caseVersion, action: step.action, fromStage: step.fromStage, toStage: step.toStage, at: step.at, actor: nameOf.get(step.actorId) ?? '',
    })),
  };
}
