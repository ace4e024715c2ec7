import type { Action, Stage } from '../case-snapshot.ts';
import type { DocumentAnswer, FormAnswer } from '../evaluation.ts';
import type { EvaluationRun } from '../evaluation-run.ts';

/** The actions a stage consists of, for a question about a stage rather than one action. */
const STAGE_ACTIONS: Record<Stage, Action[]> = {
  FILING: ['FILE'],
  INVESTIGATION: ['ON_SITE_INSPECTION', 'INQUIRY', 'EVIDENCE_TAKING', 'EVIDENCE_PRESERVATION', 'SEIZURE', 'FREEZING'],
  REVIEW: ['LEGAL_REVIEW', 'COLLECTIVE_DISCUSSION'],
  DECISION: ['NOTIFY', 'HEARING', 'DECIDE'],
  DELIVERY: ['DELIVERY_IN_PERSON'],
  EXECUTION: ['EXECUTE'],
};

function unique<T>(lists: (readonly T[] | undefined)[]): T[] {
  return [...new Set(lists.flatMap((list) => list ?? []))];
}

function actionsOf(run: EvaluationRun, action: Action | undefined): Action[] {
  if (action) return [action];
  const stage = run.book.run.snapshot.stage;
  return stage ? STAGE_ACTIONS[stage] : [];
}

/** Form fields the facts make required or visible, and the documents the action (or the stage) must produce. */
export async function formsAnswer(run: EvaluationRun, action: Action | undefined): Promise<{ forms: { forms: FormAnswer[] }; documents: { documents: DocumentAnswer[] } }> {
  const actions = actionsOf(run, action);
  const fieldRules = unique(actions.map((each) => run.tenant.formFields.get(each)));
  const documentRules = unique(actions.map((each) => run.tenant.documents.get(each)));
  const [fieldRuns, documentRuns] = await Promise.all([run.evaluate(fieldRules, '7-forms'), run.evaluate(documentRules, '8-documents')]);
  const forms = new Map<string, FormAnswer>();
  for (const traced of fieldRuns) {
    if (!traced.run.fired) continue;
    const rule = traced.run.compiled.item;
    let form = forms.get(rule.form);
    if (!form) {
      const ref = run.tenant.formRefs.get(rule.form)?.value;
      form = { kind: rule.form, schema: ref?.schema ?? null, uiSchema: ref?.uiSchema ?? null, required: [], visible: [], rules: [] };
      forms.set(rule.form, form);
    }
    // A required field is necessarily shown.
    for (const field of rule.fields) {
      if (rule.effect === 'REQUIRED' && !form.required.includes(field)) form.required.push(field);
      if (!form.visible.includes(field)) form.visible.push(field);
    }
    form.rules.push(traced.trace);
  }
  const documents: DocumentAnswer[] = documentRuns.filter((traced) => traced.run.fired).map((traced) => {
    const rule = traced.run.compiled.item;
    return {
      kind: rule.document, name: rule.name, template: run.tenant.documentRefs.get(rule.document)?.value.template ?? null,
      basis: rule.basis, trace: traced.trace,
      reason: traced.trace.sentence,
    };
  });
  return { forms: { forms: [...forms.values()] }, documents: { documents } };
}
