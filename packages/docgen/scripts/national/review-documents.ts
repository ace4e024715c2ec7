import { agencyLine, body, docNumber, each, grid, note, plain, sealedBy, title, when, type TemplateSpec } from '../template-blocks.ts';

const SIGN_HERE = '签名：　　　　　　　　　年　　月　　日';

/** 重大执法决定法制审核送审表: what the handling unit sends to legal review before a major decision (art. 58). */
export const reviewSubmission: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('重大执法决定法制审核送审表'),
    docNumber('案件编号：{{caseNumber}}'),
    grid([2200, 6600], [
      ['案件名称', '{{caseName}}'],
      ['当事人', '{{party.name}}（{{partyType(party.type)}}）\n{{partyIdLabel(party.type)}}：{{party.idNumber}}'],
      ['承办机构', '{{handlingUnit}}'],
      ['承办人员', '{{#for o in officers}}\n{{$o.name}}（执法证号：{{$o.certificateNumber}}）\n{{/for o}}'],
      ['案情摘要', '{{caseSummary}}'],
      ['拟作出的决定', '{{proposedDecision}}'],
      ['法律依据', '{{legalBasis}}'],
      ['法制审核事由', '{{list(reviewTriggers, "；")}}'],
      ['送审材料', '{{#for m in materials}}\n{{oneBased($idx)}}．{{$m}}\n{{/for m}}'],
      ['承办机构意见', `{{handlingUnitOpinion}}\n负责人${SIGN_HERE}`],
      ['送审日期', '{{date(submittedDate)}}'],
    ]),
    note('依据《中华人民共和国行政处罚法》第五十八条，未经法制审核或者审核未通过的，不得作出决定。'),
  ],
};

/** 法制审核意见书: the review body's written opinion, agree or problems found, with the items it checked. */
export const reviewOpinion: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('法制审核意见书'),
    docNumber('{{documentNumber}}'),
    plain('{{handlingUnit}}：'),
    body('你单位于{{date(submittedDate)}}报送的{{party.name}}{{caseName}}（案件编号：{{caseNumber}}）法制审核材料收悉。本机构依据重大执法决定法制审核制度，对执法主体、执法人员资格、执法程序、事实证据、法律适用、裁量基准运用、执法文书等进行了审核，意见如下：'),
    ...each('c', 'checks', body('{{oneBased($idx)}}．{{$c.item}}：{{$c.finding}}')),
    body('**审核结论：**{{conclusion}}'),
    ...when('present(problems)',
      body('存在的问题及修改建议：'),
      ...each('q', 'problems', body('{{oneBased($idx)}}．{{$q}}'))),
    body('审核人员：{{list(reviewers)}}'),
    ...sealedBy('{{reviewUnit}}', 'date'),
  ],
};
