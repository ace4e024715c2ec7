#!/usr/bin/env node
// Generates Zhongshan's synthetic bulk catalogue from legal-table.mjs: tenant.json and departments/<code>/.
//
//   node tenant-configs/zhongshan/generator/generate.mjs           write the files, print counts and sizes
//   node tenant-configs/zhongshan/generator/generate.mjs --check   exit 1 if the committed files differ
//   … --check --dir <folder>   the same against another copy of the tenant folder (the drift test checks that a
//                              changed copy fails, without touching the committed files)
//
// Nothing here is random: the output is a pure function of the table, so --check can compare byte for byte.
// How rows become items, entries and tiers is described in ../README.md.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENCIES, SOURCES, TOWN_COERCIONS, TOWN_REVIEW, TOWNS } from './legal-table.mjs';

/** The sizes seed 002 reports (三、（一）and 三、（三）); the generator fails rather than miss them. */
export const TARGETS = { penaltyEntries: 426, coercionEntries: 248, licenceEntries: 80, discretionTiers: 10523 };

const OWN_TENANT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMAS = '../../../../packages/config/schemas';
const SEED_NOTE = '种子文件 002 报告的规模：426项重大行政处罚、248项重大行政强制、80余项重大行政许可目录，裁量档次10523项';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n) => (n <= 10 ? NUMERALS[n] : `十${NUMERALS[n - 10]}`);
const pad = (n, width) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------------------
// Departments

function reviewBodyName(agency) {
  if (agency.reviewBody) return agency.reviewBody;
  return { zh: `${agency.name.zh}政策法规科`, en: `Policy and Regulations Section, ${agency.name.en.replace('Municipal ', '')}` };
}

function townAgency([code, zh, en]) {
  return {
    code: `${code}-zfb`,
    domain: 'comprehensive-enforcement',
    name: { zh: `中山市${zh}综合行政执法办公室`, en: `Comprehensive Administrative Enforcement Office of ${en}, Zhongshan` },
    town: zh,
  };
}

function tenantJson() {
  const departments = [];
  for (const agency of AGENCIES) {
    departments.push({ code: agency.code, name: agency.name, type: agency.type ?? 'ENFORCEMENT_AGENCY', domain: agency.domain });
    departments.push({ code: `${agency.code}-fgk`, name: reviewBodyName(agency), type: 'LEGAL_REVIEW_BODY', parent: agency.code });
  }
  for (const town of TOWNS.map(townAgency)) departments.push({ code: town.code, name: town.name, type: 'ENFORCEMENT_AGENCY', domain: town.domain });
  return {
    $schema: '../../packages/config/schemas/tenant.schema.json',
    code: 'zhongshan',
    name: { zh: '中山市', en: 'Zhongshan' },
    region: '广东省中山市',
    level: 'PREFECTURE',
    extends: ['national', 'guangdong'],
    calendarRegion: 'CN',
    departments,
    disclosureChannels: [
      { code: 'enforcement-platform', name: { zh: '中山市行政执法信息公示平台', en: 'Zhongshan enforcement information disclosure platform' } },
      { code: 'gov-website', name: { zh: '政府门户网站', en: 'Government portal website' } },
      { code: 'credit-zhongshan', name: { zh: '信用中山网“双公示”栏目', en: 'Credit Zhongshan "double disclosure" of licences and penalties' } },
      { code: 'online-service-hall', name: { zh: '广东省网上办事大厅中山分厅', en: 'Zhongshan branch of the Guangdong online service hall' } },
      { code: 'new-media', name: { zh: '政务微信、微博', en: 'Government WeChat and Weibo accounts' } },
      { code: 'hall-notice-board', name: { zh: '办事服务大厅公示栏和电子显示屏', en: 'Service hall notice boards and electronic displays' } },
    ],
    source: 'seed 002：广东省法制办《广东省中山市全力推进行政执法三项制度试点工作》（2018-02-06）；目录与裁量基准为合成数据，见 README',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Enforcement items: every row expands over its enumerated items (项) and its scenes.

function expand(row, scenes) {
  const parts = row.parts ?? 1;
  const list = row.scenes ? scenes[row.scenes] : [undefined];
  if (!list) throw new Error(`unknown scene list ${row.scenes}`);
  const out = [];
  for (let part = 1; part <= parts; part += 1) {
    for (const scene of list) {
      const article = parts > 1 ? `${row.art}第（${numeral(part)}）项` : row.art;
      const details = [parts > 1 ? `第（${numeral(part)}）项情形` : undefined, scene].filter(Boolean);
      out.push({ article, details });
    }
  }
  return out;
}

function buildDepartment(agency, rows) {
  const { code } = agency;
  const penalties = [];
  const coercions = [];
  const licences = [];
  rows.penalties.forEach((row, rowIndex) => {
    for (const { article, details } of expand(row, agency.scenes ?? {})) {
      penalties.push({
        code: `${code}-cf-${pad(penalties.length + 1, 4)}`,
        name: `对${row.v}的行政处罚${details.length ? `（${details.join('，')}）` : ''}`,
        category: 'PENALTY',
        department: code,
        legalBasis: [{ law: row.law, article }],
        row, rowIndex, article, group: row.source ? `source:${row.source.code}` : `row:${rowIndex}`,
      });
    }
  });
  rows.coercions.forEach((row, rowIndex) => {
    const list = row.scenes ? agency.scenes[row.scenes] : [undefined];
    for (const measure of row.measures) {
      for (const scene of list) {
        coercions.push({
          code: `${code}-qz-${pad(coercions.length + 1, 3)}`,
          name: `行政强制（${measure}）：${row.v}${scene ? `（${scene}）` : ''}`,
          category: 'COERCION',
          department: code,
          legalBasis: [{ law: row.law, article: row.art }],
          row, rowIndex, measure, group: `row:${rowIndex}:${measure}`,
        });
      }
    }
  });
  rows.licences.forEach((row, rowIndex) => {
    const steps = row.v.includes('许可') ? ['新办', '变更', '延续'] : ['新办', '变更'];
    for (const step of steps) {
      licences.push({
        code: `${code}-xk-${pad(licences.length + 1, 3)}`,
        name: `${row.v}（${step}）`,
        category: 'LICENCE',
        department: code,
        legalBasis: [{ law: row.law, article: row.art }],
        row, rowIndex,
      });
    }
  });
  return { agency, review: rows.review, hearing: agency.hearing, penalties, coercions, licences };
}

const itemJson = ({ code, name, category, department, legalBasis }) => ({ code, name, category, department, legalBasis });

// ---------------------------------------------------------------------------------------------------------------
// Discretion tiers

const LEVELS = ['SLIGHT', 'ORDINARY', 'SERIOUS', 'PARTICULARLY_SERIOUS'];
const LEVEL_IDS = { SLIGHT: 'slight', ORDINARY: 'ordinary', SERIOUS: 'serious', PARTICULARLY_SERIOUS: 'particularly-serious' };
const fact = (name, value, operator = 'equal') => ({ fact: name, operator, value });

function levelText(level, dropSlight) {
  switch (level) {
    case 'SLIGHT': return { zh: '轻微：未造成危害后果，且及时改正', en: 'Slight: no harm, corrected promptly' };
    case 'ORDINARY': return dropSlight
      ? { zh: '一般：未造成危害后果', en: 'Ordinary: no harm' }
      : { zh: '一般：未造成危害后果，未及时改正', en: 'Ordinary: no harm, not corrected promptly' };
    case 'SERIOUS': return { zh: '较重：造成危害后果', en: 'Serious: harm resulted' };
    default: return { zh: '严重：造成危害后果，且属重大违法行为', en: 'Particularly serious: harm resulted and the violation is major' };
  }
}

function levelFacts(level, dropSlight) {
  switch (level) {
    case 'SLIGHT': return [fact('harmCaused', false), fact('correctedPromptly', true)];
    case 'ORDINARY': return dropSlight ? [fact('harmCaused', false)] : [fact('harmCaused', false), fact('correctedPromptly', false)];
    case 'SERIOUS': return [fact('harmCaused', true), fact('majorViolation', false)];
    default: return [fact('harmCaused', true), fact('majorViolation', true)];
  }
}

/** The share of the statutory range each level takes: 轻微 the bottom tenth, 严重 the top three tenths. */
function levelShare(level, dropSlight) {
  if (dropSlight && level === 'ORDINARY') return [0, 0.4];
  return { SLIGHT: [0, 0.1], ORDINARY: [0.1, 0.4], SERIOUS: [0.4, 0.7], PARTICULARLY_SERIOUS: [0.7, 1] }[level];
}

/** Rounds to three significant digits of the range's maximum (by digit count, so no platform's log10 can differ). */
function roundAmount(value, max) {
  const unit = max >= 1000 ? 10 ** (String(Math.floor(max)).length - 3) : 1;
  return Math.round(value / unit) * unit;
}
const roundMultiple = (value) => Math.round(value * 10) / 10;

function splitRange(range, level, dropSlight) {
  const [from, to] = levelShare(level, dropSlight);
  const span = range.max - range.min;
  const round = range.kind === 'ABSOLUTE' ? (v) => roundAmount(v, range.max) : roundMultiple;
  const out = { kind: range.kind, ...(range.of ? { of: range.of } : {}), min: round(range.min + span * from), max: round(range.min + span * to) };
  return out;
}

/** The statutory range of a row: absolute yuan, or a multiple of illegal gains or goods value. */
function statutoryRange(fine) {
  if (fine.abs) return { kind: 'ABSOLUTE', min: fine.abs[0], max: fine.abs[1] };
  return { kind: 'MULTIPLE', of: fine.of, min: fine.mult[0], max: fine.mult[1] };
}

/**
 * The benchmark's shape, before any tier is dropped:
 *   band     the statute sets a fixed range below an amount of the base (货值金额不足一万元…) and a multiple above it;
 *            four levels in each band
 *   party    the statute sets one range for everyone; the benchmark gives organisations the whole range and
 *            individuals its lower half, four levels each
 *   single   the statute names one party; four levels
 */
function benchmarkShape(row) {
  if (row.fine.floor) return 'band';
  return row.party ? 'single' : 'party';
}

const shapeTiers = (shape) => (shape === 'single' ? 4 : 8);

/** A benchmark may drop its 轻微 tier when the statute sets no minimum: a slight case then gets a warning. */
const droppable = (row) => !row.fine.floor && statutoryRange(row.fine).min === 0;

function tiersFor(row, dropSlight) {
  const levels = dropSlight ? LEVELS.slice(1) : LEVELS;
  const range = statutoryRange(row.fine);
  const tier = (id, level, facts, tierRange, prefix) => ({
    id,
    level,
    condition: { all: [...facts, ...levelFacts(level, dropSlight)] },
    range: splitRange(tierRange, level, dropSlight),
    description: { zh: `${prefix.zh}${levelText(level, dropSlight).zh}`, en: `${prefix.en}${levelText(level, dropSlight).en}` },
  });
  const shape = benchmarkShape(row);
  if (shape === 'band') {
    const { below, abs } = row.fine.floor;
    const base = row.fine.of === 'goodsValue' ? { zh: '货值金额', en: 'goods value' } : { zh: '违法所得', en: 'illegal gains' };
    const amount = String(below).replace(/\B(?=(\d{3})+$)/g, ',');
    return [
      ...levels.map((level) => tier(`below-${below}.${LEVEL_IDS[level]}`, level, [fact(row.fine.of, below, 'lessThan')], { kind: 'ABSOLUTE', min: abs[0], max: abs[1] },
        { zh: `${base.zh}不足${amount}元；`, en: `${base.en} under ${amount} yuan; ` })),
      ...levels.map((level) => tier(`from-${below}.${LEVEL_IDS[level]}`, level, [fact(row.fine.of, below, 'greaterThanInclusive')], range,
        { zh: `${base.zh}${amount}元以上；`, en: `${base.en} of ${amount} yuan or more; ` })),
    ];
  }
  if (shape === 'party') {
    const half = { ...range, max: range.kind === 'ABSOLUTE' ? roundAmount(range.min + (range.max - range.min) / 2, range.max) : roundMultiple(range.min + (range.max - range.min) / 2) };
    return [
      ...levels.map((level) => tier(`organisation.${LEVEL_IDS[level]}`, level, [fact('partyType', 'ORGANISATION')], range, { zh: '法人或者其他组织；', en: 'Organisation; ' })),
      ...levels.map((level) => tier(`individual.${LEVEL_IDS[level]}`, level, [fact('partyType', 'INDIVIDUAL')], half, { zh: '公民；', en: 'Individual; ' })),
    ];
  }
  return levels.map((level) => tier(LEVEL_IDS[level], level, [], range, { zh: '', en: '' }));
}

/**
 * Which benchmarks drop their 轻微 tier, so that the total lands on the published count: an evenly spread selection
 * of the droppable ones, each worth one tier per party it splits by.
 */
function chooseDrops(benchmarks, excess) {
  const candidates = benchmarks.filter((benchmark) => droppable(benchmark.row)).map((benchmark) => ({ benchmark, cost: shapeTiers(benchmarkShape(benchmark.row)) / 4 }));
  const total = candidates.reduce((sum, candidate) => sum + candidate.cost, 0);
  if (excess < 0 || excess > total) throw new Error(`cannot reach ${TARGETS.discretionTiers} tiers: ${excess} to drop, ${total} droppable`);
  const chosen = new Set();
  let seen = 0;
  let picked = 0;
  for (const { benchmark, cost } of candidates) {
    seen += cost;
    if (picked + cost <= Math.round((excess * seen) / total)) {
      chosen.add(benchmark);
      picked += cost;
    }
  }
  for (const { benchmark, cost } of candidates) {
    if (picked === excess) break;
    if (!chosen.has(benchmark) && picked + cost <= excess) {
      chosen.add(benchmark);
      picked += cost;
    }
  }
  if (picked !== excess) throw new Error(`could drop ${picked} tiers, needed ${excess}`);
  return chosen;
}

// ---------------------------------------------------------------------------------------------------------------
// Review catalogue

/**
 * Shares `target` entries among groups of items (one group per department and provision): every group gets one,
 * the rest go by size (largest remainder), and a group never gets more entries than it has items.
 */
function allocate(groups, target, what) {
  if (groups.length > target) throw new Error(`${groups.length} ${what} groups for ${target} entries`);
  const spare = groups.reduce((sum, group) => sum + group.items.length - 1, 0);
  if (spare < target - groups.length) throw new Error(`only ${spare + groups.length} ${what} items for ${target} entries`);
  const extra = target - groups.length;
  const shares = groups.map((group, index) => {
    const exact = spare === 0 ? 0 : ((group.items.length - 1) * extra) / spare;
    return { index, base: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = extra - shares.reduce((sum, share) => sum + share.base, 0);
  for (const share of [...shares].sort((a, b) => b.rest - a.rest || a.index - b.index)) {
    if (left === 0) break;
    share.base += 1;
    left -= 1;
  }
  return groups.map((group, index) => chunk(group.items, 1 + shares[index].base));
}

function chunk(items, count) {
  const out = [];
  for (let i = 0; i < count; i += 1) out.push(items.slice(Math.floor((i * items.length) / count), Math.floor(((i + 1) * items.length) / count)));
  return out;
}

const guidance = (section) => ({ document: SOURCES.guidance, section });
const seedBasis = (note) => ({ seed: '002', section: '三、（三）', note });

const CHECKLIST = [
  ['authority', '执法主体是否合法，执法人员是否具备执法资格', 'Does the agency have authority, and are the officers qualified?'],
  ['procedure', '执法程序是否合法', 'Was the procedure lawful?'],
  ['facts-evidence', '案件事实是否清楚，证据是否合法充分', 'Are the facts clear and the evidence lawful and sufficient?'],
  ['law-and-discretion', '适用法律、法规、规章是否准确，裁量基准运用是否适当', 'Is the law applied correctly, and the discretion benchmark used properly?'],
  ['within-powers', '是否超越执法机关法定权限', "Is the decision within the agency's statutory powers?"],
  ['documents', '行政执法文书是否完备、规范', 'Are the documents complete and well formed?'],
  ['criminal-referral', '违法行为是否涉嫌犯罪、需要移送司法机关', 'Is a crime suspected, so that the case must go to the judicial authorities?'],
];
const CATEGORY_CHECK = {
  PENALTY: ['hearing-and-defence', '是否已告知陈述、申辩和听证权利并听取意见', 'Were the rights of statement, defence and hearing given and the party heard?', { law: SOURCES.penaltyLaw, article: '第四十四条' }],
  COERCION: ['coercion-conditions', '是否符合实施行政强制的条件、程序和期限', 'Are the conditions, procedure and time limits for coercion met?', { law: SOURCES.coercionLaw, article: '第十八条' }],
  LICENCE: ['licence-conditions', '申请人是否符合法定许可条件和标准', 'Does the applicant meet the statutory conditions and standards for the licence?', { law: SOURCES.licensingLaw, article: '第三十四条' }],
};
const MATERIALS = {
  PENALTY: [
    ['draft-decision', '拟作出的行政处罚决定书', true], ['investigation-report', '案件调查终结报告', true], ['evidence', '证据材料', true],
    ['discretion-statement', '法律依据及裁量基准适用说明', true], ['statement-defence', '陈述、申辩材料（当事人提出的）', false],
    ['hearing-record', '听证笔录（经过听证的）', false],
  ],
  COERCION: [
    ['draft-decision', '拟作出的行政强制决定书', true], ['head-approval', '行政机关负责人批准材料', true], ['on-site-record', '现场笔录', true],
    ['property-list', '查封、扣押财物清单（查封、扣押的）', false], ['notice-and-reminder', '催告书及当事人陈述、申辩材料（强制执行的）', false],
  ],
  LICENCE: [
    ['application', '申请材料', true], ['examination-opinion', '审查意见', true], ['draft-decision', '拟作出的行政许可决定书', true],
    ['site-check', '现场核查记录（需要核查的）', false], ['hearing-record', '听证笔录（经过听证的）', false],
  ],
};

function checklist(category) {
  const [id, zh, en, basis] = CATEGORY_CHECK[category];
  return [
    ...CHECKLIST.map(([checkId, checkZh, checkEn]) => ({ id: checkId, question: { zh: checkZh, en: checkEn }, basis: [guidance('四、（十三）')] })),
    { id, question: { zh, en }, basis: [basis] },
  ];
}

const text = (zh, en) => ({ zh, en });
const PUBLIC_INTEREST = {
  id: 'public-interest', description: text('涉及重大公共利益或者可能造成重大社会影响', 'Major public interest is involved, or major social impact could follow'),
  condition: { any: [fact('majorPublicInterest', true), fact('socialImpact', true)] },
};
const CROSS = {
  id: 'cross-region-or-department', description: text('跨区域或者跨部门', 'Crosses regions or departments'),
  condition: { any: [fact('crossRegion', true), fact('crossDepartment', true)] },
};

function penaltyCriteria(code, row) {
  const flags = row.flags ?? '';
  return [
    { id: 'large-fine', description: text('拟罚款金额达到本部门重大行政处罚金额标准', "The intended fine reaches the department's review amount"), condition: fact('intendedFine', `${code}.review-fine`, 'atLeastThreshold') },
    ...(flags.includes('C') ? [{ id: 'large-confiscation', description: text('拟没收违法所得、非法财物价值达到同一金额标准', 'The gains or property to be confiscated reach the same amount'), condition: fact('confiscationValue', `${code}.review-fine`, 'atLeastThreshold') }] : []),
    ...(flags.includes('R') ? [{ id: 'licence-revocation', description: text('拟吊销许可证件或者降低资质等级', 'Revoking a licence or downgrading a qualification'), condition: { any: [fact('licenceRevocation', true), fact('qualificationDowngrade', true)] } }] : []),
    ...(flags.includes('S') ? [{ id: 'suspension-or-closure', description: text('拟责令停产停业、责令关闭或者限制从业', 'Suspension, closure or restriction of practice'), condition: fact('suspensionOrClosure', true) }] : []),
    { id: 'major-violation', description: text('情节严重，属重大违法行为', 'The circumstances are serious: a major violation'), condition: fact('majorViolation', true) },
    CROSS,
  ];
}

function coercionCriteria(code, row) {
  if (row.kind === 'DEMOLITION') {
    return [{ id: 'always', description: text('强制拆除、查封施工现场的决定一律经法制审核', 'Every demolition or site-sealing decision is reviewed'), condition: fact('category', 'COERCION') }, PUBLIC_INTEREST];
  }
  if (row.kind === 'EXECUTION') {
    return [{ id: 'large-amount', description: text('所涉金额达到本部门重大行政处罚金额标准', "The amount reaches the department's review amount"), condition: fact('intendedFine', `${code}.review-fine`, 'atLeastThreshold') }, PUBLIC_INTEREST];
  }
  return [
    { id: 'large-value', description: text('查封、扣押、冻结的财物价值达到本部门重大行政强制金额标准', "The property seized or frozen reaches the department's coercion amount"), condition: fact('goodsValue', `${code}.review-coercion`, 'atLeastThreshold') },
    PUBLIC_INTEREST,
    CROSS,
  ];
}

function licenceCriteria() {
  return [
    { id: 'hearing-held', description: text('依法举行了听证', 'A hearing was held'), condition: fact('hearingHeld', true) },
    PUBLIC_INTEREST,
    { id: 'complex', description: text('情况复杂、涉及多个法律关系或者跨部门', 'Complex, involving several legal relationships, or crossing departments'), condition: { any: [fact('complexMultipleRelations', true), fact('crossDepartment', true)] } },
    { id: 'law-requires', description: text('法律、法规规定应当进行法制审核', 'A law or regulation requires legal review'), condition: fact('lawRequiresReview', true) },
  ];
}

function entryBasis(category, row, provisions) {
  if (category === 'PENALTY') return [{ law: SOURCES.penaltyLaw, article: '第五十八条第一款' }, ...provisions, seedBasis(`已制定公布426项重大行政处罚事项目录；本条目的事项分组与金额标准为合成数据。${SEED_NOTE}`)];
  if (category === 'COERCION') return [guidance('四、（十二）'), ...provisions, seedBasis('已制定公布248项重大行政强制事项目录；本条目为合成数据')];
  const hearing = (row.flags ?? '').includes('H') ? [{ law: SOURCES.licensingLaw, article: '第四十六条' }] : [];
  return [guidance('四、（十二）'), ...provisions, ...hearing, seedBasis('已制定公布80余项重大行政许可事项目录；本条目为合成数据')];
}

const CATEGORY_NAMES = { PENALTY: ['zdcf', '重大行政处罚'], COERCION: ['zdqz', '重大行政强制'], LICENCE: ['zdxk', '重大行政许可'] };

const FIELDS = {
  'market-regulation': '市场监管', 'urban-management': '城市管理', 'housing-construction': '住房和城乡建设',
  'health': '卫生健康', 'emergency-management': '安全生产', 'fire-rescue': '消防安全',
};

function entriesFor(department, category, chunks) {
  const { code } = department.agency;
  const [prefix, label] = CATEGORY_NAMES[category];
  const keyOf = (items) => items[0].group ?? `row:${items[0].rowIndex}`;
  return chunks.map((items, index) => {
    const rows = [...new Set(items.map((item) => item.row))];
    const row = rows.length === 1 ? rows[0] : { ...rows[0], flags: [...new Set(rows.map((each) => each.flags ?? '').join(''))].join('') };
    const source = rows[0].source;
    const subject = category === 'COERCION'
      ? `${row.v}（${[...new Set(items.map((item) => item.measure))].join('、')}）`
      : rows.length === 1 ? row.v : `${FIELDS[source.domain] ?? source.name.zh}领域（${rows.length}类违法行为）`;
    const siblings = chunks.filter((other) => keyOf(other) === keyOf(items)).length;
    const part = siblings > 1 ? `（第${chunks.filter((other, at) => at <= index && keyOf(other) === keyOf(items)).length}组）` : '';
    const criteria = category === 'PENALTY' ? penaltyCriteria(code, row) : category === 'COERCION' ? coercionCriteria(code, row) : licenceCriteria();
    const provisions = [...new Map(rows.map((each) => [`${each.law}${each.art}`, { law: each.law, article: each.art }])).values()];
    return {
      id: `${code}.${prefix}-${pad(index + 1, 3)}`,
      name: `${label}：${subject}${part}`,
      category,
      itemCodes: items.map((item) => item.code),
      departments: [code],
      criteria,
      materials: MATERIALS[category].map(([id, name, required]) => ({ id, name, required })),
      checklist: checklist(category),
      timeLimit: { workingDays: department.review.days, extension: { workingDays: 3, approvedBy: 'HEAD' } },
      basis: entryBasis(category, row, provisions),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Per-department files

function thresholdsFor(department) {
  const { code } = department.agency;
  const { fine, coercion } = department.review;
  const bound = (amount, inclusive) => ({ amount, inclusive });
  const words = (inclusive) => (inclusive ? '以上（含本数）' : '超过（不含本数）');
  const thresholds = [
    {
      id: `${code}.review-fine`, kind: 'REVIEW_TRIGGER',
      individual: bound(fine[0], fine[2]), organisation: bound(fine[1], fine[2]),
      basis: [
        { law: SOURCES.penaltyLaw, article: '第五十八条第一款' },
        seedBasis(`${department.agency.name.zh}重大行政处罚法制审核金额：对公民${fine[0]}元、对法人或者其他组织${fine[1]}元${words(fine[2])}；金额为本配置的取值，部门目录原文待确认`),
      ],
    },
    {
      id: `${code}.review-coercion`, kind: 'REVIEW_TRIGGER',
      individual: bound(coercion[0], coercion[2]), organisation: bound(coercion[1], coercion[2]),
      basis: [
        guidance('四、（十二）'),
        seedBasis(`${department.agency.name.zh}重大行政强制法制审核金额（查封、扣押、冻结财物价值）：对公民${coercion[0]}元、对法人或者其他组织${coercion[1]}元${words(coercion[2])}；金额为本配置的取值，部门目录原文待确认`),
      ],
    },
  ];
  if (department.hearing) {
    thresholds.push({
      id: 'hearing-large-fine', kind: 'HEARING_LARGE_FINE',
      individual: bound(department.hearing.individual, true), organisation: bound(department.hearing.organisation, true),
      basis: [{ law: SOURCES.penaltyLaw, article: '第六十三条第一款第（一）项' }, department.hearing.basis],
    });
  }
  return thresholds;
}

function lenientListsFor(department) {
  const { code } = department.agency;
  const rows = new Map();
  for (const item of department.penalties) {
    if (!(item.row.flags ?? '').includes('L')) continue;
    if (!rows.has(item.rowIndex)) rows.set(item.rowIndex, { row: item.row, codes: [] });
    rows.get(item.rowIndex).codes.push(item.code);
  }
  if (rows.size === 0) return [];
  return [{
    id: `${code}.first-violation`,
    kind: 'NO_PENALTY',
    entries: [...rows.entries()].map(([rowIndex, { row, codes }]) => ({
      id: `row-${pad(rowIndex + 1, 2)}`,
      itemCodes: codes,
      condition: { all: [fact('firstViolation', true), fact('harmSlight', true), fact('correctedPromptly', true), fact('harmCaused', false)] },
      description: text(`首次违法、危害后果轻微、未造成危害后果并及时改正的，可以不予处罚：${row.v}`, 'First violation, slight and harmless, corrected promptly: may go unpunished'),
      basis: [{ law: SOURCES.penaltyLaw, article: '第三十三条第一款' }, { law: row.law, article: row.art }],
    })),
    basis: [
      { law: SOURCES.penaltyLaw, article: '第三十三条第一款' },
      seedBasis('首违不罚事项清单为合成数据：列入清单的事项由本配置选定，广东省各领域清单的出处待确认'),
    ],
  }];
}

// ---------------------------------------------------------------------------------------------------------------
// Assembly

function buildAll() {
  const departments = [];
  for (const agency of AGENCIES) {
    if (agency.penalties.length + agency.coercions.length + agency.licences.length === 0) continue;
    departments.push(buildDepartment(agency, { review: agency.review, penalties: agency.penalties, coercions: agency.coercions, licences: agency.licences }));
  }
  // A town office exercises the city provisions marked `town`, once each (no scenes); its catalogue groups them by
  // the city agency they come from, as a delegation list would.
  const townRows = AGENCIES.flatMap((agency) => agency.penalties.filter((row) => row.town).map((row) => ({ ...row, scenes: undefined, source: agency })));
  for (const town of TOWNS.map(townAgency)) {
    departments.push(buildDepartment({ ...town, scenes: {} }, { review: TOWN_REVIEW, penalties: townRows, coercions: TOWN_COERCIONS, licences: [] }));
  }

  const groupsOf = (list) => departments.flatMap((department) => {
    const byRow = new Map();
    for (const item of department[list]) {
      const key = item.group ?? `row:${item.rowIndex}`;
      if (!byRow.has(key)) byRow.set(key, []);
      byRow.get(key).push(item);
    }
    return [...byRow.values()].map((items) => ({ department, items }));
  });
  const entries = new Map(departments.map((department) => [department, []]));
  for (const [list, category, target] of [['penalties', 'PENALTY', TARGETS.penaltyEntries], ['coercions', 'COERCION', TARGETS.coercionEntries], ['licences', 'LICENCE', TARGETS.licenceEntries]]) {
    const groups = groupsOf(list);
    const chunks = allocate(groups, target, category);
    const perDepartment = new Map();
    groups.forEach((group, index) => {
      if (!perDepartment.has(group.department)) perDepartment.set(group.department, []);
      perDepartment.get(group.department).push(...chunks[index]);
    });
    for (const [department, list2] of perDepartment) entries.get(department).push(...entriesFor(department, category, list2));
  }

  const benchmarks = departments.flatMap((department) => department.penalties.map((item) => ({ department, item, row: item.row })));
  const natural = benchmarks.reduce((sum, benchmark) => sum + shapeTiers(benchmarkShape(benchmark.row)), 0);
  const drops = chooseDrops(benchmarks, natural - TARGETS.discretionTiers);
  const benchmarksByDepartment = new Map(departments.map((department) => [department, []]));
  for (const benchmark of benchmarks) {
    const { item, row } = benchmark;
    benchmarksByDepartment.get(benchmark.department).push({
      id: `bm.${item.code}`,
      violation: `${row.v}（${item.article}）`,
      itemCodes: [item.code],
      tiers: tiersFor(row, drops.has(benchmark)),
      basis: [{ law: row.law, article: item.article }],
    });
  }

  const files = new Map();
  files.set('tenant.json', tenantJson());
  for (const department of departments) {
    const dir = `departments/${department.agency.code}`;
    const items = [...department.penalties, ...department.coercions, ...department.licences].map(itemJson);
    files.set(`${dir}/enforcement-items.json`, { $schema: `${SCHEMAS}/enforcement-items.schema.json`, items });
    files.set(`${dir}/review-catalogue.json`, { $schema: `${SCHEMAS}/review-catalogue.schema.json`, entries: entries.get(department) });
    const lenientLists = lenientListsFor(department);
    files.set(`${dir}/discretion.json`, { $schema: `${SCHEMAS}/discretion.schema.json`, benchmarks: benchmarksByDepartment.get(department), ...(lenientLists.length ? { lenientLists } : {}) });
    files.set(`${dir}/thresholds.json`, { $schema: `${SCHEMAS}/thresholds.schema.json`, thresholds: thresholdsFor(department) });
  }

  const count = (category) => [...entries.values()].flat().filter((entry) => entry.category === category).length;
  const stats = {
    departments: tenantJson().departments.length,
    departmentLayers: departments.length,
    items: departments.reduce((sum, department) => sum + department.penalties.length + department.coercions.length + department.licences.length, 0),
    penaltyItems: benchmarks.length,
    coercionItems: departments.reduce((sum, department) => sum + department.coercions.length, 0),
    licenceItems: departments.reduce((sum, department) => sum + department.licences.length, 0),
    penaltyEntries: count('PENALTY'),
    coercionEntries: count('COERCION'),
    licenceEntries: count('LICENCE'),
    benchmarks: benchmarks.length,
    discretionTiers: [...benchmarksByDepartment.values()].flat().reduce((sum, benchmark) => sum + benchmark.tiers.length, 0),
    slightTiersDropped: drops.size,
  };
  for (const [key, target] of Object.entries(TARGETS)) {
    if (stats[key] !== target) throw new Error(`${key}: generated ${stats[key]}, expected ${target}`);
  }
  return { files, stats };
}

// ---------------------------------------------------------------------------------------------------------------
// Output: two-space JSON, with any value that fits in 120 columns kept on one line.

const WIDTH = 120;

function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, child]) => `${JSON.stringify(key)}: ${inline(child)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function format(value, indent = '', lead = 0) {
  const flat = inline(value);
  if (value === null || typeof value !== 'object' || indent.length + lead + flat.length <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((child) => `${inner}${format(child, inner)}`).join(',\n')}\n${indent}]`;
  const lines = Object.entries(value).map(([key, child]) => {
    const head = `${JSON.stringify(key)}: `;
    return `${inner}${head}${format(child, inner, head.length)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

const render = (value) => `${format(value)}\n`;

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The tenant folder to check or write: --dir names another one, else the folder this generator lives in. */
function tenantDirOf(argv) {
  const at = argv.indexOf('--dir');
  if (at === -1) return OWN_TENANT_DIR;
  const dir = argv[at + 1];
  if (dir === undefined || dir.startsWith('--') || !existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`--dir expects an existing folder, found ${dir === undefined ? 'nothing' : JSON.stringify(dir)}`);
    return undefined;
  }
  return resolve(dir);
}

function main(argv) {
  const check = argv.includes('--check');
  const tenantDir = tenantDirOf(argv);
  if (tenantDir === undefined) return 2;
  const { files, stats } = buildAll();
  const expected = new Map([...files].map(([path, value]) => [join(tenantDir, path), render(value)]));
  const stale = listFiles(join(tenantDir, 'departments')).filter((path) => !expected.has(path));
  if (check) {
    const differing = [...expected].filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content).map(([path]) => path);
    const problems = [...differing.map((path) => `differs: ${relative(tenantDir, path)}`), ...stale.map((path) => `not generated: ${relative(tenantDir, path)}`)];
    if (problems.length > 0) {
      console.error(`${problems.join('\n')}\nzhongshan: ${problems.length} generated file(s) out of date; run node tenant-configs/zhongshan/generator/generate.mjs`);
      return 1;
    }
    console.log(`zhongshan: ${expected.size} generated files are up to date`);
    return 0;
  }
  if (stale.length > 0) {
    console.error(`${stale.map((path) => `not generated: ${relative(tenantDir, path)}`).join('\n')}\nremove these files by hand; the generator never deletes`);
    return 1;
  }
  let bytes = 0;
  let largest = { path: '', size: 0 };
  for (const [path, content] of expected) {
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) writeFileSync(path, content);
    const size = Buffer.byteLength(content);
    bytes += size;
    if (size > largest.size) largest = { path: relative(tenantDir, path), size };
  }
  console.log(JSON.stringify({ ...stats, files: expected.size, bytes, largest }, null, 2));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
