import type { LenientList, Threshold } from '../config-kinds.ts';
import { all, apl, compare, is } from './statutes.ts';

/** Art. 51: up to 200 yuan for a citizen, 3,000 for an organisation (以下: the amount itself counts). */
export const LAW_THRESHOLDS: readonly Threshold[] = [
  {
    id: 'apl-51.simple-procedure', kind: 'SIMPLE_PROCEDURE_LIMIT',
    individual: { amount: 200, inclusive: true }, organisation: { amount: 3000, inclusive: true }, basis: [apl('第五十一条')],
  },
];

/** The lenient rules the Administrative Penalty Law itself fixes (art. 30, 31, 33); tenants add seed 003's lists. */
export const LAW_LENIENT_LISTS: readonly LenientList[] = [
  {
    id: 'apl-33', kind: 'NO_PENALTY', basis: [apl('第三十三条')],
    entries: [
      {
        id: 'first-violation', condition: all(is('firstViolation', true), is('harmSlight', true), is('correctedPromptly', true)),
        description: { zh: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚', en: 'first violation, slight harm, promptly corrected: may go unpunished' },
        basis: [apl('第三十三条第一款')],
      },
      {
        id: 'slight-no-harm', condition: all(is('correctedPromptly', true), is('harmCaused', false)),
        description: { zh: '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚', en: 'slight violation promptly corrected with no harm: no penalty' },
        basis: [apl('第三十三条第一款')],
      },
      {
        id: 'no-fault', condition: is('noSubjectiveFault', true),
        description: { zh: '当事人有证据足以证明没有主观过错的，不予行政处罚', en: 'evidence shows no subjective fault: no penalty' },
        basis: [apl('第三十三条第二款')],
      },
    ],
  },
  {
    id: 'apl-30-31', kind: 'NO_PENALTY', basis: [apl('第三十条'), apl('第三十一条')],
    entries: [
      {
        id: 'under-fourteen', condition: compare('partyAge', 'lessThan', 14),
        description: { zh: '不满十四周岁的未成年人有违法行为的，不予行政处罚', en: 'a minor under fourteen: no penalty' }, basis: [apl('第三十条')],
      },
      {
        id: 'mental-incapacity', condition: is('mentalIncapacity', true),
        description: { zh: '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚', en: 'unable to understand or control their conduct: no penalty' },
        basis: [apl('第三十一条')],
      },
    ],
  },
  {
    id: 'apl-30.minor', kind: 'REDUCED', basis: [apl('第三十条')],
    entries: [
      {
        id: 'fourteen-to-eighteen', condition: all(compare('partyAge', 'greaterThanInclusive', 14), compare('partyAge', 'lessThan', 18)),
        description: { zh: '已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚', en: 'a minor aged 14 to 17: a lighter or reduced penalty' },
        basis: [apl('第三十条')],
      },
    ],
  },
];
