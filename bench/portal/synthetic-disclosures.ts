/**
 * One million published decisions that look like a large city's (seed 002: Zhongshan's 632,000 licences and 8,949
 * penalties a year): three years of decisions, mostly licences, organisation names built from district, brand and
 * trade, personal names from common surnames and given-name characters, a few withdrawn, expired and scheduled rows.
 * Seeded, so every run has the same data; the searches draw their parameters from what was generated.
 */
import { randomBytes } from 'node:crypto';
import { nameSearchKey, nameSearchTokens } from '../../packages/disclosure/src/index.ts';
import { pick, prng } from '../prng.ts';

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
const GIVEN = Array.from('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红梅文辉力永健玉英春燕鹏飞俊峰斌宇浩凯秀珍海波林东亮成云龙霖萍琴瑶婷嘉怡晨欣悦博文轩泽宏昊德');
const DISTRICTS = ['石岐区', '东区', '西区', '南区', '五桂山', '火炬开发区', '小榄镇', '古镇镇', '横栏镇', '东升镇', '南头镇', '黄圃镇', '三角镇', '民众街道', '坦洲镇', '三乡镇', '板芙镇', '大涌镇', '沙溪镇', '港口镇'];
const BRAND = Array.from('恒达盛兴隆鑫瑞丰泰和富源昌鸿锦华美佳信诚宏伟安康福顺祥嘉宝金银玉龙凤天地海山川明德仁义礼智金利新世纪东方南北中西');
const TRADES = ['贸易', '食品', '餐饮', '五金', '电器', '灯饰', '服装', '家具', '建材', '药店', '超市', '物流', '科技', '印刷', '装饰', '汽车维修', '美容', '酒店', '粮油', '水产'];
const SUFFIXES = ['有限公司', '有限公司', '有限公司', '商行', '经营部', '店', '厂'];
const AGENCIES = ['市场监督管理局', '生态环境局', '城市管理和综合执法局', '交通运输局', '卫生健康局', '应急管理局', '文化广电旅游体育局', '自然资源局'];
const TYPES = [['LICENCE', 0.68], ['PENALTY', 0.2], ['INSPECTION', 0.06], ['COERCION', 0.03], ['CONFIRMATION', 0.02], ['OTHER', 0.01]] as const;
const ITEM_NAMES: Record<string, string> = { LICENCE: '行政许可决定信息', PENALTY: '行政处罚决定信息' };
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Decisions from 2023-01-01 for three years; the portal is read on 2026-01-15 (Beijing). */
export const START = Date.UTC(2023, 0, 1);
export const DAYS = 3 * 365;
export const BENCH_NOW = new Date('2026-01-15T10:00:00+08:00');

export interface DisclosureRow {
  id: string;
  tenantId: string;
  itemKey: string;
  itemName: string;
  status: 'PUBLISHED' | 'WITHDRAWN' | 'EXPIRED' | 'SCHEDULED';
  dueDate: string;
  displayMonths: number | null;
  displayUntil: string | null;
  payload: string | null;
  publishedAt: string | null;
  withdrawnAt: string | null;
  reason: string | null;
  withdrawalBasis: string | null;
  partyName: string | null;
  partyNameKey: string | null;
  /** Joined with U+001F; split in SQL. */
  partyNameTokens: string;
  creditCode: string | null;
  decisionNumber: string | null;
  itemCode: string;
  caseType: string;
  decidedOn: string;
  publishedOn: string | null;
}

/** What the searches pick their parameters from. */
export interface Samples {
  brands: string[];
  people: string[];
  trades: string[];
  creditCodes: string[];
  decisionNumbers: string[];
  itemCodes: string[];
}

const day = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);

/** A UUID v7 (time-ordered, as the schema's default) for the given instant. */
function uuid7(ms: number): string {
  const hex = ms.toString(16).padStart(12, '0') + randomBytes(10).toString('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function caseType(random: () => number): string {
  let roll = random();
  for (const [type, share] of TYPES) {
    if (roll < share) return type;
    roll -= share;
  }
  return 'OTHER';
}

/** A generator of rows for one tenant; `sample` collects search parameters from about one row in `every`. */
export function rowsFor(tenantId: string, city: string, seed: number, samples: Samples, every = 2000) {
  const random = prng(seed);
  let serial = 0;
  return function next(): DisclosureRow {
    serial += 1;
    const type = caseType(random);
    // Zipf-like use of 500 items: a few items carry most decisions.
    const itemRank = Math.min(499, Math.floor(Math.pow(random(), 2.2) * 500));
    const itemCode = `${type === 'LICENCE' ? 'XK' : type === 'PENALTY' ? 'CF' : 'QT'}-${String(itemRank).padStart(3, '0')}`;
    const decided = Math.floor(random() * DAYS);
    const organisation = random() < 0.7;
    const brand = pick(random, BRAND) + pick(random, BRAND);
    const trade = pick(random, TRADES);
    const person = pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.7 ? pick(random, GIVEN) : '');
    const name = organisation ? `${city}${pick(random, DISTRICTS)}${brand}${trade}${pick(random, SUFFIXES)}` : person;
    const creditCode = organisation ? `9144${String(2000 + (seed % 100)).slice(-2)}00${Array.from({ length: 10 }, () => pick(random, Array.from(CODE_CHARS))).join('')}` : null;
    const agency = `${city}${pick(random, AGENCIES)}`;
    const year = new Date(START + decided * 86_400_000).getUTCFullYear();
    const decisionNumber = `${city.slice(0, 2)}${type === 'LICENCE' ? '许' : '罚'}〔${year}〕${seed}-${serial}号`;
    const publishedDay = decided + 1 + Math.floor(random() * 7);
    const publishedAt = new Date(START + publishedDay * 86_400_000 + 2 * 3_600_000).toISOString();
    const roll = random();
    const status = roll < 0.01 ? 'WITHDRAWN' : roll < 0.02 ? 'EXPIRED' : roll < 0.03 ? 'SCHEDULED' : 'PUBLISHED';
    const months = random() < 0.5 ? null : random() < 0.3 ? 3 : 36;
    const displayUntil = months === null ? null : new Date(Date.UTC(2023, 0, 1 + publishedDay) + months * 30.44 * 86_400_000).toISOString().slice(0, 10);
    const listed = status === 'PUBLISHED' || status === 'EXPIRED';
    const key = listed ? nameSearchKey(name) : null;
    if (serial % every === 0) {
      if (organisation) {
        samples.brands.push(brand);
        samples.creditCodes.push(creditCode!);
      } else samples.people.push(person);
      samples.decisionNumbers.push(decisionNumber);
      samples.itemCodes.push(itemCode);
      if (samples.trades.length < TRADES.length) samples.trades.push(TRADES[samples.trades.length]!);
    }
    return {
      id: uuid7(Date.parse(publishedAt)),
      tenantId, itemKey: `after.${type.toLowerCase()}-decision`, itemName: ITEM_NAMES[type] ?? '其他行政执法决定信息',
      status, dueDate: day(decided + 9), displayMonths: months, displayUntil,
      payload: status === 'SCHEDULED' ? null : JSON.stringify({
        decisionNumber, agency, decidedAt: day(decided), category: type,
        party: organisation ? { kind: 'ORGANISATION', name, creditCode } : { kind: 'INDIVIDUAL', name: person, idNumber: '******************' },
        penalty: type === 'PENALTY' ? `罚款 ${(1 + Math.floor(random() * 200)) * 500} 元` : '准予许可',
      }),
      publishedAt: status === 'SCHEDULED' ? null : publishedAt,
      withdrawnAt: status === 'WITHDRAWN' ? new Date(Date.parse(publishedAt) + 20 * 86_400_000).toISOString() : null,
      reason: status === 'WITHDRAWN' ? '原决定被复议机关撤销' : null,
      withdrawalBasis: status === 'WITHDRAWN' ? '行政复议决定书' : null,
      partyName: listed ? name : null,
      partyNameKey: key,
      partyNameTokens: key ? nameSearchTokens(key).join('\u001f') : '',
      creditCode: listed ? creditCode : null,
      decisionNumber: status === 'SCHEDULED' ? null : decisionNumber,
      itemCode, caseType: type, decidedOn: day(decided),
      publishedOn: status === 'SCHEDULED' ? null : publishedAt.slice(0, 10),
    };
  };
}

