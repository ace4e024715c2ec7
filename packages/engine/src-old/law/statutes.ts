import type { BasisEntry, Condition } from '../config-kinds.ts';
import type { Provenance } from '../engine-config.ts';

/** Bumped whenever the engine's own law table changes, so a trace names the table it used. */
export const LAW_TABLE_VERSION = 'engine-law-2026.1';

export const APL = '《中华人民共和国行政处罚法》';
export const ACL = '《中华人民共和国行政强制法》';
export const ALL = '《中华人民共和国行政许可法》';
export const GBF_118 = '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）';

export const apl = (article: string, note?: string): BasisEntry => ({ law: APL, article, ...(note ? { note } : {}) });
export const acl = (article: string): BasisEntry => ({ law: ACL, article });
export const alw = (article: string): BasisEntry => ({ law: ALL, article });
export const gbf118 = (section?: string): BasisEntry => ({ document: GBF_118, ...(section ? { section } : {}) });
export const seed = (number: string): BasisEntry => ({ seed: number });

export function engineProvenance(file: string, id: string): Provenance {
  return { layer: 'engine', file: `packages/engine/src/law/${file}`, pointer: `/${id}`, version: LAW_TABLE_VERSION };
}

export const is = (fact: string, value: unknown): Condition => ({ fact, operator: 'equal', value });
export const isNot = (fact: string, value: unknown): Condition => ({ fact, operator: 'notEqual', value });
export const compare = (fact: string, operator: string, value: unknown): Condition => ({ fact, operator, value });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });

/** Actions performed on site, where art. 42 and art. 55 require two officers showing their certificates. */
export const ON_SITE_ACTIONS = [
  'ON_SITE_INSPECTION', 'RANDOM_INSPECTION', 'INQUIRY', 'EVIDENCE_TAKING', 'EVIDENCE_PRESERVATION', 'SEIZURE', 'FREEZING',
  'HEARING', 'FORCED_EXECUTION', 'FORCED_DEMOLITION', 'SIMPLE_PROCEDURE_DECISION', 'DELIVERY_BY_LEAVING',
];
