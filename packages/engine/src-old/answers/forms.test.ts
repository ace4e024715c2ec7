import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../case-snapshot.ts';
import { evaluate } from '../evaluate.ts';
import type { Evaluation } from '../evaluation.ts';
import { decisionCase, seizureCase, withCase } from '../fixtures/case-factory.ts';
import { testTenant } from '../fixtures/test-tenant.ts';

const tenant = testTenant();
const run = (snapshot: CaseSnapshot, action?: string): Promise<Evaluation> => evaluate({ config: tenant, case: snapshot, ...(action ? { action } : {}) });
const form = (evaluation: Evaluation, kind: string) => evaluation.forms.forms.find((each) => each.kind === kind);

describe('forms and documents', () => {
  it('a seizure makes the inventory and the audio-video reference required, and a witness when the party is absent', async () => {
    const present = await run(withCase(seizureCase(), { actions: [{ type: 'SEIZURE', startedAt: '2025-03-20T10:00', partyPresent: true, headApproved: true }] }), 'SEIZURE');
    expect(form(present, 'seizure-record')?.required).toEqual(['inventory', 'avRecordId', 'partySignature']);
    const absent = await run(withCase(seizureCase(), { actions: [{ type: 'SEIZURE', startedAt: '2025-03-20T10:00', partyPresent: false, headApproved: true }] }), 'SEIZURE');
    expect(form(absent, 'seizure-record')?.required).toEqual(['inventory', 'avRecordId', 'partySignature', 'witness', 'witnessSignature']);
    expect(present.documents.documents.map((document) => document.kind)).toEqual(['on-site-record', 'seizure-decision', 'seizure-inventory']);
  });

  it('a hearing right shows the hearing fields of the notice, and adds the hearing-right notice', async () => {
    const notify = await run(decisionCase(), 'NOTIFY');
    expect(form(notify, 'penalty-notice')).toMatchObject({ required: ['hearingRight', 'hearingRequestDeadline'], visible: ['hearingRight', 'hearingRequestDeadline'] });
    expect(notify.documents.documents.map((document) => document.kind)).toEqual(['penalty-notice', 'hearing-right-notice']);
    const small = await run(withCase(decisionCase(), { facts: { intendedFine: 5000 } }), 'NOTIFY');
    expect(form(small, 'penalty-notice')).toBeUndefined();
    expect(small.documents.documents.map((document) => document.kind)).toEqual(['penalty-notice']);
  });

  it('a decision needs art. 59\'s contents and the three reasons, on the tenant\'s form and template', async () => {
    const decide = await run(decisionCase(), 'DECIDE');
    const decision = form(decide, 'penalty-decision');
    expect(decision?.schema).toBe('forms/penalty-decision.schema.json');
    expect(decision?.required).toEqual(expect.arrayContaining(['partyName', 'remedies', 'reasoningEvidence', 'reasoningBasis', 'reasoningDiscretion']));
    expect(decision?.required).not.toContain('discretionJustification');
    expect(decide.documents.documents).toEqual([expect.objectContaining({ kind: 'penalty-decision', template: 'templates/penalty-decision.docx', name: { zh: '行政处罚决定书', en: 'Penalty decision' } })]);
    const outside = await run(withCase(decisionCase(), { facts: { intendedFine: 30000, goodsValue: 3200 } }), 'DECIDE');
    expect(form(outside, 'penalty-decision')?.required).toContain('discretionJustification');
  });

  it('without an action, lists what the case\'s stage produces', async () => {
    const evaluation = await run(decisionCase());
    expect(evaluation.documents.documents.map((document) => document.kind)).toEqual(['penalty-notice', 'hearing-right-notice', 'hearing-notice', 'hearing-record', 'penalty-decision']);
  });
});
