import { plain, when, type Block } from '../template-blocks.ts';

/** The party as art. 59 asks for it: name, kind, identifier and address, and for an organisation its representative. */
export const partyBlock: Block[] = [
  plain('当事人：{{party.name}}'),
  plain('当事人类型：{{partyType(party.type)}}'),
  plain('{{partyIdLabel(party.type)}}：{{party.idNumber}}'),
  plain('住所（地址）：{{party.address}}'),
  ...when('present(party.legalRepresentative)', plain('法定代表人（负责人）：{{party.legalRepresentative}}')),
];

