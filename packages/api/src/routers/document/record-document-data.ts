import type { DocumentKind } from '@sanxiang/docgen';
import {
  caseCause, dayOf, findingsOf, itemBasis, L, officersOf, partyOf, remediesOf, timeOf, type Assembler, type DocumentSource, type Missing,
} from './document-source.ts';

// The records and measures: 立案审批表, 现场检查笔录, 询问笔录, 查封扣押决定书 and 查封扣押清单, from the acts the case
// recorded. The records are printed to be completed and signed on the spot, so what happened there stays blank.

function seizureAction(source: DocumentSource, missing: Missing) {
  const action = source.record.actions.find((each) => each.type === 'SEIZURE' || each.type === 'FREEZING');
  if (!action) missing.need(L('查封、扣押的实施记录（地点、物品清单）', 'the record of the seizure (place and inventory)'), 'items');
  const details = (action?.details ?? {}) as { inventory?: Array<{ name: string; quantity: number; unit?: string }> };
  return { action, items: (details.inventory ?? []).map((item) => ({ name: item.name, quantity: item.quantity, unit: item.unit ?? '' })) };
}

export const seizureDecision: Assembler<'SEIZURE_DECISION'> = (source, missing) => {
  const { action, items } = seizureAction(source, missing);
  const from = action ? dayOf(action.startedAt) : source.today;
  // 行政强制法 第二十五条: at most 30 days. The first day is not counted (民法典 第二百零一条).
  const to = new Date(Date.parse(`${from}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const basis = itemBasis(source);
  return {
    agency: { name: source.department.name },
    documentNumber: `${source.record.number}-强`,
    party: partyOf(source, missing),
    facts: findingsOf(source, missing, 'facts'),
    reasons: '为防止证据损毁、涉案财物转移或者危害继续发生，',
    basis: `${basis ? `${basis}及` : ''}《中华人民共和国行政强制法》第二十二条、第二十四条`,
    measure: '扣押',
    items,
    inventoryNumber: `${source.record.number}-清`,
    place: missing.text(action?.place, L('查封、扣押地点', 'the place of the seizure'), 'place'),
    period: { from, to, days: 30 },
    remedies: remediesOf(source),
    date: from,
  };
};

export const seizureInventory: Assembler<'SEIZURE_INVENTORY'> = (source, missing) => {
  const { action, items } = seizureAction(source, missing);
  return {
    agency: { name: source.department.name },
    documentNumber: `${source.record.number}-清`,
    decisionNumber: `${source.record.number}-强`,
    party: { name: source.record.parties[0]?.name ?? '' },
    place: missing.text(action?.place, L('查封、扣押地点', 'the place of the seizure'), 'place'),
    items: items.map((item) => ({ ...item, specification: '', condition: '', note: '' })),
    officers: officersOf(source, missing),
    witness: null,
    date: action ? dayOf(action.startedAt) : source.today,
  };
};

export const caseFilingApproval: Assembler<'CASE_FILING_APPROVAL'> = (source, missing) => ({
  agency: { name: source.department.name },
  caseNumber: source.record.number,
  source: missing.text(source.particulars.source, L('案件来源', 'where the case came from'), 'source'),
  discoveredDate: dayOf(source.record.discoveredAt ?? source.record.actDate),
  caseCause: caseCause(source),
  party: partyOf(source, missing),
  summary: missing.text(source.particulars.summary || source.particulars.findings, L('基本案情', 'the summary of the case'), 'summary'),
  suspectedViolation: missing.text(source.particulars.violatedProvision || itemBasis(source), L('涉嫌违反的规定', 'the provision suspected to be violated'), 'suspectedViolation'),
  officers: officersOf(source, missing),
  handlerOpinion: '经初步核查，当事人涉嫌违法，符合立案条件，建议立案调查。',
});

function latestAction(source: DocumentSource, type: string) {
  return source.record.actions.filter((action) => action.type === type).at(-1) ?? null;
}

export const inspectionRecord: Assembler<'INSPECTION_RECORD'> = (source, missing) => {
  const action = latestAction(source, 'ON_SITE_INSPECTION');
  if (!action) missing.need(L('现场检查的记录（时间、地点）', 'the record of the on-site inspection (time and place)'), 'date');
  const officers = officersOf(source, missing);
  const recording = action?.evidence.find((record) => record.kind === 'VIDEO' || record.kind === 'AUDIO');
  const party = partyOf(source, missing);
  return {
    agency: { name: source.department.name },
    date: action ? dayOf(action.startedAt) : source.today,
    startTime: action ? timeOf(action.startedAt) : '',
    endTime: action?.endedAt ? timeOf(action.endedAt) : '',
    place: missing.text(action?.place, L('检查地点', 'the place of inspection'), 'place'),
    party,
    onSite: { name: party.legalRepresentative ?? '', position: party.legalRepresentative ? '法定代表人' : '', phone: source.record.parties[0]?.phone ?? '' },
    officers,
    recorder: officers.at(-1)?.name ?? '',
    findings: findingsOf(source, missing, 'findings'),
    avRecord: recording ? `${recording.deviceId ?? '执法记录仪'}（${recording.fileName}）` : null,
    partyOpinion: null,
  };
};

export const inquiryRecord: Assembler<'INQUIRY_RECORD'> = (source, missing) => {
  const action = latestAction(source, 'INQUIRY');
  const officers = officersOf(source, missing);
  const party = source.record.parties[0];
  // Printed before the inquiry as the form the questions are written on; the header comes from the case.
  return {
    agency: { name: source.department.name },
    caseCause: caseCause(source),
    date: action ? dayOf(action.startedAt) : source.today,
    startTime: action ? timeOf(action.startedAt) : '',
    endTime: action?.endedAt ? timeOf(action.endedAt) : '',
    place: action?.place ?? '',
    officers,
    recorder: officers.at(-1)?.name ?? '',
    interviewee: {
      name: source.particulars.legalRepresentative || party?.name || '', gender: '', idNumber: party?.kind === 'INDIVIDUAL' ? party.identifier ?? '' : '',
      employer: party?.kind === 'ORGANISATION' ? party.name : '', position: party?.kind === 'ORGANISATION' && source.particulars.legalRepresentative ? '法定代表人' : '',
      phone: party?.phone ?? '', address: party?.address ?? '',
    },
    initialAnswer: '',
    exchanges: [],
  };
};

export type RecordKind = Extract<DocumentKind, 'SEIZURE_DECISION' | 'SEIZURE_INVENTORY' | 'CASE_FILING_APPROVAL' | 'INSPECTION_RECORD' | 'INQUIRY_RECORD'>;
