import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { LocalText } from '@sanxiang/errors';
import type { DocumentKind } from './document-data.ts';

export interface DocumentKindEntry {
  kind: DocumentKind;
  name: LocalText;
  /** Path of the national template, relative to the docgen package. */
  templateFile: string;
  /** The rules the document's contents follow. */
  basis: string[];
}

const entry = (kind: DocumentKind, zh: string, en: string, file: string, basis: string[]): DocumentKindEntry => ({
  kind,
  name: { zh, en },
  templateFile: `templates/national/${file}.docx`,
  basis,
});

const APL = '《中华人民共和国行政处罚法》';
const ACL = '《中华人民共和国行政强制法》';

export const DOCUMENT_KINDS: readonly DocumentKindEntry[] = Object.freeze([
  entry('CASE_FILING_APPROVAL', '立案审批表', 'Case filing approval form', 'case-filing-approval', [`${APL}第五十四条`]),
  entry('INSPECTION_RECORD', '现场检查笔录', 'On-site inspection record', 'inspection-record', [`${APL}第四十二条、第四十七条、第五十五条`]),
  entry('INQUIRY_RECORD', '询问笔录', 'Inquiry record', 'inquiry-record', [`${APL}第四十二条、第五十五条`]),
  entry('PENALTY_NOTICE', '行政处罚事先告知书', 'Advance notice of administrative penalty', 'penalty-notice', [`${APL}第四十四条、第四十五条、第六十三条、第六十四条`]),
  entry('HEARING_NOTICE', '行政处罚听证告知书', 'Notice of the right to a hearing', 'hearing-notice', [`${APL}第六十三条、第六十四条`]),
  entry('REVIEW_SUBMISSION', '重大执法决定法制审核送审表', 'Legal review submission form', 'review-submission', [`${APL}第五十八条`, '国办发〔2018〕118号']),
  entry('REVIEW_OPINION', '法制审核意见书', 'Legal review opinion', 'review-opinion', [`${APL}第五十八条`, '国办发〔2018〕118号']),
  entry('PENALTY_DECISION', '行政处罚决定书', 'Administrative penalty decision', 'penalty-decision',
    [`${APL}第五十九条、第六十七条、第七十二条、第七十三条`, '《中华人民共和国行政复议法》', '《中华人民共和国行政诉讼法》']),
  entry('DELIVERY_RECEIPT', '送达回证', 'Proof of delivery', 'delivery-receipt', [`${APL}第六十一条`]),
  entry('SEIZURE_DECISION', '查封扣押决定书', 'Seizure decision', 'seizure-decision', [`${ACL}第十八条、第二十四条、第二十五条`]),
  entry('SEIZURE_INVENTORY', '查封扣押清单', 'Seizure inventory', 'seizure-inventory', [`${ACL}第十八条、第二十四条`]),
]);

export function documentKind(kind: DocumentKind): DocumentKindEntry {
  const found = DOCUMENT_KINDS.find((candidate) => candidate.kind === kind);
  if (!found) throw new RangeError(`Unknown document kind ${kind}`);
  return found;
}

/** Absolute path of a national template file. */
export function nationalTemplatePath(kind: DocumentKind): string {
  return fileURLToPath(new URL(`../${documentKind(kind).templateFile}`, import.meta.url));
}

export function loadNationalTemplate(kind: DocumentKind): Promise<Buffer> {
  return readFile(nationalTemplatePath(kind));
}
