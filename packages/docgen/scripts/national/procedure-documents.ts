import { agencyLine, body, docNumber, each, footerLine, grid, note, plain, title, when, type TemplateSpec } from '../template-blocks.ts';

const SIGN_HERE = '签名：　　　　　　　　　年　　月　　日';
const officerLines = each('o', 'officers', plain('执法人员：{{$o.name}}　　执法证号：{{$o.certificateNumber}}'));

/** 立案审批表 (art. 54: a case meeting the filing standard is filed promptly). */
export const caseFilingApproval: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('立案审批表'),
    docNumber('案件编号：{{caseNumber}}'),
    grid([2200, 6600], [
      ['案件来源', '{{source}}'],
      ['发现时间', '{{date(discoveredDate)}}'],
      ['案由', '{{caseCause}}'],
      ['当事人', '{{party.name}}（{{partyType(party.type)}}）\n{{partyIdLabel(party.type)}}：{{party.idNumber}}\n住所（地址）：{{party.address}}'],
      ['基本案情', '{{summary}}'],
      ['涉嫌违反的规定', '{{suspectedViolation}}'],
      ['承办人员', '{{#for o in officers}}\n{{$o.name}}（执法证号：{{$o.certificateNumber}}）\n{{/for o}}'],
      ['承办人意见', `{{handlerOpinion}}\n${SIGN_HERE}`],
      ['承办机构意见', `\n${SIGN_HERE}`],
      ['负责人审批意见', `\n${SIGN_HERE}`],
    ]),
    note('依据《中华人民共和国行政处罚法》第五十四条，符合立案标准的，行政机关应当及时立案。'),
  ],
};

/** 现场检查笔录: two certified officers show their certificates and tell the party their rights (art. 42, 55). */
export const inspectionRecord: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('现场检查笔录'),
    plain('检查时间：{{date(date)}} {{startTime}} 至 {{endTime}}'),
    plain('检查地点：{{place}}'),
    plain('被检查人：{{party.name}}　　{{partyIdLabel(party.type)}}：{{party.idNumber}}'),
    plain('住所（地址）：{{party.address}}'),
    plain('现场负责人：{{onSite.name}}　　职务：{{onSite.position}}　　联系电话：{{onSite.phone}}'),
    ...officerLines,
    plain('记录人：{{recorder}}'),
    body('执法人员向被检查人出示了执法证件，表明了身份，告知了检查的依据和事项，告知被检查人有如实提供情况、配合检查的义务，以及认为执法人员与本案有直接利害关系的，享有申请回避的权利。'),
    body('现场检查情况：{{findings}}'),
    ...when('present(avRecord)', body('本次检查全程音像记录，记录设备：{{avRecord}}。')),
    ...when('present(partyOpinion)', body('被检查人意见：{{partyOpinion}}')),
    plain(`被检查人${SIGN_HERE}`),
    plain(`执法人员${SIGN_HERE}`),
    plain(`见证人${SIGN_HERE}`),
    note('被检查人拒绝签名的，执法人员应当在笔录中注明情况。'),
  ],
  footer: [footerLine('被检查人签名：')],
};

/** 询问笔录: questions and answers, each page signed by the person questioned. */
export const inquiryRecord: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('询问笔录'),
    plain('询问时间：{{date(date)}} {{startTime}} 至 {{endTime}}'),
    plain('询问地点：{{place}}'),
    ...officerLines,
    plain('记录人：{{recorder}}'),
    plain('被询问人：{{interviewee.name}}　　性别：{{interviewee.gender}}　　公民身份号码：{{interviewee.idNumber}}'),
    plain('工作单位：{{interviewee.employer}}　　职务：{{interviewee.position}}　　联系电话：{{interviewee.phone}}'),
    plain('住址：{{interviewee.address}}'),
    body('问：我们是{{agency.name}}的执法人员，这是我们的执法证件。现就{{caseCause}}一案依法向你进行询问，请你如实回答。你有陈述和申辩的权利；认为执法人员与本案有直接利害关系的，可以申请回避。你是否听清楚了？是否申请回避？'),
    body('答：{{initialAnswer}}'),
    ...each('x', 'exchanges', body('问：{{$x.question}}'), body('答：{{$x.answer}}')),
    body('问：请你核对以上笔录，与你所说的是否一致？'),
    body('答：（由被询问人亲笔书写核对意见）'),
    plain(`被询问人${SIGN_HERE}`),
    plain(`询问人${SIGN_HERE}`),
    plain(`记录人${SIGN_HERE}`),
  ],
  footer: [footerLine('被询问人签名：')],
};

/** 送达回证 (art. 61: delivered on the spot, or within 7 days under the Civil Procedure Law). */
export const deliveryReceipt: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('送达回证'),
    grid([2600, 6200], [
      ['送达文书名称', '{{document.name}}'],
      ['送达文书文号', '{{document.number}}'],
      ['受送达人', '{{recipient}}'],
      ['送达地点', '{{address}}'],
      ['送达方式', '{{method}}'],
      ['送达时间', '{{date(deliveredDate)}} {{deliveredTime}}'],
      ['受送达人签名或盖章', `\n${SIGN_HERE}`],
      ['代收人及代收理由', '{{optional(proxy)}}'],
      ['见证人', '{{optional(witness)}}'],
      ['送达人', '{{list(deliverers)}}'],
      ['备注', '{{optional(note)}}'],
    ]),
    note('依据《中华人民共和国行政处罚法》第六十一条，行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，应当在七日内依照《中华人民共和国民事诉讼法》的有关规定送达。受送达人拒绝签收的，送达人应当记明拒收事由和日期，由送达人、见证人签名或者盖章。'),
  ],
};
