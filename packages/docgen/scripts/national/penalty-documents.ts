import { agencyLine, body, docNumber, each, footerLine, note, plain, sealedBy, title, when, type TemplateSpec } from '../template-blocks.ts';
import { partyBlock } from './party-block.ts';

const evidenceList = each('e', 'evidence', body('{{oneBased($idx)}}．{{$e.name}}：{{$e.description}}'));
const fineLine = (path: string, label: string) => body(`${label}：人民币{{amountInChineseCapitals(${path})}}（¥{{yuan(${path})}}）。`);
const contact = [body('联系人：{{contact.name}}　　联系电话：{{contact.phone}}'), body('联系地址：{{contact.address}}')];

/**
 * 行政处罚决定书. Art. 59: party name and address; facts and evidence; penalty type and basis; how and by when to
 * comply (art. 67: 15 days, at the bank; art. 72: 3% a day, capped at the fine); reconsideration and lawsuit routes
 * and time limits; agency and date; seal. Seeds 000/001: the three reasons (evidence, basis, discretion).
 */
export const penaltyDecision: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('行政处罚决定书'),
    docNumber('{{documentNumber}}'),
    ...partyBlock,
    body('当事人{{party.name}}{{caseCause}}一案，本机关于{{date(filedDate)}}依法立案调查，现已调查终结。'),
    body('经查，{{facts}}'),
    body('上述事实，有下列证据证明：'),
    ...evidenceList,
    body('本机关于{{date(notice.date)}}向当事人送达了《行政处罚事先告知书》（{{notice.documentNumber}}），告知当事人拟作出行政处罚的内容及事实、理由、依据，以及依法享有的陈述、申辩{{#if notice.hearingOffered}}和要求听证{{/if}}的权利。{{statementSummary}}'),
    body('本机关认为：'),
    body('**（一）关于证据的采信。**{{reasons.evidence}}'),
    body('**（二）关于法律依据的适用。**{{reasons.basis}}'),
    body('**（三）关于裁量基准的适用。**{{reasons.discretion}}'),
    body('综上，当事人的上述行为违反了{{violatedProvision}}的规定。依据{{penaltyBasis}}的规定，本机关决定对当事人作出如下行政处罚：'),
    body('处罚种类：{{list(penalty.types)}}。'),
    body('处罚内容：{{penalty.description}}'),
    ...when('present(penalty.fineAmount)',
      fineLine('penalty.fineAmount', '罚款金额'),
      body('当事人应当自收到本决定书之日起十五日内，持本决定书到{{payment.bank}}缴纳罚款（户名：{{payment.accountName}}；账号：{{payment.accountNumber}}）。到期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。')),
    ...when('present(penalty.compliance)', body('{{penalty.compliance}}')),
    body('当事人如不服本处罚决定，可以自收到本决定书之日起六十日内，依照《中华人民共和国行政复议法》的规定向{{remedies.reconsiderationBody}}申请行政复议；也可以自收到本决定书之日起六个月内，依照《中华人民共和国行政诉讼法》的规定直接向{{remedies.court}}提起行政诉讼。申请行政复议或者提起行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。'),
    body('当事人逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，本机关将依法申请人民法院强制执行。'),
    ...sealedBy('{{agency.name}}', 'decisionDate'),
    note('（本文书一式两份，一份送达当事人，一份归档。）'),
  ],
  footer: [footerLine('{{documentNumber}}')],
};

/** 行政处罚事先告知书: intended penalty, facts, reasons and basis; statement and defence (art. 44, 45); hearing (art. 63, 64). */
export const penaltyNotice: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('行政处罚事先告知书'),
    docNumber('{{documentNumber}}'),
    plain('{{party.name}}：'),
    body('本机关于{{date(filedDate)}}对你（单位）{{caseCause}}一案依法立案调查。经查，{{facts}}'),
    body('上述事实，有下列证据证明：'),
    ...evidenceList,
    body('本机关认为，{{reasons}}你（单位）的上述行为违反了{{violatedProvision}}的规定。依据{{penaltyBasis}}的规定，本机关拟对你（单位）作出如下行政处罚：{{intendedPenalty.description}}'),
    body('拟处罚种类：{{list(intendedPenalty.types)}}。'),
    ...when('present(intendedPenalty.fineAmount)', fineLine('intendedPenalty.fineAmount', '拟罚款金额')),
    body('根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利。你（单位）可以自收到本告知书之日起{{statementDays}}日内，向本机关提出陈述、申辩意见；逾期未提出的，视为放弃此权利。本机关不因你（单位）陈述、申辩而给予更重的处罚。'),
    ...when('hearing.applicable',
      body('根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。你（单位）如要求听证，应当自收到本告知书之日起五日内向本机关提出；逾期未提出的，视为放弃听证权利。')),
    ...contact,
    ...sealedBy('{{agency.name}}', 'date'),
  ],
  footer: [footerLine('{{documentNumber}}')],
};

/** 行政处罚听证告知书 (art. 63, 64). */
export const hearingNotice: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('行政处罚听证告知书'),
    docNumber('{{documentNumber}}'),
    plain('{{party.name}}：'),
    body('你（单位）{{caseCause}}一案，本机关拟依据{{penaltyBasis}}的规定，对你（单位）作出如下行政处罚：{{intendedPenalty.description}}'),
    body('拟处罚种类：{{list(intendedPenalty.types)}}。'),
    ...when('present(intendedPenalty.fineAmount)', fineLine('intendedPenalty.fineAmount', '拟罚款金额')),
    body('根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。你（单位）如要求听证，应当自收到本告知书之日起五日内向本机关提出；本机关将在举行听证的七日前，通知你（单位）举行听证的时间、地点。逾期未提出的，视为放弃听证权利。'),
    body('听证由本机关指定的非本案调查人员主持；你（单位）认为主持人与本案有直接利害关系的，有权申请回避。你（单位）可以亲自参加听证，也可以委托一至二人代理。听证不向你（单位）收取费用。'),
    ...contact,
    ...sealedBy('{{agency.name}}', 'date'),
  ],
};
