// The hand-written part of Zhongshan's synthetic catalogue: real legal provisions per agency. generate.mjs expands
// every row over its scenes and enumerated items (项), so the citations stay real while the counts reach the sizes
// seed 002 reports. Change a row here and run `node generator/generate.mjs`.
//
// A penalty row:  { law, art, v, fine, flags?, parts?, scenes?, party?, town? }
//   law, art   the provision (title in book-title marks, article in Chinese numerals, as the schemas require)
//   v          the violation, summarised in our own words
//   fine       { abs: [min, max] } in yuan, or { mult: [min, max], of: 'goodsValue' | 'illegalGains', floor? }
//              where floor = { below, abs: [min, max] } is the statute's fixed range when the base is under `below`
//   flags      C confiscation, R licence revocation or qualification downgrade, S suspension or closure,
//              L on the agency's first-violation (首违不罚) list
//   parts      how many enumerated items (项) the paragraph lists; each becomes its own enforcement item
//   scenes     key into the agency's `scenes`; each scene becomes its own enforcement item
//   party      'ORGANISATION' or 'INDIVIDUAL' when the statute sets the range for one party only; otherwise the
//              benchmark splits its tiers by party
//   town       delegated to the town-level comprehensive enforcement offices
// A coercion row: { law, art, v, measures: ['查封', '扣押', …], kind: 'SEIZURE' | 'DEMOLITION' | 'EXECUTION' }
// A licence row:  { law, art, v, flags? } with H (a hearing is typical) and P (public interest is typical)

const FOOD = '《中华人民共和国食品安全法》';
const SAFETY = '《中华人民共和国安全生产法》';
const FIRE = '《中华人民共和国消防法》';
const SOLID = '《中华人民共和国固体废物污染环境防治法》';
const AIR = '《中华人民共和国大气污染防治法》';
const WATER_POLLUTION = '《中华人民共和国水污染防治法》';
const COERCION = '《中华人民共和国行政强制法》';
const PENALTY = '《中华人民共和国行政处罚法》';
const LAWYERS = '《中华人民共和国律师法》';
const TAX = '《中华人民共和国税收征收管理法》';

/** 加处罚款: every agency that imposes fines may add the late surcharge (Coercion Law art. 45, Penalty Law art. 72). */
const SURCHARGE = { law: COERCION, art: '第四十五条', v: '当事人到期不缴纳罚款', measures: ['加处罚款'], kind: 'EXECUTION' };

export const AGENCIES = [
  {
    code: 'sfj', type: 'JUDICIAL_BUREAU', domain: 'judicial-administration',
    name: { zh: '中山市司法局', en: 'Zhongshan Municipal Bureau of Justice' },
    review: { fine: [5000, 50000, false], coercion: [20000, 100000, false], days: 5 },
    scenes: { practice: ['刑事辩护', '民事代理', '非诉讼法律事务'] },
    penalties: [
      { law: LAWYERS, art: '第四十七条', parts: 5, v: '律师违反执业管理规定', fine: { abs: [0, 5000] }, flags: 'CSL', party: 'INDIVIDUAL' },
      { law: LAWYERS, art: '第四十八条', parts: 4, v: '律师私自收案收费或者泄露秘密等违法执业', fine: { abs: [0, 10000] }, flags: 'CS', party: 'INDIVIDUAL' },
      { law: LAWYERS, art: '第四十九条', parts: 9, v: '律师严重违法执业', fine: { abs: [0, 50000] }, flags: 'CSR', party: 'INDIVIDUAL' },
      { law: LAWYERS, art: '第五十条', v: '律师事务所违法执业', fine: { abs: [0, 100000] }, flags: 'CSR', party: 'ORGANISATION', scenes: 'practice' },
      { law: '《中华人民共和国公证法》', art: '第四十一条', v: '公证机构不正当竞争或者违规出具公证书', fine: { abs: [10000, 50000] }, flags: 'S', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: LAWYERS, art: '第十八条', v: '律师事务所设立许可初审' },
      { law: '《中华人民共和国公证法》', art: '第九条', v: '公证机构设立审核' },
    ],
  },
  {
    code: 'scjgj', domain: 'market-regulation',
    name: { zh: '中山市市场监督管理局', en: 'Zhongshan Municipal Administration for Market Regulation' },
    review: { fine: [10000, 100000, false], coercion: [50000, 200000, false], days: 5 },
    scenes: {
      food: ['食品生产环节', '食品销售环节', '餐饮服务环节', '网络食品交易', '集体用餐配送', '食品添加剂', '保健食品', '食用农产品市场销售'],
      product: ['工业产品生产环节', '工业产品销售环节', '网络交易', '商品交易市场'],
      equipment: ['电梯', '锅炉', '压力容器', '气瓶', '压力管道', '起重机械', '场（厂）内专用机动车辆', '大型游乐设施'],
      drugs: ['药品零售企业', '药品批发企业', '医疗机构药房'],
      devices: ['第一类医疗器械', '第二类医疗器械', '第三类医疗器械'],
      media: ['户外广告', '互联网广告', '广播电视报刊广告'],
      trade: ['实体经营', '网络经营'],
    },
    penalties: [
      { law: FOOD, art: '第一百二十二条第一款', v: '未取得食品生产经营许可从事食品生产经营活动', fine: { mult: [10, 20], of: 'goodsValue', floor: { below: 10000, abs: [50000, 100000] } }, flags: 'C', scenes: 'food' },
      { law: FOOD, art: '第一百二十三条第一款', parts: 8, v: '生产经营禁止生产经营的食品', fine: { mult: [15, 30], of: 'goodsValue', floor: { below: 10000, abs: [100000, 150000] } }, flags: 'CRS', scenes: 'food' },
      { law: FOOD, art: '第一百二十四条第一款', parts: 9, v: '生产经营不符合食品安全标准的食品', fine: { mult: [10, 20], of: 'goodsValue', floor: { below: 10000, abs: [50000, 100000] } }, flags: 'CR', scenes: 'food' },
      { law: FOOD, art: '第一百二十五条第一款', parts: 4, v: '生产经营被污染的食品或者标签不合规的食品', fine: { mult: [5, 10], of: 'goodsValue', floor: { below: 10000, abs: [5000, 50000] } }, flags: 'CRS', scenes: 'food' },
      { law: FOOD, art: '第一百二十六条第一款', parts: 13, v: '食品生产经营者未按规定履行食品安全管理义务', fine: { abs: [5000, 50000] }, flags: 'RSL', scenes: 'food', town: true },
      { law: FOOD, art: '第一百三十一条第一款', v: '网络食品交易第三方平台未履行入网审查等义务', fine: { abs: [50000, 200000] }, flags: 'CRS', party: 'ORGANISATION' },
      { law: '《中华人民共和国产品质量法》', art: '第四十九条', v: '生产、销售不符合保障人体健康和人身、财产安全标准的产品', fine: { mult: [1, 3], of: 'goodsValue' }, flags: 'CR', scenes: 'product' },
      { law: '《中华人民共和国产品质量法》', art: '第五十条', v: '在产品中掺杂、掺假，以假充真，以次充好', fine: { mult: [0.5, 3], of: 'goodsValue' }, flags: 'CR', scenes: 'product' },
      { law: '《中华人民共和国产品质量法》', art: '第五十四条', v: '产品标识不符合规定且情节严重', fine: { mult: [0, 0.3], of: 'goodsValue' }, flags: 'CL', scenes: 'product' },
      { law: '《中华人民共和国特种设备安全法》', art: '第八十三条', v: '特种设备使用单位未按规定办理使用登记或者建立技术档案', fine: { abs: [10000, 100000] }, flags: 'SL', scenes: 'equipment', party: 'ORGANISATION' },
      { law: '《中华人民共和国特种设备安全法》', art: '第八十四条', v: '使用未经检验、检验不合格或者应予报废的特种设备', fine: { abs: [30000, 300000] }, flags: 'S', scenes: 'equipment', party: 'ORGANISATION' },
      { law: '《中华人民共和国药品管理法》', art: '第一百一十五条', v: '未取得许可生产、销售药品', fine: { mult: [15, 30], of: 'goodsValue', floor: { below: 100000, abs: [1500000, 3000000] } }, flags: 'C', scenes: 'drugs' },
      { law: '《医疗器械监督管理条例》', art: '第八十六条', v: '生产、经营、使用不符合强制性标准或者产品技术要求的医疗器械', fine: { mult: [5, 20], of: 'goodsValue', floor: { below: 10000, abs: [20000, 50000] } }, flags: 'CRS', scenes: 'devices' },
      { law: '《化妆品监督管理条例》', art: '第五十九条', v: '未经许可从事化妆品生产活动或者生产经营违规化妆品', fine: { mult: [15, 30], of: 'goodsValue', floor: { below: 10000, abs: [50000, 150000] } }, flags: 'C', scenes: 'trade' },
      { law: '《中华人民共和国广告法》', art: '第五十五条第一款', v: '发布虚假广告（广告费用无法计算或者明显偏低）', fine: { abs: [200000, 1000000] }, flags: 'R', scenes: 'media' },
      { law: '《中华人民共和国广告法》', art: '第五十八条第一款', v: '发布违反广告内容准则的广告（广告费用无法计算或者明显偏低）', fine: { abs: [100000, 200000] }, flags: 'R', scenes: 'media' },
      { law: '《中华人民共和国价格法》', art: '第三十九条', v: '经营者不执行政府指导价、政府定价', fine: { mult: [0, 5], of: 'illegalGains' }, flags: 'C', scenes: 'trade' },
      { law: '《中华人民共和国消费者权益保护法》', art: '第五十六条第一款', v: '经营者侵害消费者权益', fine: { mult: [1, 10], of: 'illegalGains' }, flags: 'CRS', scenes: 'trade' },
      { law: '《中华人民共和国电子商务法》', art: '第七十六条', v: '电子商务经营者未按规定公示营业执照等信息', fine: { abs: [0, 10000] }, flags: 'L' },
      { law: '《无证无照经营查处办法》', art: '第十三条', v: '从事无照经营', fine: { abs: [0, 10000] }, flags: 'CL', scenes: 'trade', town: true },
    ],
    coercions: [
      { law: FOOD, art: '第一百一十条第（四）项', v: '不符合食品安全标准或者存在安全隐患的食品及相关物品', measures: ['查封', '扣押'], kind: 'SEIZURE', scenes: 'food' },
      { law: FOOD, art: '第一百一十条第（五）项', v: '违法从事生产经营活动的场所', measures: ['查封'], kind: 'SEIZURE', scenes: 'food' },
      { law: '《中华人民共和国产品质量法》', art: '第十八条', v: '涉嫌不符合安全标准的产品及原辅材料、生产工具', measures: ['查封', '扣押'], kind: 'SEIZURE', scenes: 'product' },
      { law: '《中华人民共和国特种设备安全法》', art: '第六十一条第（三）项', v: '不符合安全技术规范或者存在严重事故隐患的特种设备', measures: ['查封', '扣押'], kind: 'SEIZURE', scenes: 'equipment' },
      { law: '《中华人民共和国药品管理法》', art: '第一百条第二款', v: '可能危害人体健康的药品及其有关材料', measures: ['查封', '扣押'], kind: 'SEIZURE', scenes: 'drugs' },
      { law: '《中华人民共和国广告法》', art: '第四十九条第一款第（五）项', v: '与涉嫌违法广告直接相关的广告物品、经营工具和设备', measures: ['查封', '扣押'], kind: 'SEIZURE' },
      SURCHARGE,
    ],
    licences: [
      { law: FOOD, art: '第三十五条第一款', v: '食品生产许可', flags: 'P' },
      { law: FOOD, art: '第三十五条第一款', v: '食品经营许可' },
      { law: '《中华人民共和国药品管理法》', art: '第五十一条第一款', v: '药品零售企业经营许可', flags: 'P' },
      { law: '《医疗器械监督管理条例》', art: '第四十二条', v: '第三类医疗器械经营许可', flags: 'P' },
      { law: '《中华人民共和国特种设备安全法》', art: '第十八条', v: '特种设备安装改造修理单位许可', flags: 'P' },
    ],
  },
  {
    code: 'sthjj', domain: 'ecology-environment',
    name: { zh: '中山市生态环境局', en: 'Zhongshan Municipal Bureau of Ecology and Environment' },
    review: { fine: [20000, 200000, false], coercion: [50000, 300000, false], days: 7 },
    scenes: {
      industry: ['工业企业', '工业园区', '电镀印染等重点行业', '建设项目施工期'],
      waste: ['一般工业固体废物', '危险废物'],
      noise: ['工业企业', '建筑施工', '社会生活'],
    },
    penalties: [
      { law: AIR, art: '第九十九条', parts: 3, v: '违法排放大气污染物', fine: { abs: [100000, 1000000] }, flags: 'S', scenes: 'industry', party: 'ORGANISATION' },
      { law: AIR, art: '第一百零八条', v: '未按规定控制挥发性有机物等废气排放', fine: { abs: [20000, 200000] }, flags: 'S', scenes: 'industry', party: 'ORGANISATION' },
      { law: WATER_POLLUTION, art: '第八十二条', v: '未按规定自行监测或者安装自动监测设备', fine: { abs: [20000, 200000] }, flags: 'SL', scenes: 'industry', party: 'ORGANISATION' },
      { law: WATER_POLLUTION, art: '第八十三条', parts: 4, v: '违法排放水污染物', fine: { abs: [100000, 1000000] }, flags: 'S', scenes: 'industry', party: 'ORGANISATION' },
      { law: SOLID, art: '第一百零二条第一款第（一）项', v: '未依法公开固体废物污染环境防治信息', fine: { abs: [50000, 200000] }, flags: 'L', scenes: 'waste', party: 'ORGANISATION' },
      { law: SOLID, art: '第一百一十二条第一款第（一）项', v: '未按规定设置危险废物识别标志', fine: { abs: [100000, 1000000] }, flags: 'S', party: 'ORGANISATION' },
      { law: '《中华人民共和国环境影响评价法》', art: '第三十一条第三款', v: '建设项目环境影响登记表未依法备案', fine: { abs: [0, 50000] }, flags: 'L' },
      { law: '《中华人民共和国噪声污染防治法》', art: '第七十五条', v: '无排污许可证或者超过噪声排放标准排放工业噪声', fine: { abs: [20000, 200000] }, flags: 'S', party: 'ORGANISATION' },
      { law: '《中华人民共和国土壤污染防治法》', art: '第八十七条', v: '向农用地排放超标污水、污泥等', fine: { abs: [100000, 2000000] }, flags: '' },
      { law: '《排污许可管理条例》', art: '第三十三条', v: '未取得排污许可证或者违反排污许可证规定排放污染物', fine: { abs: [200000, 1000000] }, flags: 'S', scenes: 'industry', party: 'ORGANISATION' },
      { law: '《排污许可管理条例》', art: '第三十七条', v: '未按排污许可证规定开展自行监测或者保存原始记录', fine: { abs: [20000, 200000] }, flags: 'SL', scenes: 'industry', party: 'ORGANISATION' },
    ],
    coercions: [
      { law: '《中华人民共和国环境保护法》', art: '第二十五条', v: '造成污染物排放的设施、设备', measures: ['查封', '扣押'], kind: 'SEIZURE', scenes: 'industry' },
      { law: AIR, art: '第三十条', v: '违法排放大气污染物的有关设施、设备、物品', measures: ['查封', '扣押'], kind: 'SEIZURE' },
      { law: SOLID, art: '第二十七条', v: '涉嫌违法的固体废物及有关设施、设备、场所、工具、物品', measures: ['查封', '扣押'], kind: 'SEIZURE', scenes: 'waste' },
      SURCHARGE,
    ],
    licences: [
      { law: '《中华人民共和国环境影响评价法》', art: '第二十二条第一款', v: '建设项目环境影响报告书审批', flags: 'HP' },
      { law: '《中华人民共和国环境影响评价法》', art: '第二十二条第一款', v: '建设项目环境影响报告表审批', flags: 'P' },
      { law: '《排污许可管理条例》', art: '第二条', v: '排污许可证核发（重点管理）', flags: 'HP' },
      { law: '《排污许可管理条例》', art: '第二条', v: '排污许可证核发（简化管理）' },
    ],
  },
  {
    code: 'cgzfj', domain: 'urban-management',
    name: { zh: '中山市城市管理和综合执法局', en: 'Zhongshan Municipal Bureau of Urban Management and Comprehensive Law Enforcement' },
    review: { fine: [5000, 50000, false], coercion: [20000, 100000, false], days: 5 },
    scenes: {
      street: ['主干道两侧', '商业街区', '居住小区', '城乡结合部'],
      site: ['房屋建筑工程', '市政工程', '拆除工程'],
    },
    penalties: [
      { law: SOLID, art: '第一百一十一条第一款第（一）项', v: '单位随意倾倒、抛撒、堆放或者焚烧生活垃圾', fine: { abs: [50000, 500000] }, flags: '', scenes: 'street', party: 'ORGANISATION', town: true },
      { law: SOLID, art: '第一百一十一条第一款第（一）项', v: '个人随意倾倒、抛撒、堆放或者焚烧生活垃圾', fine: { abs: [100, 500] }, flags: 'L', scenes: 'street', party: 'INDIVIDUAL', town: true },
      { law: SOLID, art: '第一百一十一条第一款第（三）项', v: '工程施工单位未编制建筑垃圾处理方案报备或者未及时清运', fine: { abs: [100000, 1000000] }, flags: '', scenes: 'site', party: 'ORGANISATION', town: true },
      { law: SOLID, art: '第一百一十一条第一款第（四）项', v: '工程施工单位擅自倾倒、抛撒或者堆放建筑垃圾', fine: { abs: [100000, 1000000] }, flags: '', scenes: 'site', party: 'ORGANISATION', town: true },
      { law: SOLID, art: '第一百一十一条第一款第（七）项', v: '单位在运输过程中沿途丢弃、遗撒生活垃圾', fine: { abs: [50000, 500000] }, flags: '', party: 'ORGANISATION', town: true },
      { law: AIR, art: '第一百一十八条第一款', v: '餐饮服务业经营者超过排放标准排放油烟', fine: { abs: [5000, 50000] }, flags: 'SL', scenes: 'street', town: true },
      { law: AIR, art: '第一百一十九条第一款', v: '在人口集中地区露天焚烧秸秆、落叶等产生烟尘污染的物质', fine: { abs: [500, 2000] }, flags: 'L', scenes: 'street', town: true },
      { law: AIR, art: '第一百一十九条第二款', v: '单位在人口集中地区焚烧沥青、塑料、垃圾等产生有毒有害烟尘和恶臭气体的物质', fine: { abs: [10000, 100000] }, flags: '', scenes: 'street', party: 'ORGANISATION', town: true },
      { law: AIR, art: '第一百一十五条第一款', v: '施工单位未采取有效防尘降尘措施', fine: { abs: [10000, 100000] }, flags: 'S', scenes: 'site', party: 'ORGANISATION', town: true },
      { law: '《城市道路管理条例》', art: '第四十二条', v: '未按规定占用、挖掘城市道路或者损坏道路附属设施', fine: { abs: [0, 20000] }, flags: 'L', scenes: 'street', town: true },
      { law: '《城市建筑垃圾管理规定》', art: '第二十三条', v: '处置建筑垃圾的单位在运输过程中沿途丢弃、遗撒建筑垃圾', fine: { abs: [5000, 50000] }, flags: 'L', party: 'ORGANISATION', town: true },
    ],
    coercions: [
      { law: '《中华人民共和国城乡规划法》', art: '第六十八条', v: '违法建设的施工现场', measures: ['查封施工现场', '强制拆除'], kind: 'DEMOLITION', scenes: 'site' },
      { law: COERCION, art: '第四十四条', v: '违法的建筑物、构筑物、设施', measures: ['强制拆除'], kind: 'DEMOLITION', scenes: 'street' },
      { law: COERCION, art: '第五十条', v: '当事人逾期不履行排除妨碍、恢复原状义务', measures: ['代履行'], kind: 'EXECUTION', scenes: 'street' },
      SURCHARGE,
    ],
    licences: [
      { law: '《城市道路管理条例》', art: '第三十一条', v: '临时占用城市道路许可' },
      { law: '《城市道路管理条例》', art: '第三十三条', v: '挖掘城市道路许可', flags: 'P' },
      { law: '《城市市容和环境卫生管理条例》', art: '第十一条', v: '大型户外广告设置许可', flags: 'P' },
      { law: '《城市市容和环境卫生管理条例》', art: '第十四条', v: '临时建筑物、构筑物设置许可' },
    ],
  },
  {
    code: 'zjj', domain: 'housing-construction',
    name: { zh: '中山市住房和城乡建设局', en: 'Zhongshan Municipal Bureau of Housing and Urban-Rural Development' },
    review: { fine: [20000, 200000, false], coercion: [50000, 300000, false], days: 7 },
    scenes: {
      works: ['房屋建筑工程', '市政基础设施工程', '装配式建筑工程'],
      gas: ['管道燃气', '瓶装燃气'],
    },
    penalties: [
      { law: '《建设工程质量管理条例》', art: '第五十六条', v: '建设单位迫使承包方低于成本竞标或者任意压缩合理工期等', fine: { abs: [200000, 500000] }, flags: '', scenes: 'works', party: 'ORGANISATION' },
      { law: '《建设工程质量管理条例》', art: '第六十五条', v: '施工单位未对建筑材料、构配件和设备进行检验', fine: { abs: [100000, 200000] }, flags: 'RS', scenes: 'works', party: 'ORGANISATION' },
      { law: '《建设工程质量管理条例》', art: '第六十七条', v: '工程监理单位与建设单位或者施工单位串通，弄虚作假', fine: { abs: [500000, 1000000] }, flags: 'CR', scenes: 'works', party: 'ORGANISATION' },
      { law: '《建设工程安全生产管理条例》', art: '第五十五条', v: '建设单位提出不符合安全生产强制性标准的要求等', fine: { abs: [200000, 500000] }, flags: '', scenes: 'works', party: 'ORGANISATION' },
      { law: '《建设工程安全生产管理条例》', art: '第六十五条', v: '施工单位使用未经验收或者验收不合格的施工起重机械等', fine: { abs: [100000, 300000] }, flags: 'RS', scenes: 'works', party: 'ORGANISATION' },
      { law: '《民用建筑节能条例》', art: '第三十七条', v: '建设单位明示或者暗示违反民用建筑节能强制性标准', fine: { abs: [200000, 500000] }, flags: '', party: 'ORGANISATION' },
      { law: '《城镇燃气管理条例》', art: '第四十五条第一款', v: '无燃气经营许可证从事燃气经营活动', fine: { abs: [50000, 500000] }, flags: 'C', scenes: 'gas' },
      { law: '《城镇燃气管理条例》', art: '第四十九条第一款', v: '单位擅自操作公用燃气阀门等危害燃气设施安全', fine: { abs: [0, 100000] }, flags: 'L', scenes: 'gas', party: 'ORGANISATION' },
      { law: '《住宅室内装饰装修管理办法》', art: '第三十八条第（一）项', v: '装饰装修企业擅自改变房间用途或者拆除连接阳台的墙体', fine: { abs: [1000, 10000] }, flags: 'L', party: 'ORGANISATION', town: true },
      { law: '《住宅室内装饰装修管理办法》', art: '第三十八条第（二）项', v: '装饰装修企业损坏房屋原有节能设施或者降低节能效果', fine: { abs: [1000, 5000] }, flags: 'L', party: 'ORGANISATION', town: true },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《中华人民共和国建筑法》', art: '第七条', v: '建筑工程施工许可', flags: 'P' },
      { law: '《中华人民共和国城市房地产管理法》', art: '第四十五条', v: '商品房预售许可', flags: 'HP' },
      { law: '《城镇燃气管理条例》', art: '第十五条', v: '燃气经营许可', flags: 'P' },
      { law: '《中华人民共和国建筑法》', art: '第十三条', v: '建筑业企业资质核准' },
    ],
  },
  {
    code: 'jtysj', domain: 'transport',
    name: { zh: '中山市交通运输局', en: 'Zhongshan Municipal Transport Bureau' },
    review: { fine: [10000, 100000, false], coercion: [50000, 200000, false], days: 5 },
    scenes: {
      road: ['道路旅客运输', '道路货物运输', '危险货物道路运输', '机动车维修'],
      taxi: ['巡游出租汽车', '网络预约出租汽车'],
    },
    penalties: [
      { law: '《中华人民共和国道路运输条例》', art: '第六十三条', v: '未取得道路运输经营许可擅自从事道路运输经营', fine: { mult: [2, 10], of: 'illegalGains', floor: { below: 20000, abs: [10000, 100000] } }, flags: 'C', scenes: 'road' },
      { law: '《中华人民共和国公路法》', art: '第七十六条', v: '擅自占用、挖掘公路或者损坏公路设施', fine: { abs: [0, 30000] }, flags: 'L' },
      { law: '《公路安全保护条例》', art: '第六十四条', v: '车辆超过公路、公路桥梁限载标准行驶', fine: { abs: [0, 30000] }, flags: 'L', scenes: 'road' },
      { law: '《网络预约出租汽车经营服务管理暂行办法》', art: '第三十四条', v: '未取得经营许可擅自从事或者变相从事网约车经营', fine: { abs: [10000, 30000] }, flags: '', scenes: 'taxi' },
    ],
    coercions: [
      { law: '《公路安全保护条例》', art: '第七十二条', v: '造成公路损坏且拒不接受现场调查处理的车辆、工具', measures: ['扣留'], kind: 'SEIZURE', scenes: 'road' },
      SURCHARGE,
    ],
    licences: [
      { law: '《中华人民共和国道路运输条例》', art: '第十条', v: '道路旅客运输经营许可', flags: 'P' },
      { law: '《中华人民共和国道路运输条例》', art: '第二十四条', v: '道路货物运输经营许可' },
      { law: '《网络预约出租汽车经营服务管理暂行办法》', art: '第五条', v: '网络预约出租汽车经营许可', flags: 'P' },
      { law: '《中华人民共和国公路法》', art: '第五十条', v: '公路超限运输许可' },
    ],
  },
  {
    code: 'swj', domain: 'water',
    name: { zh: '中山市水务局', en: 'Zhongshan Municipal Water Affairs Bureau' },
    review: { fine: [10000, 100000, false], coercion: [50000, 200000, false], days: 5 },
    scenes: { river: ['河道管理范围', '堤防保护范围', '水利工程管理范围'] },
    penalties: [
      { law: '《中华人民共和国水法》', art: '第六十五条第一款', v: '在河道管理范围内建设妨碍行洪的建筑物或者从事妨碍行洪的活动', fine: { abs: [10000, 100000] }, flags: '', scenes: 'river' },
      { law: '《中华人民共和国水法》', art: '第六十九条', v: '未经批准擅自取水或者未依照取水许可规定条件取水', fine: { abs: [20000, 100000] }, flags: 'R' },
      { law: '《中华人民共和国水土保持法》', art: '第五十三条', v: '生产建设项目未编制或者未经批准水土保持方案而开工建设', fine: { abs: [50000, 500000] }, flags: '', party: 'ORGANISATION' },
      { law: '《中华人民共和国防洪法》', art: '第五十五条', v: '在河道、湖泊管理范围内建设妨碍行洪的建筑物或者倾倒垃圾、渣土', fine: { abs: [0, 50000] }, flags: 'L', scenes: 'river' },
      { law: '《城镇排水与污水处理条例》', art: '第五十条第一款', v: '排水户未取得污水排入排水管网许可证排放污水', fine: { abs: [0, 500000] }, flags: '' },
      { law: '《城镇排水与污水处理条例》', art: '第五十条第二款', v: '排水户不按照污水排入排水管网许可证的要求排放污水', fine: { abs: [0, 50000] }, flags: 'RL' },
    ],
    coercions: [
      { law: '《中华人民共和国水法》', art: '第六十五条第一款', v: '妨碍行洪的建筑物、构筑物', measures: ['强行拆除'], kind: 'DEMOLITION', scenes: 'river' },
      { law: '《中华人民共和国防洪法》', art: '第四十二条第一款', v: '河道、湖泊范围内阻碍行洪的障碍物', measures: ['强行清除'], kind: 'EXECUTION' },
      SURCHARGE,
    ],
    licences: [
      { law: '《中华人民共和国水法》', art: '第四十八条第一款', v: '取水许可', flags: 'P' },
      { law: '《中华人民共和国防洪法》', art: '第二十七条', v: '河道管理范围内建设项目工程建设方案审批', flags: 'P' },
      { law: '《城镇排水与污水处理条例》', art: '第二十一条', v: '城镇污水排入排水管网许可' },
      { law: '《中华人民共和国水土保持法》', art: '第二十五条', v: '生产建设项目水土保持方案审批' },
    ],
  },
  {
    code: 'nyncj', domain: 'agriculture',
    name: { zh: '中山市农业农村局', en: 'Zhongshan Municipal Bureau of Agriculture and Rural Affairs' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {
      inputs: ['生产环节', '经营环节'],
      fishing: ['内河捕捞', '近海捕捞'],
    },
    penalties: [
      { law: '《农药管理条例》', art: '第五十二条第一款', v: '未取得农药生产许可证生产农药', fine: { mult: [10, 20], of: 'goodsValue', floor: { below: 10000, abs: [50000, 100000] } }, flags: 'C' },
      { law: '《农药管理条例》', art: '第五十五条第一款', v: '经营假农药或者劣质农药等', fine: { mult: [5, 10], of: 'goodsValue', floor: { below: 10000, abs: [5000, 50000] } }, flags: 'CR' },
      { law: '《农药管理条例》', art: '第六十条第一款', v: '农业生产企业等单位不按标签要求使用农药', fine: { abs: [50000, 100000] }, flags: '', party: 'ORGANISATION' },
      { law: '《中华人民共和国动物防疫法》', art: '第九十二条', v: '未按强制免疫计划实施免疫接种等', fine: { abs: [0, 5000] }, flags: 'L' },
      { law: '《中华人民共和国渔业法》', art: '第三十八条第一款', v: '使用炸鱼、毒鱼、电鱼等方法进行捕捞或者在禁渔期禁渔区捕捞', fine: { abs: [0, 50000] }, flags: 'CR', scenes: 'fishing' },
      { law: '《兽药管理条例》', art: '第五十六条第一款', v: '无许可生产经营兽药或者生产经营假劣兽药', fine: { mult: [2, 5], of: 'goodsValue' }, flags: 'CR', scenes: 'inputs' },
      { law: '《饲料和饲料添加剂管理条例》', art: '第三十八条第一款', v: '未取得生产许可证生产饲料、饲料添加剂', fine: { mult: [5, 10], of: 'goodsValue', floor: { below: 10000, abs: [10000, 50000] } }, flags: 'C' },
      { law: '《生猪屠宰管理条例》', art: '第三十一条', v: '未经定点从事生猪屠宰活动', fine: { mult: [10, 20], of: 'goodsValue', floor: { below: 10000, abs: [50000, 100000] } }, flags: 'C' },
    ],
    coercions: [
      { law: '《农药管理条例》', art: '第四十一条第（四）项', v: '违法生产、经营、使用的农药及有关工具、设备、原材料', measures: ['查封', '扣押'], kind: 'SEIZURE', scenes: 'inputs' },
      { law: '《农药管理条例》', art: '第四十一条第（五）项', v: '违法生产、经营、使用农药的场所', measures: ['查封'], kind: 'SEIZURE' },
      { law: '《兽药管理条例》', art: '第四十六条第一款', v: '有证据证明可能是假、劣兽药的', measures: ['查封', '扣押'], kind: 'SEIZURE' },
      SURCHARGE,
    ],
    licences: [
      { law: '《农药管理条例》', art: '第二十四条', v: '农药经营许可（限制使用农药）', flags: 'P' },
      { law: '《兽药管理条例》', art: '第二十二条', v: '兽药经营许可' },
      { law: '《中华人民共和国渔业法》', art: '第二十三条第一款', v: '渔业捕捞许可' },
    ],
  },
  {
    code: 'zrzyj', domain: 'natural-resources',
    name: { zh: '中山市自然资源局', en: 'Zhongshan Municipal Natural Resources Bureau' },
    review: { fine: [20000, 200000, false], coercion: [50000, 300000, false], days: 7 },
    scenes: {},
    penalties: [
      { law: '《中华人民共和国土地管理法实施条例》', art: '第五十四条', v: '买卖或者以其他形式非法转让土地', fine: { mult: [0.1, 0.5], of: 'illegalGains' }, flags: 'C' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《中华人民共和国城乡规划法》', art: '第三十七条', v: '建设用地规划许可（划拨）', flags: 'P' },
      { law: '《中华人民共和国城乡规划法》', art: '第三十八条', v: '建设用地规划许可（出让）', flags: 'P' },
      { law: '《中华人民共和国城乡规划法》', art: '第四十条', v: '建设工程规划许可', flags: 'HP' },
      { law: '《中华人民共和国城乡规划法》', art: '第四十一条', v: '乡村建设规划许可' },
    ],
  },
  {
    code: 'lyj', domain: 'forestry',
    name: { zh: '中山市林业局', en: 'Zhongshan Municipal Forestry Bureau' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: { forest: ['公益林', '商品林', '城市绿地以外的林木'] },
    penalties: [
      { law: '《中华人民共和国森林法》', art: '第七十六条第一款', v: '盗伐林木（以林木价值计）', fine: { mult: [5, 10], of: 'goodsValue' }, flags: 'C', scenes: 'forest' },
      { law: '《中华人民共和国森林法》', art: '第七十六条第二款', v: '滥伐林木（以林木价值计）', fine: { mult: [3, 5], of: 'goodsValue' }, flags: 'C', scenes: 'forest' },
      { law: '《中华人民共和国森林法》', art: '第七十四条第一款', v: '开垦、采石、采砂、采土等造成林木毁坏（以林木价值计）', fine: { mult: [0, 5], of: 'goodsValue' }, flags: '', scenes: 'forest' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《中华人民共和国森林法》', art: '第五十六条第一款', v: '林木采伐许可' },
      { law: '《中华人民共和国森林法》', art: '第三十七条第一款', v: '使用林地审核', flags: 'P' },
    ],
  },
  {
    code: 'wsjkj', domain: 'health',
    name: { zh: '中山市卫生健康局', en: 'Zhongshan Municipal Health Bureau' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {
      clinic: ['诊所', '医务室', '门诊部', '美容医疗机构'],
      venue: ['住宿场所', '沐浴场所', '美容美发场所', '游泳场所', '商场超市'],
      work: ['制造业', '建筑业', '仓储物流业'],
    },
    penalties: [
      { law: '《中华人民共和国医师法》', art: '第五十九条', v: '非医师行医', fine: { mult: [2, 10], of: 'illegalGains', floor: { below: 10000, abs: [20000, 100000] } }, flags: 'C', party: 'INDIVIDUAL' },
      { law: '《中华人民共和国基本医疗卫生与健康促进法》', art: '第九十九条第一款', v: '未取得医疗机构执业许可证擅自执业', fine: { mult: [5, 20], of: 'illegalGains', floor: { below: 10000, abs: [50000, 200000] } }, flags: 'C', scenes: 'clinic' },
      { law: '《公共场所卫生管理条例实施细则》', art: '第三十五条', v: '未依法取得公共场所卫生许可证擅自营业', fine: { abs: [500, 30000] }, flags: '', scenes: 'venue', town: true },
      { law: '《公共场所卫生管理条例实施细则》', art: '第三十六条', v: '未按规定对公共场所进行卫生检测或者清洗消毒', fine: { abs: [0, 20000] }, flags: 'L', scenes: 'venue', town: true },
      { law: '《生活饮用水卫生监督管理办法》', art: '第二十六条', v: '违反生活饮用水卫生管理规定', fine: { abs: [20, 5000] }, flags: 'L' },
      { law: '《中华人民共和国职业病防治法》', art: '第七十一条', v: '用人单位未按规定申报职业病危害项目等', fine: { abs: [50000, 100000] }, flags: '', scenes: 'work', party: 'ORGANISATION' },
      { law: '《中华人民共和国职业病防治法》', art: '第七十二条', v: '工作场所职业病危害因素超标或者未提供防护设施等', fine: { abs: [50000, 200000] }, flags: 'S', scenes: 'work', party: 'ORGANISATION' },
      { law: '《医疗废物管理条例》', art: '第四十五条', v: '医疗卫生机构未建立健全医疗废物管理制度等', fine: { abs: [2000, 5000] }, flags: 'L', party: 'ORGANISATION' },
      { law: '《中华人民共和国人口与计划生育法》', art: '第四十条', v: '非法为他人施行计划生育手术或者进行非医学需要的胎儿性别鉴定', fine: { mult: [2, 6], of: 'illegalGains', floor: { below: 10000, abs: [10000, 30000] } }, flags: 'C' },
    ],
    coercions: [
      { law: '《中华人民共和国职业病防治法》', art: '第六十四条第一款', v: '可能导致职业病危害事故的材料和设备', measures: ['封存'], kind: 'SEIZURE', scenes: 'work' },
      SURCHARGE,
    ],
    licences: [
      { law: '《医疗机构管理条例》', art: '第十五条', v: '医疗机构执业登记', flags: 'P' },
      { law: '《公共场所卫生管理条例》', art: '第八条', v: '公共场所卫生许可' },
      { law: '《放射诊疗管理规定》', art: '第十一条', v: '放射诊疗许可', flags: 'P' },
    ],
  },
  {
    code: 'yjglj', domain: 'emergency-management',
    name: { zh: '中山市应急管理局', en: 'Zhongshan Municipal Emergency Management Bureau' },
    review: { fine: [20000, 200000, false], coercion: [50000, 200000, false], days: 5 },
    scenes: { works: ['工贸企业', '危险化学品企业', '烟花爆竹经营单位', '小微企业'] },
    penalties: [
      { law: SAFETY, art: '第九十七条', parts: 7, v: '生产经营单位未履行安全生产管理机构、人员和培训义务', fine: { abs: [0, 100000] }, flags: 'SL', scenes: 'works', party: 'ORGANISATION' },
      { law: SAFETY, art: '第九十九条', parts: 8, v: '生产经营单位安全设备、警示标志和防护用品不符合规定', fine: { abs: [0, 50000] }, flags: 'SL', scenes: 'works', party: 'ORGANISATION', town: true },
      { law: SAFETY, art: '第一百零一条', parts: 5, v: '生产经营单位危险物品、重大危险源和危险作业管理不符合规定', fine: { abs: [0, 100000] }, flags: 'S', scenes: 'works', party: 'ORGANISATION' },
      { law: SAFETY, art: '第一百一十四条第一款第（一）项', v: '对发生一般生产安全事故负有责任的生产经营单位', fine: { abs: [300000, 1000000] }, flags: '', party: 'ORGANISATION' },
      { law: '《危险化学品安全管理条例》', art: '第七十七条第三款', v: '未取得危险化学品经营许可证经营危险化学品', fine: { abs: [100000, 200000] }, flags: 'C' },
      { law: '《烟花爆竹安全管理条例》', art: '第三十六条第二款', v: '未经许可经营、超许可范围经营或者许可证过期继续经营烟花爆竹', fine: { abs: [20000, 100000] }, flags: 'C' },
    ],
    coercions: [
      { law: SAFETY, art: '第六十五条第一款第（四）项', v: '不符合安全生产标准的设施、设备、器材及违法的危险物品', measures: ['查封', '扣押'], kind: 'SEIZURE', scenes: 'works' },
      { law: SAFETY, art: '第七十条第一款', v: '拒不执行停产停业决定、有发生事故现实危险的生产经营单位', measures: ['停止供电', '停止供应民用爆炸物品'], kind: 'EXECUTION' },
      SURCHARGE,
    ],
    licences: [
      { law: '《危险化学品安全管理条例》', art: '第三十三条第一款', v: '危险化学品经营许可', flags: 'P' },
      { law: '《烟花爆竹安全管理条例》', art: '第十九条', v: '烟花爆竹经营（零售）许可' },
    ],
  },
  {
    code: 'whgltyj', domain: 'culture-tourism',
    name: { zh: '中山市文化广电旅游局', en: 'Zhongshan Municipal Bureau of Culture, Radio, Television and Tourism' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: { tour: ['国内旅游业务', '出境旅游业务', '在线旅游'] },
    penalties: [
      { law: '《中华人民共和国旅游法》', art: '第九十五条第一款', v: '未经许可经营旅行社业务', fine: { mult: [1, 5], of: 'illegalGains', floor: { below: 100000, abs: [10000, 100000] } }, flags: 'C', scenes: 'tour' },
      { law: '《中华人民共和国旅游法》', art: '第九十八条', v: '旅行社虚假宣传或者指定具体购物场所等', fine: { abs: [30000, 300000] }, flags: 'CRS', scenes: 'tour', party: 'ORGANISATION' },
      { law: '《互联网上网服务营业场所管理条例》', art: '第三十一条', v: '上网服务营业场所接纳未成年人或者违规经营', fine: { abs: [0, 15000] }, flags: 'RSL', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《中华人民共和国旅游法》', art: '第二十八条', v: '旅行社业务经营许可' },
      { law: '《娱乐场所管理条例》', art: '第九条', v: '娱乐场所经营许可', flags: 'P' },
      { law: '《互联网上网服务营业场所管理条例》', art: '第十条', v: '网络文化经营许可（上网服务营业场所）' },
    ],
  },
  {
    code: 'jytyj', domain: 'education-sports',
    name: { zh: '中山市教育和体育局', en: 'Zhongshan Municipal Bureau of Education and Sports' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: { sport: ['游泳', '攀岩', '潜水', '滑雪'] },
    penalties: [
      { law: '《全民健身条例》', art: '第三十六条', v: '未经批准擅自经营高危险性体育项目', fine: { mult: [2, 5], of: 'illegalGains', floor: { below: 30000, abs: [30000, 100000] } }, flags: 'C', scenes: 'sport' },
      { law: '《全民健身条例》', art: '第三十七条', v: '高危险性体育项目经营者不再符合许可条件仍经营', fine: { mult: [2, 5], of: 'illegalGains', floor: { below: 30000, abs: [30000, 100000] } }, flags: 'CR', scenes: 'sport' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《全民健身条例》', art: '第三十二条', v: '经营高危险性体育项目许可', flags: 'P' },
      { law: '《中华人民共和国民办教育促进法》', art: '第十八条', v: '民办学校办学许可', flags: 'P' },
    ],
  },
  {
    code: 'rsj', domain: 'human-resources',
    name: { zh: '中山市人力资源和社会保障局', en: 'Zhongshan Municipal Human Resources and Social Security Bureau' },
    review: { fine: [10000, 50000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: { labour: ['制造业', '建筑业', '服务业'] },
    penalties: [
      { law: '《劳动保障监察条例》', art: '第二十三条', v: '违反女职工和未成年工特殊劳动保护规定（按受侵害劳动者每人计）', fine: { abs: [1000, 5000] }, flags: '', scenes: 'labour', party: 'ORGANISATION' },
      { law: '《劳动保障监察条例》', art: '第二十五条', v: '违法延长劳动者工作时间（按受侵害劳动者每人计）', fine: { abs: [100, 500] }, flags: 'L', scenes: 'labour', party: 'ORGANISATION' },
      { law: '《人力资源市场暂行条例》', art: '第四十二条', v: '未经许可擅自从事职业中介活动', fine: { abs: [10000, 50000] }, flags: 'C' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《人力资源市场暂行条例》', art: '第十八条', v: '人力资源服务许可' },
      { law: '《中华人民共和国劳动合同法》', art: '第五十七条第二款', v: '劳务派遣经营许可', flags: 'P' },
    ],
  },
  {
    code: 'gaj', domain: 'public-security',
    name: { zh: '中山市公安局', en: 'Zhongshan Municipal Public Security Bureau' },
    reviewBody: { zh: '中山市公安局法制支队', en: 'Legal Affairs Detachment, Zhongshan Public Security Bureau' },
    // Public security reviews at 以上 (inclusive): the one inclusive review bound in this tenant.
    review: { fine: [2000, 10000, true], coercion: [20000, 100000, true], days: 3 },
    // 《公安机关办理行政案件程序规定》 sets a lower hearing amount than the province: a tighter department threshold.
    hearing: {
      individual: 2000, organisation: 10000,
      basis: { law: '《公安机关办理行政案件程序规定》', article: '第一百二十三条', note: '“较大数额罚款”指对个人处以二千元以上、对单位处以一万元以上罚款（含本数），低于广东省标准，公安机关适用本标准；条文序号以现行版本为准，待确认' },
    },
    scenes: { traffic: ['城市道路', '公路'] },
    penalties: [
      { law: '《中华人民共和国道路交通安全法》', art: '第九十一条第一款', v: '饮酒后驾驶机动车', fine: { abs: [1000, 2000] }, flags: '', party: 'INDIVIDUAL', scenes: 'traffic' },
      { law: '《中华人民共和国道路交通安全法》', art: '第九十二条第一款', v: '公路客运车辆载客超过额定乘员', fine: { abs: [200, 2000] }, flags: '', party: 'INDIVIDUAL', scenes: 'traffic' },
      { law: '《中华人民共和国道路交通安全法》', art: '第九十九条第一款', v: '未取得机动车驾驶证驾驶机动车等', fine: { abs: [200, 2000] }, flags: '', party: 'INDIVIDUAL', scenes: 'traffic' },
      { law: '《中华人民共和国居民身份证法》', art: '第十七条第一款', v: '冒用他人居民身份证或者使用骗领的居民身份证', fine: { abs: [200, 1000] }, flags: 'C', party: 'INDIVIDUAL' },
      { law: '《中华人民共和国出境入境管理法》', art: '第八十条第一款', v: '外国人非法就业', fine: { abs: [5000, 20000] }, flags: '', party: 'INDIVIDUAL' },
    ],
    coercions: [
      { law: '《中华人民共和国道路交通安全法》', art: '第九十五条第一款', v: '未悬挂机动车号牌或者未放置检验合格标志、保险标志的机动车', measures: ['扣留'], kind: 'SEIZURE', scenes: 'traffic' },
      SURCHARGE,
    ],
    licences: [
      { law: '《大型群众性活动安全管理条例》', art: '第十一条', v: '大型群众性活动安全许可', flags: 'P' },
      { law: '《旅馆业治安管理办法》', art: '第四条', v: '旅馆业特种行业许可' },
      { law: '《烟花爆竹安全管理条例》', art: '第三十二条', v: '焰火晚会及大型焰火燃放活动许可', flags: 'P' },
    ],
  },
  {
    code: 'mzj', domain: 'civil-affairs',
    name: { zh: '中山市民政局', en: 'Zhongshan Municipal Civil Affairs Bureau' },
    review: { fine: [10000, 50000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {},
    penalties: [
      { law: '《殡葬管理条例》', art: '第十九条', v: '未经批准擅自兴建殡葬设施', fine: { mult: [1, 3], of: 'illegalGains' }, flags: 'C' },
      { law: '《社会团体登记管理条例》', art: '第三十条', v: '社会团体违反登记管理规定从事活动', fine: { mult: [3, 5], of: 'illegalGains' }, flags: 'CR', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《殡葬管理条例》', art: '第八条', v: '殡葬设施建设审批', flags: 'P' },
    ],
  },
  {
    code: 'swuj', domain: 'commerce',
    name: { zh: '中山市商务局', en: 'Zhongshan Municipal Commerce Bureau' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {},
    penalties: [
      { law: '《报废机动车回收管理办法》', art: '第二十一条', v: '未取得资质认定擅自从事报废机动车回收活动', fine: { mult: [2, 5], of: 'illegalGains', floor: { below: 50000, abs: [50000, 100000] } }, flags: 'C' },
      { law: '《商业特许经营管理条例》', art: '第二十三条', v: '不具备规定条件从事特许经营活动', fine: { abs: [100000, 500000] }, flags: 'C', party: 'ORGANISATION' },
      { law: '《商业特许经营管理条例》', art: '第二十四条', v: '特许人未按规定备案', fine: { abs: [10000, 100000] }, flags: 'L', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《报废机动车回收管理办法》', art: '第六条', v: '报废机动车回收企业资质认定' },
    ],
  },
  {
    code: 'fgj', domain: 'development-reform',
    name: { zh: '中山市发展和改革局', en: 'Zhongshan Municipal Development and Reform Bureau' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {},
    penalties: [
      { law: '《中华人民共和国招标投标法》', art: '第五十一条', v: '招标人以不合理条件限制或者排斥潜在投标人', fine: { abs: [10000, 50000] }, flags: 'L', party: 'ORGANISATION' },
      { law: '《中华人民共和国招标投标法实施条例》', art: '第六十四条', v: '招标人违规采用邀请招标或者违反招标期限规定等', fine: { abs: [0, 100000] }, flags: 'L', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [],
  },
  {
    code: 'gxj', domain: 'industry-it',
    name: { zh: '中山市工业和信息化局', en: 'Zhongshan Municipal Bureau of Industry and Information Technology' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {},
    penalties: [
      { law: '《中华人民共和国无线电管理条例》', art: '第七十条', v: '未经许可擅自使用无线电频率或者擅自设置、使用无线电台（站）', fine: { abs: [0, 50000] }, flags: 'CL' },
    ],
    coercions: [SURCHARGE],
    licences: [],
  },
  { code: 'kjj', domain: 'science-technology', name: { zh: '中山市科学技术局', en: 'Zhongshan Municipal Science and Technology Bureau' }, penalties: [], coercions: [], licences: [] },
  {
    code: 'czj', domain: 'finance',
    name: { zh: '中山市财政局', en: 'Zhongshan Municipal Finance Bureau' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {},
    penalties: [],
    coercions: [],
    licences: [
      { law: '《代理记账管理办法》', art: '第三条', v: '代理记账机构审批' },
    ],
  },
  {
    code: 'tjj', domain: 'statistics',
    name: { zh: '中山市统计局', en: 'Zhongshan Municipal Statistics Bureau' },
    review: { fine: [10000, 50000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: { survey: ['规模以上工业统计调查', '服务业统计调查', '经济普查'] },
    penalties: [
      { law: '《中华人民共和国统计法》', art: '第四十一条第一款', parts: 5, v: '统计调查对象拒绝、虚报或者阻碍统计调查', fine: { abs: [0, 200000] }, flags: 'L', scenes: 'survey', party: 'ORGANISATION' },
      { law: '《中华人民共和国统计法》', art: '第四十二条第一款', v: '迟报统计资料或者未按规定设置原始记录、统计台账', fine: { abs: [0, 10000] }, flags: 'L', party: 'ORGANISATION' },
      { law: '《中华人民共和国统计法》', art: '第四十三条', v: '个体工商户拒绝、虚报或者阻碍统计调查', fine: { abs: [0, 10000] }, flags: 'L', party: 'INDIVIDUAL' },
    ],
    coercions: [SURCHARGE],
    licences: [],
  },
  {
    code: 'ybj', domain: 'medical-security',
    name: { zh: '中山市医疗保障局', en: 'Zhongshan Municipal Medical Security Bureau' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: { providers: ['定点医疗机构', '定点零售药店'] },
    penalties: [
      { law: '《医疗保障基金使用监督管理条例》', art: '第三十八条', v: '定点医药机构违规使用医疗保障基金造成损失（以损失金额计）', fine: { mult: [1, 2], of: 'illegalGains' }, flags: 'S', scenes: 'providers', party: 'ORGANISATION' },
      { law: '《医疗保障基金使用监督管理条例》', art: '第三十九条', v: '定点医药机构未建立基金使用内部管理制度等', fine: { abs: [10000, 50000] }, flags: 'L', scenes: 'providers', party: 'ORGANISATION' },
      { law: '《医疗保障基金使用监督管理条例》', art: '第四十条第一款', v: '定点医药机构以骗取医疗保障基金为目的的违法行为（以骗取金额计）', fine: { mult: [2, 5], of: 'illegalGains' }, flags: 'CS', scenes: 'providers', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [],
  },
  { code: 'tyjrswj', domain: 'veterans-affairs', name: { zh: '中山市退役军人事务局', en: 'Zhongshan Municipal Veterans Affairs Bureau' }, penalties: [], coercions: [], licences: [] },
  {
    code: 'rfb', domain: 'civil-air-defence',
    name: { zh: '中山市人民防空办公室', en: 'Zhongshan Municipal Civil Air Defence Office' },
    review: { fine: [10000, 50000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {},
    penalties: [
      { law: '《中华人民共和国人民防空法》', art: '第四十八条', v: '城市新建民用建筑未按规定修建防空地下室', fine: { abs: [0, 100000] }, flags: '', party: 'ORGANISATION' },
      { law: '《中华人民共和国人民防空法》', art: '第四十九条', v: '单位侵占人民防空工程或者擅自拆除人民防空工程等', fine: { abs: [10000, 50000] }, flags: 'L', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《中华人民共和国人民防空法》', art: '第二十八条', v: '人民防空工程拆除审批', flags: 'P' },
    ],
  },
  { code: 'mzzjj', domain: 'ethnic-religious-affairs', name: { zh: '中山市民族宗教事务局', en: 'Zhongshan Municipal Ethnic and Religious Affairs Bureau' }, penalties: [], coercions: [], licences: [] },
  {
    code: 'dajj', domain: 'archives',
    name: { zh: '中山市档案局', en: 'Zhongshan Municipal Archives Bureau' },
    review: { fine: [10000, 50000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {},
    penalties: [
      { law: '《中华人民共和国档案法》', art: '第四十九条', v: '利用档案馆档案时损毁、丢失或者擅自提供、抄录档案', fine: { abs: [10000, 100000] }, flags: '', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [],
  },
  {
    code: 'qxj', domain: 'meteorology',
    name: { zh: '中山市气象局', en: 'Zhongshan Municipal Meteorological Bureau' },
    review: { fine: [10000, 50000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {},
    penalties: [
      { law: '《中华人民共和国气象法》', art: '第三十五条第一款', v: '侵占、损毁或者擅自移动气象设施等', fine: { abs: [0, 50000] }, flags: 'L' },
      { law: '《气象灾害防御条例》', art: '第四十五条', v: '无资质或者超越资质许可范围从事雷电防护装置检测等', fine: { abs: [50000, 100000] }, flags: 'C', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [
      { law: '《气象灾害防御条例》', art: '第二十三条', v: '雷电防护装置设计审核和竣工验收', flags: 'P' },
    ],
  },
  {
    code: 'xfjyzd', domain: 'fire-rescue',
    name: { zh: '中山市消防救援支队', en: 'Zhongshan Fire and Rescue Detachment' },
    reviewBody: { zh: '中山市消防救援支队法制科', en: 'Legal Affairs Section, Zhongshan Fire and Rescue Detachment' },
    review: { fine: [10000, 100000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: { venue: ['人员密集场所', '生产加工企业', '仓储场所', '住宿与生产储存经营合用场所'] },
    penalties: [
      { law: FIRE, art: '第五十八条第一款第（四）项', v: '公众聚集场所未经消防安全检查或者不符合消防安全要求擅自投入使用、营业', fine: { abs: [30000, 300000] }, flags: 'S', party: 'ORGANISATION' },
      { law: FIRE, art: '第六十条第一款', parts: 7, v: '单位违反消防设施、疏散通道和消防安全管理规定', fine: { abs: [5000, 50000] }, flags: 'L', scenes: 'venue', party: 'ORGANISATION', town: true },
      { law: FIRE, art: '第六十条第二款', v: '个人损坏消防设施或者占用、堵塞疏散通道等', fine: { abs: [0, 500] }, flags: 'L', party: 'INDIVIDUAL', town: true },
      { law: FIRE, art: '第六十一条第一款', v: '易燃易爆危险品场所与居住场所设置在同一建筑物内等', fine: { abs: [5000, 50000] }, flags: 'S', scenes: 'venue' },
    ],
    coercions: [
      { law: FIRE, art: '第五十四条', v: '火灾隐患不及时消除可能严重威胁公共安全的危险部位或者场所', measures: ['临时查封'], kind: 'SEIZURE', scenes: 'venue' },
      { law: FIRE, art: '第七十条第三款', v: '当事人逾期不执行停产停业、停止使用、停止施工决定', measures: ['强制执行'], kind: 'EXECUTION' },
      SURCHARGE,
    ],
    licences: [
      { law: FIRE, art: '第十五条第一款', v: '公众聚集场所投入使用、营业前消防安全检查', flags: 'P' },
    ],
  },
  {
    code: 'gjjzx', domain: 'housing-provident-fund',
    name: { zh: '中山市住房公积金管理中心', en: 'Zhongshan Housing Provident Fund Management Centre' },
    review: { fine: [10000, 50000, false], coercion: [30000, 100000, false], days: 5 },
    scenes: {},
    penalties: [
      { law: '《住房公积金管理条例》', art: '第三十七条', v: '单位不办理住房公积金缴存登记或者不为职工设立账户', fine: { abs: [10000, 50000] }, flags: 'L', party: 'ORGANISATION' },
    ],
    coercions: [SURCHARGE],
    licences: [],
  },
  { code: 'sjj', domain: 'audit', name: { zh: '中山市审计局', en: 'Zhongshan Municipal Audit Bureau' }, penalties: [], coercions: [], licences: [] },
  {
    code: 'sws', domain: 'taxation',
    name: { zh: '国家税务总局中山市税务局', en: 'Zhongshan Tax Service, State Taxation Administration' },
    review: { fine: [10000, 100000, false], coercion: [50000, 200000, false], days: 5 },
    hearing: {
      individual: 2000, organisation: 10000,
      basis: { document: '《税务行政处罚听证程序实施办法（试行）》（国税发〔1996〕190号）', section: '第三条', note: '对公民作出2000元以上、对法人或者其他组织作出1万元以上罚款（含本数）的，应告知听证权利；低于广东省标准，税务机关适用本标准' },
    },
    scenes: { taxpayers: ['企业纳税人', '个体工商户'] },
    penalties: [
      { law: TAX, art: '第六十条第一款', parts: 5, v: '纳税人未按规定办理税务登记、设置账簿或者报送资料等', fine: { abs: [0, 10000] }, flags: 'L', scenes: 'taxpayers' },
      { law: TAX, art: '第六十二条', v: '纳税人未按规定期限办理纳税申报和报送纳税资料', fine: { abs: [0, 10000] }, flags: 'L', scenes: 'taxpayers' },
      { law: TAX, art: '第六十四条第一款', v: '纳税人、扣缴义务人编造虚假计税依据', fine: { abs: [0, 50000] }, flags: '', scenes: 'taxpayers' },
      { law: TAX, art: '第七十条', v: '逃避、拒绝或者以其他方式阻挠税务机关检查', fine: { abs: [0, 50000] }, flags: '', scenes: 'taxpayers' },
    ],
    coercions: [
      { law: TAX, art: '第三十八条第一款', v: '有逃避纳税义务行为的纳税人的存款或者财产', measures: ['冻结存款', '查封扣押财产'], kind: 'SEIZURE' },
      { law: TAX, art: '第四十条第一款', v: '逾期未缴纳税款的纳税人、扣缴义务人', measures: ['扣缴税款', '拍卖变卖财产'], kind: 'EXECUTION' },
      SURCHARGE,
    ],
    licences: [],
  },
];

/** Town-level comprehensive enforcement offices: the 24 镇（区） units that seed 002 counts. */
export const TOWNS = [
  ['shiqi', '石岐区', 'Shiqi District'], ['dongqu', '东区', 'East District'], ['xiqu', '西区', 'West District'],
  ['nanqu', '南区', 'South District'], ['wuguishan', '五桂山', 'Wuguishan'], ['huoju', '火炬开发区', 'Torch Development Zone'],
  ['xiaolan', '小榄镇', 'Xiaolan Town'], ['huangpu', '黄圃镇', 'Huangpu Town'], ['minzhong', '民众镇', 'Minzhong Town'],
  ['dongfeng', '东凤镇', 'Dongfeng Town'], ['dongsheng', '东升镇', 'Dongsheng Town'], ['guzhen', '古镇镇', 'Guzhen Town'],
  ['shaxi', '沙溪镇', 'Shaxi Town'], ['tanzhou', '坦洲镇', 'Tanzhou Town'], ['gangkou', '港口镇', 'Gangkou Town'],
  ['sanjiao', '三角镇', 'Sanjiao Town'], ['henglan', '横栏镇', 'Henglan Town'], ['nantou', '南头镇', 'Nantou Town'],
  ['fusha', '阜沙镇', 'Fusha Town'], ['nanlang', '南朗镇', 'Nanlang Town'], ['sanxiang', '三乡镇', 'Sanxiang Town'],
  ['banfu', '板芙镇', 'Banfu Town'], ['dachong', '大涌镇', 'Dachong Town'], ['shenwan', '神湾镇', 'Shenwan Town'],
];

export const TOWN_REVIEW = { fine: [5000, 50000, false], coercion: [20000, 100000, false], days: 5 };

/** What a town office enforces of its own: demolition and execution after its own decisions. */
export const TOWN_COERCIONS = [
  { law: '《中华人民共和国城乡规划法》', art: '第六十八条', v: '违法建设的施工现场', measures: ['查封施工现场', '强制拆除'], kind: 'DEMOLITION' },
  { law: COERCION, art: '第四十四条', v: '违法的建筑物、构筑物、设施', measures: ['强制拆除'], kind: 'DEMOLITION' },
  { law: COERCION, art: '第五十条', v: '当事人逾期不履行排除妨碍、恢复原状义务', measures: ['代履行'], kind: 'EXECUTION' },
  SURCHARGE,
];

/** Sources every generated entry shares. */
export const SOURCES = {
  penaltyLaw: PENALTY,
  coercionLaw: COERCION,
  licensingLaw: '《中华人民共和国行政许可法》',
  guidance: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
};
