import { agencyLine, body, docNumber, each, grid, note, plain, sealedBy, title, when, type TemplateSpec } from '../template-blocks.ts';
import { partyBlock } from './party-block.ts';

/**
 * 查封扣押决定书. Administrative Coercion Law art. 24: party name and address; reasons, basis and period; the places,
 * facilities or property and their quantities; reconsideration and lawsuit routes and limits; agency, seal and date.
 * Art. 25: at most 30 days, extendable once by 30 with the head's approval.
 */
export const seizureDecision: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('查封扣押决定书'),
    docNumber('{{documentNumber}}'),
    ...partyBlock,
    body('经查，{{facts}}'),
    body('本机关认为，{{reasons}}依据{{basis}}的规定，本机关决定对你（单位）的下列场所、设施或者财物予以{{measure}}：'),
    ...each('i', 'items', body('{{oneBased($idx)}}．{{$i.name}}，{{$i.quantity}}{{$i.unit}}')),
    body('具体名称、规格、数量和状况详见《查封扣押清单》（{{inventoryNumber}}）。'),
    body('{{measure}}地点：{{place}}。{{measure}}期限为{{period.days}}日，自{{date(period.from)}}起至{{date(period.to)}}止。情况复杂的，经本机关负责人批准，可以延长，但延长期限不得超过三十日。'),
    body('{{measure}}期间，你（单位）不得擅自启封、转移、隐匿、损毁或者使用被{{measure}}的场所、设施或者财物。'),
    body('你（单位）如不服本决定，可以自收到本决定书之日起六十日内，依照《中华人民共和国行政复议法》的规定向{{remedies.reconsiderationBody}}申请行政复议；也可以自收到本决定书之日起六个月内，依照《中华人民共和国行政诉讼法》的规定向{{remedies.court}}提起行政诉讼。'),
    ...sealedBy('{{agency.name}}', 'date'),
  ],
};

/** 查封扣押清单: one table row per item, repeated by a FOR over table rows. */
export const seizureInventory: TemplateSpec = {
  body: [
    agencyLine('{{agency.name}}'),
    title('查封扣押清单'),
    docNumber('{{documentNumber}}'),
    plain('当事人：{{party.name}}'),
    plain('对应决定书文号：{{decisionNumber}}'),
    plain('查封扣押地点：{{place}}'),
    grid([700, 1700, 1400, 900, 700, 2300, 1100], [
      ['序号', '名称', '规格型号', '数量', '单位', '状况', '备注'],
      [{ text: '{{#for item in items}}', span: 7 }],
      ['{{oneBased($idx)}}', '{{$item.name}}', '{{$item.specification}}', '{{$item.quantity}}', '{{$item.unit}}', '{{$item.condition}}', '{{$item.note}}'],
      [{ text: '{{/for item}}', span: 7 }],
    ]),
    plain('以上物品经双方核对无误。'),
    plain('当事人（签名或盖章）：　　　　　　　　　年　　月　　日'),
    ...each('o', 'officers', plain('执法人员：{{$o.name}}（执法证号：{{$o.certificateNumber}}）　签名：')),
    ...when('present(witness)', plain('见证人：{{witness}}　签名：')),
    ...sealedBy('{{agency.name}}', 'date'),
    note('本清单一式两份，一份交当事人，一份附卷。'),
  ],
};
