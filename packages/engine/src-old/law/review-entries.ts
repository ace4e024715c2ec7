import type { ReviewCheck, ReviewEntry, ReviewMaterial } from '../config-kinds.ts';
import { all, apl, gbf118, is, seed } from './statutes.ts';

const MATERIALS: ReviewMaterial[] = [
  { id: 'draft-decision', name: '拟作出的执法决定文书', required: true },
  { id: 'investigation-report', name: '案件调查终结报告', required: true },
  { id: 'evidence', name: '证据材料', required: true },
  { id: 'legal-basis', name: '执法依据', required: true },
  { id: 'hearing-record', name: '听证笔录及听证报告（经听证的）', required: false },
  { id: 'discretion-statement', name: '裁量基准适用说明', required: false },
];

// The checks of seeds 000, 001 and 004 (DOMAIN.md, "Legal review checks").
const CHECKLIST: ReviewCheck[] = [
  { id: 'authority', question: { zh: '执法主体是否合法，执法人员是否具备执法资格', en: 'Does the agency have authority and are the officers qualified?' } },
  { id: 'procedure', question: { zh: '执法程序是否合法', en: 'Is the procedure lawful?' } },
  { id: 'facts', question: { zh: '案件事实是否清楚，证据是否合法充分', en: 'Are the facts clear and the evidence sufficient and lawful?' } },
  { id: 'law', question: { zh: '适用法律是否准确，裁量基准运用是否适当', en: 'Is the law applied correctly and the discretion benchmark used properly?' } },
  { id: 'powers', question: { zh: '是否超越执法机关法定权限', en: 'Is the agency within its powers?' } },
  { id: 'documents', question: { zh: '执法文书是否完备、规范', en: 'Are the documents complete and well formed?' } },
  { id: 'referral', question: { zh: '违法行为是否涉嫌犯罪需要移送司法机关', en: 'Should the case be referred to the judiciary as a suspected crime?' } },
];

const entry = (id: string, name: string, description: { zh: string; en: string }, condition: ReviewEntry['criteria'][number]['condition'], basis: ReviewEntry['basis']): ReviewEntry => ({
  id, name, category: 'ALL', criteria: [{ id: 'criterion', description, condition }], materials: MATERIALS, checklist: CHECKLIST, basis,
});

/**
 * Art. 58's situations and the State Council guidance's addition, for every tenant. A tenant whose catalogue cites
 * art. 58 itself speaks for them, and these are left out (compile.ts).
 */
export const LAW_REVIEW_ENTRIES: readonly ReviewEntry[] = [
  entry('apl-58.major-public-interest', '涉及重大公共利益的', { zh: '涉及重大公共利益', en: 'major public interest is involved' },
    is('majorPublicInterest', true), [apl('第五十八条第一款第（一）项'), gbf118('四、（二）')]),
  entry('apl-58.major-rights-after-hearing', '直接关系当事人或者第三人重大权益，经过听证程序的',
    { zh: '直接关系重大权益且经过听证', en: 'major rights are directly concerned and a hearing was held' },
    all(is('majorRightsAffected', true), is('hearingHeld', true)), [apl('第五十八条第一款第（二）项'), gbf118('四、（二）')]),
  entry('apl-58.complex-multiple-relations', '案件情况疑难复杂、涉及多个法律关系的',
    { zh: '案件疑难复杂、涉及多个法律关系', en: 'the case is complex and involves several legal relationships' },
    is('complexMultipleRelations', true), [apl('第五十八条第一款第（三）项'), gbf118('四、（二）')]),
  entry('apl-58.law-requires-review', '法律、法规规定应当进行法制审核的', { zh: '法律、法规规定应当审核', en: 'a law or regulation requires review' },
    is('lawRequiresReview', true), [apl('第五十八条第一款第（四）项')]),
  entry('gbf-118.social-impact', '可能造成重大社会影响或者引发社会风险的',
    { zh: '可能造成重大社会影响或引发社会风险', en: 'it could cause major social impact or social risk' },
    is('socialImpact', true), [gbf118('四、（二）'), seed('001')]),
];
