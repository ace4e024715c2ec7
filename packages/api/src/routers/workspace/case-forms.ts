import { basename, join, sep } from 'node:path';
import { AppError } from '@sanxiang/errors';
import { assertSubmission, overlayFromAnswer, readFormFiles, type FormOverlay, type JsonObject, type LoadedForm } from '@sanxiang/forms/server';
import { storedConfig } from '@sanxiang/tenancy';
import { formDataOf, loadCaseRecord, particularsOf, recordParticulars, requirementsOf, type CaseRecord, type WorkflowContext } from '@sanxiang/workflow';

// The forms of the case's current stage (configuration kind 8, forms.json): their schema files as the tenant's
// configuration version names them, the engine's overlay for this case, and what was already entered. A submission
// is validated on the server against the same schema and overlay before it is kept (@sanxiang/forms/server).

export interface ConfigRoots {
  rulesetsDir: string;
  tenantsDir: string;
}

export type FormsContext = WorkflowContext & { configRoots: ConfigRoots | null };

/** The forms each lifecycle stage is worked in (rulesets/national/forms.json and the tenant's own). */
const STAGE_FORMS: Record<string, string[]> = {
  FILING: ['filing-approval'],
  INVESTIGATION: ['on-site-record', 'inquiry-record'],
  NOTICE: ['penalty-notice', 'hearing-right-notice'],
  HEARING: ['hearing-right-notice'],
  LEGAL_REVIEW: ['legal-review-submission'],
  DECISION: ['penalty-decision'],
  DELIVERY: ['delivery-record'],
  APPROVAL: ['seizure-record'],
  ON_SITE: ['seizure-record'],
  IN_FORCE: ['seizure-record'],
  PLANNED: ['on-site-record'],
};

/**
 * A configuration file named by its provenance ("rulesets/national/forms.json", "tenant-configs/shaoyang/…"): the
 * first segment is the basename of a configuration root (packages/config writes it so), the rest lies inside it.
 */
export function configFilePath(roots: ConfigRoots, file: string): string {
  const [first, ...rest] = file.split('/');
  const root = first === basename(roots.rulesetsDir) ? roots.rulesetsDir : first === basename(roots.tenantsDir) ? roots.tenantsDir : null;
  if (!root || rest.length === 0 || rest.some((segment) => segment === '..' || segment === '')) {
    throw new AppError('CONFIG_INVALID', { zh: `表单配置文件 ${file} 不在配置目录内`, en: `the form configuration file ${file} is outside the configuration folders` });
  }
  const resolved = join(root, ...rest);
  if (!resolved.startsWith(root + sep)) throw new AppError('CONFIG_INVALID', { zh: `表单配置文件 ${file} 不在配置目录内`, en: `the form configuration file ${file} is outside the configuration folders` });
  return resolved;
}

async function formRefs(context: FormsContext, record: CaseRecord) {
  const version = record.configVersionId ? await context.db.configVersion.findFirst({ where: { id: record.configVersionId } }) : null;
  if (!version) return [];
  const config = storedConfig(version);
  const department = config.departments.find((each) => each.code === record.department.code);
  return (department ?? config).kinds.forms;
}

/** Values a form can start from, taken from the case where a field means the same thing; the officer checks them. */
async function defaultsFor(context: FormsContext, record: CaseRecord, form: LoadedForm): Promise<JsonObject> {
  const party = record.parties[0];
  const particulars = particularsOf(record.facts);
  const [item, certificates] = await Promise.all([
    record.enforcementItemId ? context.db.enforcementItem.findFirst({ where: { id: record.enforcementItemId }, select: { legalBasis: true } }) : null,
    context.db.officerCertificate.findMany({ where: { id: { in: record.officers.map((officer) => officer.certificateId).filter((id): id is string => id !== null) } }, select: { id: true, number: true } }),
  ]);
  const basis = Array.isArray(item?.legalBasis) ? (item.legalBasis as Array<{ law?: unknown; article?: unknown }>).map((entry) => `${String(entry.law ?? '')}${String(entry.article ?? '')}`).join('、') : '';
  const day = (value: Date | null) => (value ? new Date(value.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : null);
  const officers = record.officers.map((officer) => ({ name: officer.user.displayName, certificateNumber: certificates.find((each) => each.id === officer.certificateId)?.number ?? '' }));
  const known: JsonObject = {
    caseNumber: record.number,
    caseName: particulars.caseCause || record.title,
    partyKind: party?.kind ?? null,
    partyName: party?.name ?? null,
    partyAddress: party?.address ?? null,
    partyIdNumber: party?.identifier ?? null,
    legalRepresentative: particulars.legalRepresentative ?? null,
    enforcementItemCode: record.enforcementItem?.code ?? null,
    discoveredAt: day(record.discoveredAt ?? record.actDate),
    suspectedViolation: particulars.findings || particulars.violatedProvision || null,
    filingBasis: basis || null,
    findings: particulars.findings ?? null,
    facts: particulars.findings ?? null,
    legalBasis: particulars.penaltyBasis || basis || null,
    handlingUnit: null,
    handlingOfficers: officers,
    officers,
  };
  const properties = (form.schema.properties ?? {}) as Record<string, { type?: unknown; items?: { properties?: Record<string, unknown> } }>;
  return Object.fromEntries(Object.entries(known).filter(([name, value]) => {
    const field = properties[name];
    if (!field || value === null || value === '') return false;
    if (Array.isArray(value)) return field.type === 'array' && !!field.items?.properties?.name && !!field.items.properties.certificateNumber;
    return field.type === 'string';
  }));
}

interface Overlay {
  kind?: string;
  required: string[];
  visible: string[];
  reasons?: Record<string, Array<{ ruleId: string; text: { zh: string; en: string } }>>;
}

/** The engine's answer as @sanxiang/forms reads it, in plain (mutable) arrays for the wire. */
function overlayOf(answer: Parameters<typeof overlayFromAnswer>[0]): Overlay {
  const overlay: FormOverlay = overlayFromAnswer(answer);
  return {
    ...(overlay.kind === undefined ? {} : { kind: overlay.kind }),
    required: [...overlay.required],
    visible: [...overlay.visible],
    reasons: Object.fromEntries(Object.entries(overlay.reasons ?? {}).map(([field, reasons]) => [field, reasons.map((reason) => ({ ruleId: reason.ruleId, text: reason.text }))])),
  };
}

interface StageForm {
  kind: string;
  schema: JsonObject;
  uiSchema: JsonObject;
  overlay: Overlay;
  data: JsonObject;
  saved: boolean;
}

async function loadForms(context: FormsContext, record: CaseRecord, only?: string): Promise<StageForm[]> {
  const kinds = (STAGE_FORMS[record.stage] ?? []).filter((kind) => only === undefined || kind === only);
  if (kinds.length === 0 || !context.configRoots) return [];
  const refs = await formRefs(context, record);
  const requirements = await requirementsOf(context, record);
  const stored = formDataOf(record.facts);
  const roots = context.configRoots;
  const forms: StageForm[] = [];
  for (const kind of kinds) {
    const ref = refs.find((item) => item.id === kind);
    if (!ref) continue;
    const form = readFormFiles(configFilePath(roots, ref.provenance.file), ref.value);
    const saved = stored[kind] as JsonObject | undefined;
    forms.push({
      kind,
      schema: form.schema,
      uiSchema: form.uiSchema,
      overlay: overlayOf(requirements.forms.find((answer) => answer.kind === kind)),
      data: saved ?? await defaultsFor(context, record, form),
      saved: saved !== undefined,
    });
  }
  return forms;
}

/** The forms of the case's current stage, ready for `<CaseForm>`. */
export async function stageForms(context: FormsContext, caseId: string): Promise<StageForm[]> {
  return loadForms(context, await loadCaseRecord(context.db, context.ability, caseId));
}

/** Keeps a stage form after checking it against its schema with the overlay the engine gives this case now. */
export async function saveStageForm(context: FormsContext, input: { caseId: string; expectedVersion: number; kind: string; data: unknown }) {
  const record = await loadCaseRecord(context.db, context.ability, input.caseId);
  const [form] = await loadForms(context, record, input.kind);
  if (!form) {
    throw new AppError('BAD_INPUT', {
      zh: `表单“${input.kind}”不属于本案当前环节`,
      en: `the form "${input.kind}" is not one of this case's current stage`,
    }, { details: { problems: [{ pointer: '/kind', message: 'not a form of the current stage' }] } });
  }
  const data = assertSubmission(form.schema, input.data, { overlay: form.overlay, uiSchema: form.uiSchema });
  return recordParticulars(context, { caseId: record.id, expectedVersion: input.expectedVersion, form: { kind: form.kind, data } });
}

