import { enumEn, enumZh } from './enum-messages.ts';
import { inboxEn, inboxZh } from './inbox-messages.ts';
import { workspaceEn, workspaceZh } from './workspace-messages.ts';

/**
 * Every string the web app shows that does not come from the server. The zh-CN table is the source of
 * the key set; the English table must name exactly the same keys, so a missing translation is a type error.
 * Enum words (levels, department types, case types…) are keyed `<enum>.<VALUE>` so `tEnum` can find them.
 */
const coreZh = {
  'app.title': '行政执法三项制度平台',
  'app.shortTitle': '三项制度',
  'app.footer': '行政执法公示 · 执法全过程记录 · 重大执法决定法制审核',
  'app.health': '服务状态',

  'nav.tenants': '执法主体目录',
  'nav.cases': '我的案件',

  'language.label': '界面语言',

  'session.login': '登录',
  'session.logout': '退出登录',
  'session.signedInAs': '当前用户',

  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.back': '返回',
  'common.none': '无',
  'common.networkError': '无法连接服务器，请检查网络后重试。',

  'notFound.title': '页面不存在',
  'notFound.subtitle': '您访问的地址不存在。',
  'notFound.home': '返回首页',

  'tenants.title': '执法主体目录',
  'tenants.intro': '以下为本平台已接入的行政执法主体及其内设部门（事前公开）。点击一行查看部门。',
  'tenants.name': '名称',
  'tenants.code': '代码',
  'tenants.region': '地区',
  'tenants.level': '层级',
  'tenants.departmentCount': '部门数',
  'tenants.empty': '暂无执法主体。',
  'tenants.noDepartments': '该执法主体尚未登记部门。',

  'departments.name': '部门名称',
  'departments.type': '类型',
  'departments.domain': '执法领域',

  'login.title': '登录',
  'login.tenant': '所属单位',
  'login.tenantRequired': '请选择所属单位',
  'login.username': '用户名',
  'login.usernameRequired': '请输入用户名',
  'login.password': '密码',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',
  'login.failed': '登录失败',
  'login.alreadySignedIn': '您已登录',

  'cases.title': '我的案件',
  'cases.number': '案件编号',
  'cases.caseTitle': '案件名称',
  'cases.type': '案件类型',
  'cases.procedure': '程序',
  'cases.stage': '当前环节',
  'cases.actDate': '行为日期',
  'cases.department': '承办部门',
  'cases.empty': '暂无案件。',
  'cases.signInRequired': '请先登录后查看案件。',

  'case.notFound': '找不到该案件',
  'case.summary': '基本信息',
  'case.progress': '办理进度',
  'case.enforcementItem': '执法事项',
  'case.itemCategory': '事项类别',
  'case.legalBasis': '法律依据',
  'case.noItem': '未关联执法事项',
  'case.parties': '当事人',
  'case.partyKind': '类型',
  'case.partyName': '名称/姓名',
  'case.partyIdentifier': '证件号码/统一社会信用代码',
  'case.partyAddress': '地址',
  'case.officers': '执法人员',
  'case.leadOfficer': '主办',
  'case.version': '版本',
  'case.facts': '案件事实',

  'level.PROVINCE': '省级',
  'level.PREFECTURE': '市级',
  'level.COUNTY': '县级',
  'level.DEPARTMENT': '部门',

  'departmentType.ENFORCEMENT_AGENCY': '执法机关',
  'departmentType.LEGAL_REVIEW_BODY': '法制审核机构',
  'departmentType.JUDICIAL_BUREAU': '司法局',

  'caseType.PENALTY': '行政处罚',
  'caseType.COERCION': '行政强制',
  'caseType.INSPECTION': '行政检查',
  'caseType.LICENCE': '行政许可',
  'caseType.EXPROPRIATION': '征收征用',
  'caseType.CONFIRMATION': '行政确认',
  'caseType.OTHER': '其他',

  'procedure.GENERAL': '一般程序',
  'procedure.SIMPLE': '简易程序',
  'procedure.QUICK': '快速办理',
  'procedure.EMERGENCY': '紧急情况',

  'itemCategory.PENALTY': '处罚',
  'itemCategory.COERCION': '强制',
  'itemCategory.INSPECTION': '检查',
  'itemCategory.LICENCE': '许可',
  'itemCategory.EXPROPRIATION': '征收征用',
  'itemCategory.CONFIRMATION': '确认',
  'itemCategory.OTHER': '其他',

  'partyKind.INDIVIDUAL': '自然人',
  'partyKind.ORGANISATION': '法人或其他组织',

  'role.OFFICER': '执法人员',
  'role.DEPARTMENT_HEAD': '负责人',
  'role.LEGAL_REVIEWER': '法制审核人员',
  'role.DEPARTMENT_ADMIN': '部门管理员',
  'role.SUPERVISOR': '司法局监督人员',
  'role.VENDOR': '规则包供应商',

  // case.list returns only the stage key; case.get carries the server's own bilingual labels.
  'stage.FILING': '立案',
  'stage.INVESTIGATION': '调查取证',
  'stage.NOTICE': '告知',
  'stage.HEARING': '听证',
  'stage.LEGAL_REVIEW': '法制审核',
  'stage.COLLECTIVE_DISCUSSION': '集体讨论',
  'stage.DECISION': '决定',
  'stage.DELIVERY': '送达',
  'stage.EXECUTION': '执行',
  'stage.CLOSING': '结案',
  'stage.ARCHIVED': '归档',
  'stage.ON_THE_SPOT': '当场处罚',
  'stage.OPEN': '办理中',
} as const;

// The areas' own tables (workspace, inboxes, enum words) join the core one; each English table is typed against its
// Chinese one, so a key missing in either language is a type error there.
const zhCN = { ...coreZh, ...workspaceZh, ...inboxZh, ...enumZh };

export type MessageKey = keyof typeof zhCN;

const coreEn: Record<keyof typeof coreZh, string> = {
  'app.title': 'Sanxiang: three systems of administrative law enforcement',
  'app.shortTitle': 'Sanxiang',
  'app.footer': 'Enforcement disclosure · Whole-process records · Legal review of major decisions',
  'app.health': 'Service status',

  'nav.tenants': 'Enforcement bodies',
  'nav.cases': 'My cases',

  'language.label': 'Language',

  'session.login': 'Sign in',
  'session.logout': 'Sign out',
  'session.signedInAs': 'Signed in as',

  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.back': 'Back',
  'common.none': 'None',
  'common.networkError': 'Cannot reach the server. Check your connection and try again.',

  'notFound.title': 'Page not found',
  'notFound.subtitle': 'The address you opened does not exist.',
  'notFound.home': 'Back to home',

  'tenants.title': 'Enforcement bodies',
  'tenants.intro': 'Administrative enforcement bodies on this platform and their departments (disclosed in advance). Click a row to see its departments.',
  'tenants.name': 'Name',
  'tenants.code': 'Code',
  'tenants.region': 'Region',
  'tenants.level': 'Level',
  'tenants.departmentCount': 'Departments',
  'tenants.empty': 'No enforcement bodies yet.',
  'tenants.noDepartments': 'No departments registered for this body.',

  'departments.name': 'Department',
  'departments.type': 'Type',
  'departments.domain': 'Enforcement domain',

  'login.title': 'Sign in',
  'login.tenant': 'Organisation',
  'login.tenantRequired': 'Choose your organisation',
  'login.username': 'Username',
  'login.usernameRequired': 'Enter your username',
  'login.password': 'Password',
  'login.passwordRequired': 'Enter your password',
  'login.submit': 'Sign in',
  'login.failed': 'Sign-in failed',
  'login.alreadySignedIn': 'You are signed in',

  'cases.title': 'My cases',
  'cases.number': 'Case number',
  'cases.caseTitle': 'Title',
  'cases.type': 'Type',
  'cases.procedure': 'Procedure',
  'cases.stage': 'Current stage',
  'cases.actDate': 'Date of act',
  'cases.department': 'Department',
  'cases.empty': 'No cases yet.',
  'cases.signInRequired': 'Sign in to see your cases.',

  'case.notFound': 'Case not found',
  'case.summary': 'Summary',
  'case.progress': 'Progress',
  'case.enforcementItem': 'Enforcement item',
  'case.itemCategory': 'Item category',
  'case.legalBasis': 'Legal basis',
  'case.noItem': 'No enforcement item linked',
  'case.parties': 'Parties',
  'case.partyKind': 'Kind',
  'case.partyName': 'Name',
  'case.partyIdentifier': 'ID / unified social credit code',
  'case.partyAddress': 'Address',
  'case.officers': 'Officers',
  'case.leadOfficer': 'Lead',
  'case.version': 'Version',
  'case.facts': 'Facts',

  'level.PROVINCE': 'Province',
  'level.PREFECTURE': 'Prefecture (city)',
  'level.COUNTY': 'County',
  'level.DEPARTMENT': 'Department',

  'departmentType.ENFORCEMENT_AGENCY': 'Enforcement agency',
  'departmentType.LEGAL_REVIEW_BODY': 'Legal review body',
  'departmentType.JUDICIAL_BUREAU': 'Judicial bureau',

  'caseType.PENALTY': 'Administrative penalty',
  'caseType.COERCION': 'Administrative coercion',
  'caseType.INSPECTION': 'Administrative inspection',
  'caseType.LICENCE': 'Administrative licence',
  'caseType.EXPROPRIATION': 'Expropriation and requisition',
  'caseType.CONFIRMATION': 'Administrative confirmation',
  'caseType.OTHER': 'Other',

  'procedure.GENERAL': 'General procedure',
  'procedure.SIMPLE': 'Simple procedure',
  'procedure.QUICK': 'Expedited handling',
  'procedure.EMERGENCY': 'Emergency',

  'itemCategory.PENALTY': 'Penalty',
  'itemCategory.COERCION': 'Coercion',
  'itemCategory.INSPECTION': 'Inspection',
  'itemCategory.LICENCE': 'Licence',
  'itemCategory.EXPROPRIATION': 'Expropriation and requisition',
  'itemCategory.CONFIRMATION': 'Confirmation',
  'itemCategory.OTHER': 'Other',

  'partyKind.INDIVIDUAL': 'Individual',
  'partyKind.ORGANISATION': 'Legal person or other organisation',

  'role.OFFICER': 'Enforcement officer',
  'role.DEPARTMENT_HEAD': 'Department head',
  'role.LEGAL_REVIEWER': 'Legal reviewer',
  'role.DEPARTMENT_ADMIN': 'Department administrator',
  'role.SUPERVISOR': 'Judicial bureau supervisor',
  'role.VENDOR': 'Ruleset vendor',

  'stage.FILING': 'Filing',
  'stage.INVESTIGATION': 'Investigation',
  'stage.NOTICE': 'Notice of intended penalty',
  'stage.HEARING': 'Hearing',
  'stage.LEGAL_REVIEW': 'Legal review',
  'stage.COLLECTIVE_DISCUSSION': 'Collective discussion',
  'stage.DECISION': 'Decision',
  'stage.DELIVERY': 'Delivery',
  'stage.EXECUTION': 'Execution',
  'stage.CLOSING': 'Closing',
  'stage.ARCHIVED': 'Archived',
  'stage.ON_THE_SPOT': 'On-the-spot decision',
  'stage.OPEN': 'Open',
};

const en: Record<MessageKey, string> = { ...coreEn, ...workspaceEn, ...inboxEn, ...enumEn };

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const messages: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

/** The groups of enum words above; `tEnum(group, value)` falls back to the raw value for unknown ones. */
export type EnumGroup =
  | 'level' | 'departmentType' | 'caseType' | 'procedure' | 'itemCategory' | 'partyKind' | 'role' | 'stage'
  | 'action' | 'recordingLevel' | 'metadata' | 'opinion' | 'penalty' | 'reviewStatus' | 'evidenceKind' | 'transition';
