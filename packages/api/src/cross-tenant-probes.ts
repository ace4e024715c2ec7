// One entry per procedure of appRouter. cross-tenant.integration.test.ts enumerates the router and fails, naming the
// procedure, when a path has no entry here, so a new procedure cannot skip the tenant-isolation check.
// Adding a procedure means adding one line:
//   'thing.get': foreign((b) => ({ id: b.caseId })),        it names tenant B's record: every role of A gets NOT_FOUND
//   'thing.list': own('lists the caller's own tenant'),      it answers from A only: its answer must hold nothing of B
// An `own` probe may still name B's keys in a filter (a user id, an object key): the answer must then be A's alone.
// If the procedure names a kind of record B does not have yet, add the id to ForeignRecords and seed it in the test.

/** Tenant B's records, seeded through the domain functions; the probes name them while signed in to tenant A. */
export interface ForeignRecords {
  tenantId: string;
  departmentId: string;
  enforcementItemId: string;
  /** A general-procedure penalty taken through two review rounds to its decision. */
  caseId: string;
  transitionId: string;
  actionId: string;
  evidenceId: string;
  reviewId: string;
  roundId: string;
  decisionId: string;
  disclosureId: string;
  /** The provincial push of B's published disclosure, failed for good (a dead letter). */
  pushId: string;
  documentId: string;
  /** The enforcement object B's evidence is filed under (seed 004). */
  objectKey: string;
  officerId: string;
  reviewerId: string;
  certificateId: string;
  /** B's configuration version hash, for the leak check (sequence numbers are per tenant, so they name nothing). */
  configHash: string;
}

/** The caller's own sign-in: their tenant's code (the public portal takes it) and their credentials. */
export interface OwnCredentials {
  tenantCode: string;
  username: string;
  password: string;
}

type ProbeInput = (b: ForeignRecords, self: OwnCredentials) => unknown;

export type CrossTenantProbe =
  | { kind: 'foreign'; input: ProbeInput }
  | { kind: 'own'; why: string; input?: ProbeInput; endsSession?: boolean };

/** The procedure takes ids; the input names tenant B's records. */
const foreign = (input: ProbeInput): CrossTenantProbe => ({ kind: 'foreign', input });
/** The procedure answers from the caller's tenant (the session's, or the portal's code); nothing of B may show. */
const own = (why: string, options: { input?: ProbeInput; endsSession?: boolean } = {}): CrossTenantProbe => ({ kind: 'own', why, ...options });
const ownPortal = (why: string) => own(why, { input: (_b, self) => ({ tenantCode: self.tenantCode }) });

export const CROSS_TENANT_PROBES: Record<string, CrossTenantProbe> = {
  'system.health': own('reports the server, no tenant data'),
  'auth.login': own('signs in with credentials; the tenant code and password decide, never a record id', {
    input: (_b, self) => ({ tenantCode: self.tenantCode, username: self.username, password: self.password }),
  }),
  'auth.me': own('the caller\'s own session'),
  'auth.logout': own('ends the caller\'s own session', { endsSession: true }),
  // The directory is disclosed before the act (事前公开), so B's code, name and departments may appear in it.
  'tenant.directory': own('the public directory of enforcement bodies'),

  'case.list': own('lists the cases of the caller\'s tenant'),
  'case.get': foreign((b) => ({ id: b.caseId })),
  'case.transitions': foreign((b) => ({ id: b.caseId })),
  'case.transition': foreign((b) => ({ id: b.caseId, transition: 'deliver', expectedVersion: 1 })),
  'case.approve': foreign((b) => ({ id: b.caseId, transition: 'decide', expectedVersion: 1 })),

  'config.effective': own('compiles the caller\'s tenant, named by the session'),
  'config.versions': own('lists the caller\'s tenant\'s versions'),
  'config.publish': own('publishes the caller\'s tenant'),
  'config.diff': own('sequence numbers are per tenant; the session names the tenant', { input: () => ({ from: 1, to: 1 }) }),
  'config.rollback': own('sequence numbers are per tenant; the session names the tenant', { input: () => ({ sequence: 1 }) }),

  'review.forCase': foreign((b) => ({ caseId: b.caseId })),
  'review.assign': foreign((b) => ({ reviewId: b.reviewId, reviewerId: b.reviewerId, expectedVersion: 1 })),
  'review.opinion': foreign((b) => ({ reviewId: b.reviewId, expectedVersion: 1, opinion: 'AGREE', checklist: [] })),
  'review.resubmit': foreign((b) => ({ reviewId: b.reviewId, expectedVersion: 1, response: '已补正' })),
  'review.coordinate': foreign((b) => ({ reviewId: b.reviewId, expectedVersion: 1, by: 'HEAD', outcome: 'PROCEED', note: '负责人决定' })),
  'review.overdue': own('lists the overdue reviews the caller may read in their tenant'),

  'evidence.forCase': foreign((b) => ({ caseId: b.caseId })),
  'evidence.byObject': own('filters the caller\'s tenant by object key', { input: (b) => ({ objectKey: b.objectKey }) }),

  'document.kinds': own('the national list of document kinds'),
  'document.generate': foreign((b) => ({ caseId: b.caseId, kind: 'PENALTY_DECISION' })),
  'document.list': foreign((b) => ({ caseId: b.caseId })),
  'document.download': foreign((b) => ({ id: b.documentId })),
  'document.templates': own('the caller\'s tenant\'s templates'),
  'document.uploadTemplate': own('uploads into the caller\'s tenant', { input: () => ({ kind: 'PENALTY_DECISION', fileName: 'x.docx', contentBase64: 'UEsDBA==' }) }),

  'officer.list': own('filters the caller\'s tenant\'s certificates by holder', { input: (b) => ({ userId: b.officerId }) }),
  'officer.suspend': foreign((b) => ({ certificateId: b.certificateId, expectedVersion: 1, reason: '出借执法证件', ground: 'MISUSE' })),
  'officer.revoke': foreign((b) => ({ certificateId: b.certificateId, expectedVersion: 1, reason: '调离执法岗位' })),
  'officer.reinstate': foreign((b) => ({ certificateId: b.certificateId, expectedVersion: 1 })),
  'officer.reviewerRatio': own('counts the caller\'s tenant\'s staff'),

  'disclosure.list': own('filters the caller\'s tenant\'s disclosures by case', { input: (b) => ({ caseId: b.caseId }) }),
  'disclosure.preview': foreign((b) => ({ id: b.disclosureId })),
  'disclosure.publish': foreign((b) => ({ id: b.disclosureId, expectedVersion: 1 })),
  'disclosure.withdraw': foreign((b) => ({ id: b.disclosureId, expectedVersion: 1, reason: '复议撤销', basis: '行政复议决定书', changedOn: '2025-10-01' })),
  'disclosure.due': own('filters the caller\'s tenant\'s deadlines by department', { input: (b) => ({ departmentId: b.departmentId }) }),
  'disclosure.settings': own('the caller\'s tenant\'s settings'),
  'disclosure.deadLetters': own('the caller\'s tenant\'s failed pushes'),
  'disclosure.resendPush': foreign((b) => ({ id: b.pushId, expectedVersion: 1 })),
  'disclosure.updateSettings': own('changes the caller\'s tenant\'s settings', { input: () => ({ expectedVersion: 0 }) }),

  // The portal is public and names its tenant by code: A's portal must not show B's published decisions.
  'portal.search': ownPortal('searches the named tenant\'s published decisions'),
  'portal.detail': foreign((b, self) => ({ tenantCode: self.tenantCode, id: b.disclosureId })),
  'portal.feed': ownPortal('the named tenant\'s feed'),
  'portal.atom': ownPortal('the named tenant\'s feed'),
  'portal.beforeTheAct': ownPortal('the named tenant\'s before-the-act disclosure'),
  'portal.annualReports': ownPortal('the named tenant\'s annual reports'),

  'report.annual': own('the caller\'s tenant\'s statistics', { input: () => ({ year: 2025 }) }),
  'report.publish': own('publishes the caller\'s tenant\'s report', { input: () => ({ year: 2025 }) }),
  'report.status': own('the caller\'s tenant\'s publication states'),
  'report.portalFile': own('the named tenant\'s published report', { input: (_b, self) => ({ tenantCode: self.tenantCode, year: 2025, format: 'xlsx' }) }),

  'workspace.catalogue': own('searches the caller\'s tenant\'s catalogue', { input: () => ({ query: '食品' }) }),
  'workspace.openingOptions': own('the caller\'s own department and colleagues'),
  'workspace.openCase': foreign((b) => ({ enforcementItemId: b.enforcementItemId, title: '跨租户立案', procedure: 'GENERAL', party: { kind: 'INDIVIDUAL', name: '张三' }, coOfficerId: b.officerId })),
  'workspace.case': foreign((b) => ({ id: b.caseId })),
  'workspace.saveParticulars': foreign((b) => ({ caseId: b.caseId, expectedVersion: 1 })),
  'workspace.checkStep': foreign((b) => ({ caseId: b.caseId, transition: 'deliver' })),
  'workspace.reviewInbox': own('the caller\'s own assigned reviews'),
  'workspace.headInbox': own('what waits for the caller as head'),
  'workspace.recordDiscussion': foreign((b) => ({ caseId: b.caseId, heldAt: '2025-09-10T15:00:00+08:00', participants: [{ name: '局长', role: '主持' }, { name: '法制科长', role: '参加' }], record: '讨论记录', conclusion: '同意处罚' })),
  'workspace.forms': foreign((b) => ({ caseId: b.caseId })),
  'workspace.saveForm': foreign((b) => ({ caseId: b.caseId, expectedVersion: 1, kind: 'penalty-decision', data: {} })),
};
