import { z } from 'zod';

// What the officer, reviewer and head pages read. Declared outputs: a field the server stops sending is a type error
// in the web app, not an empty cell.

export const ZLocalText = z.object({ zh: z.string(), en: z.string() });
const explained = { reason: ZLocalText, basis: z.array(z.string()) };

export const ZGateLine = z.object({ code: z.string(), message: ZLocalText, ...explained, blocks: z.array(z.string()) });

export const ZRequirements = z.object({
  evaluatedAt: z.string(),
  configVersion: z.string().nullable(),
  issues: z.array(ZLocalText),
  review: z.object({
    ...explained,
    required: z.boolean(),
    due: z.string().nullable(),
    entries: z.array(z.object({
      id: z.string(),
      name: z.string(),
      criteria: z.array(ZLocalText),
      materials: z.array(z.object({ id: z.string(), name: z.string(), required: z.boolean() })),
      checklist: z.array(z.object({ id: z.string(), question: ZLocalText, basis: z.array(z.string()) })),
      timeLimitDays: z.number().nullable(),
    })),
  }),
  hearing: z.object({ ...explained, right: z.boolean(), requestDeadline: z.string().nullable(), noticeBy: z.string().nullable() }),
  recording: z.object({
    complete: z.boolean(),
    actions: z.array(z.object({ ...explained, type: z.string(), level: z.string(), prospective: z.boolean(), satisfied: z.boolean().nullable(), missing: z.array(z.string()) })),
  }),
  disclosure: z.array(z.object({ ...explained, id: z.string(), name: z.string(), phase: z.string(), due: z.string().nullable(), excluded: z.boolean() })),
  discretion: z.object({
    ...explained,
    tier: z.object({ level: z.string(), description: ZLocalText, allowed: z.object({ min: z.number(), max: z.number() }).nullable() }).nullable(),
    fits: z.boolean().nullable(),
    justificationRequired: z.boolean(),
  }),
  gates: z.object({ failing: z.array(ZGateLine), warnings: z.array(ZGateLine), obligations: z.array(ZGateLine) }),
  steps: z.array(z.object({ key: z.string(), label: ZLocalText, to: z.string().nullable(), basis: z.string(), permitted: z.boolean(), blocked: z.array(ZGateLine) })),
});

const text = z.string();
export const ZParticulars = z.object({
  caseCause: text, source: text, summary: text, findings: text,
  evidence: z.array(z.object({ name: text, description: text })),
  violatedProvision: text, penaltyBasis: text, penaltyDescription: text, statementSummary: text, compliance: text,
  payment: z.object({ bank: text, accountName: text, accountNumber: text }),
  reconsiderationBody: text, court: text,
  contact: z.object({ name: text, phone: text, address: text }),
  legalRepresentative: text, noticeNumber: text,
}).partial();

const ZDocument = z.object({
  id: z.string(), caseId: z.string(), kind: z.string(), name: ZLocalText, templateRef: z.string(), templateVersion: z.string(), templateHash: z.string(),
  sha256: z.string(), createdAt: z.date(), createdById: z.string(),
});

const ZCaseSummary = z.object({
  id: z.string(), number: z.string(), title: z.string(), stage: z.string(), type: z.string(), procedure: z.string(), version: z.number(), parties: z.array(z.string()),
});

export const ZCaseWorkspace = z.object({
  case: z.object({
    id: z.string(), number: z.string(), title: z.string(), type: z.string(), procedure: z.string(), stage: z.string(), actDate: z.date(), version: z.number(),
    filedAt: z.date().nullable(),
    department: z.object({ code: z.string(), name: z.string() }),
    enforcementItem: z.object({ code: z.string(), name: z.string(), category: z.string(), legalBasis: z.unknown() }).nullable(),
    parties: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string(), identifier: z.string().nullable(), address: z.string().nullable() })),
    officers: z.array(z.object({ userId: z.string(), lead: z.boolean(), user: z.object({ displayName: z.string(), username: z.string() }) })),
    stages: z.array(z.object({ key: z.string(), label: ZLocalText })),
    stageIndex: z.number(),
    facts: z.record(z.string(), z.union([z.number(), z.boolean()])),
    particulars: ZParticulars,
  }),
  statedFacts: z.array(z.object({ name: z.string(), type: z.string(), description: ZLocalText })),
  permissions: z.object({ update: z.boolean(), approve: z.boolean() }),
  requirements: ZRequirements.nullable(),
  requirementsError: ZLocalText.nullable(),
  documents: z.array(ZDocument),
  actions: z.array(z.object({ id: z.string(), type: z.string(), stage: z.string(), startedAt: z.date(), endedAt: z.date().nullable(), place: z.string().nullable() })),
  evidence: z.array(z.object({
    id: z.string(), actionId: z.string().nullable(), kind: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number(), sha256: z.string(),
    deviceId: z.string().nullable(), certificateNumber: z.string().nullable(), startedAt: z.date().nullable(), endedAt: z.date().nullable(),
    place: z.string().nullable(), createdAt: z.date(), correctsId: z.string().nullable(),
  })),
  reviews: z.array(z.object({
    id: z.string(), version: z.number(), status: z.string(), catalogueEntries: z.array(z.string()),
    materials: z.array(z.object({ id: z.string(), provided: z.boolean(), required: z.boolean() })),
    reviewer: z.string().nullable(),
    due: z.date().nullable(),
    rounds: z.array(z.object({
      number: z.number(), submittedAt: z.date(), response: z.string().nullable(), opinion: z.string().nullable(), decidedAt: z.date().nullable(),
      problems: z.array(z.string()), checklist: z.array(z.object({ id: z.string(), passed: z.boolean(), note: z.string().optional() })),
    })),
  })),
  decisions: z.array(z.object({ number: z.string(), decidedAt: z.date(), fineAmount: z.number().nullable(), status: z.string() })),
  discussions: z.array(z.object({ id: z.string(), heldAt: z.date(), record: z.string(), conclusion: z.string(), participants: z.array(z.object({ name: z.string(), role: z.string() })) })),
  history: z.array(z.object({ version: z.number(), action: z.string(), fromStage: z.string(), toStage: z.string(), at: z.date(), actor: z.string() })),
});

export const ZReviewInbox = z.array(z.object({
  id: z.string(), version: z.number(), status: z.string(), catalogueEntries: z.array(z.string()),
  materials: z.array(z.object({ id: z.string(), provided: z.boolean(), required: z.boolean() })),
  due: z.string().nullable(), overdue: z.boolean(), round: z.number(),
  rounds: z.array(z.object({ number: z.number(), submittedAt: z.date(), response: z.string().nullable(), opinion: z.string().nullable(), problems: z.array(z.string()), decidedAt: z.date().nullable() })),
  case: ZCaseSummary,
}));

export const ZHeadInbox = z.object({
  approvals: z.array(z.object({ case: ZCaseSummary, steps: z.array(z.object({ key: z.string(), label: ZLocalText, basis: z.string() })) })),
  reviews: z.array(z.object({
    id: z.string(), version: z.number(), status: z.string(), catalogueEntries: z.array(z.string()), coordination: z.unknown(), lastProblems: z.array(z.string()), case: ZCaseSummary,
  })),
  discussions: z.array(ZCaseSummary.extend({ discussions: z.array(z.object({ id: z.string(), heldAt: z.date(), conclusion: z.string() })) })),
  reviewers: z.array(z.object({ id: z.string(), displayName: z.string(), unit: z.string(), own: z.boolean() })),
});

export const ZCatalogueItem = z.object({ id: z.string(), code: z.string(), name: z.string(), category: z.string(), legalBasis: z.unknown() });
