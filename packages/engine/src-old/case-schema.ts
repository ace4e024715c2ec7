import { ACTION_TYPES, CATEGORIES, STAGES } from './case-snapshot.ts';

/**
 * The subset of JSON Schema (draft-07) the case schema uses and case-validator.ts interprets. Kept small on
 * purpose: every keyword here is one the validator checks, so the published file can never promise more.
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: JsonType | readonly JsonType[];
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: { pattern: string };
  maxProperties?: number;
  items?: JsonSchema;
  maxItems?: number;
  enum?: readonly string[];
  pattern?: string;
  format?: 'date' | 'date-time';
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

const text = (description: string, maxLength = 200): JsonSchema => ({ description, type: 'string', minLength: 1, maxLength });
const flag = (description: string): JsonSchema => ({ description, type: 'boolean' });
const date = (description: string): JsonSchema => ({ description, type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const dateTime = (description: string): JsonSchema => ({
  description, type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(\\+08:00)?$',
});
const yuan = (description: string): JsonSchema => ({ description, type: 'number', minimum: 0, maximum: 1e13 });
const oneOf = (description: string, values: readonly string[]): JsonSchema => ({ description, type: 'string', enum: values });
const object = (description: string, properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  description, type: 'object', additionalProperties: false, properties, ...(required.length ? { required } : {}),
});
const list = (description: string, items: JsonSchema, maxItems: number): JsonSchema => ({ description, type: 'array', items, maxItems });
const CODE = '^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$';

const certificate = object('执法证 / Enforcement certificate', {
  number: text('证号 / Number', 64),
  domain: text('执法领域，与部门的 domain 比较 / Enforcement domain, compared with the department domain', 64),
  area: text('执法区域，例如 湖南省邵阳市 / Area of validity, e.g. 湖南省邵阳市', 100),
  validFrom: date('有效期起 / Valid from'),
  validUntil: date('有效期止 / Valid until'),
  status: oneOf('状态 / Status', ['VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED']),
  suspendedUntil: date('暂扣至 / Suspended until'),
}, ['number', 'domain', 'area', 'status']);

const evidence = object('记录 / A record attached to an action', {
  kind: oneOf('种类 / Kind', ['TEXT', 'PHOTO', 'AUDIO', 'VIDEO', 'AUDIO_VIDEO']),
  continuous: flag('覆盖执法全过程、未中断 / Covers the whole act without a break'),
  metadata: object('记录要素 / Metadata', {
    device: text('设备 / Device'), officer: text('执法人员 / Officer'), certificate: text('执法证号 / Certificate'),
    start: dateTime('开始 / Start'), end: dateTime('结束 / End'), place: text('地点 / Place'),
    hash: { description: '文件 SHA-256 / File SHA-256', type: 'string', pattern: '^[0-9a-f]{64}$' },
    party: text('当事人 / Party'), witness: text('见证人 / Witness'),
  }),
}, ['kind']);

const action = object('执法行为 / An enforcement action', {
  id: text('编号 / Id', 80),
  type: oneOf('行为类型 / Action type', ACTION_TYPES),
  stage: oneOf('阶段 / Stage', STAGES),
  startedAt: dateTime('开始时间（北京时间） / Start (Beijing time)'),
  endedAt: dateTime('结束时间 / End'),
  emergency: flag('情况紧急 / An emergency'),
  headApproved: flag('已经负责人批准 / Approved by the head'),
  inEnforcementPremises: flag('在执法办案场所 / Inside enforcement premises'),
  partyPresent: flag('当事人在场 / The party is present'),
  place: text('地点 / Place'),
  evidence: list('所附记录 / Attached records', evidence, 100),
}, ['type', 'startedAt']);

/** Published as packages/engine/schemas/case.schema.json (scripts/write-case-schema.ts writes it; a test compares). */
export const CASE_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sanxiang.example/schemas/case.schema.json',
  title: '案件快照 / Case snapshot',
  description: '规则引擎评估的案件文件；各部分均可省略，引擎会报告缺少的事实 / The case file the rules engine evaluates; every part is optional and the engine reports the facts it lacked',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { description: '本文件的 JSON Schema / This file\'s JSON Schema', type: 'string', maxLength: 500 },
    id: text('案件编号 / Case id', 80),
    type: oneOf('执法类别 / Enforcement category', CATEGORIES),
    procedure: oneOf('程序：SIMPLE 简易程序，GENERAL 普通程序 / Procedure', ['SIMPLE', 'GENERAL']),
    stage: oneOf('阶段 / Stage', STAGES),
    itemCode: { description: '执法事项编码 / Enforcement item code', type: 'string', pattern: CODE },
    department: { description: '办案部门代码 / Department code', type: 'string', pattern: '^[a-z][a-z0-9-]{1,40}$' },
    sector: { description: '适用金额标准的执法领域 / Sector for thresholds', type: 'string', pattern: '^[a-z][a-z0-9-]{1,40}$' },
    area: text('执法行为发生地 / Where the act takes place', 100),
    actDate: date('执法行为日期（核验执法证） / Date of the act (certificates are checked on it)'),
    filedAt: date('立案日期 / Filing date'),
    violation: object('违法行为 / The violation', {
      occurredAt: date('发生日期 / Occurred'), endedAt: date('连续或继续状态终了日期 / Ended (continuing violations)'),
      discoveredAt: date('发现日期 / Discovered'),
    }),
    party: object('当事人 / The party', {
      kind: oneOf('INDIVIDUAL 公民，ORGANISATION 法人或其他组织 / Party type', ['INDIVIDUAL', 'ORGANISATION']),
      business: flag('违法行为发生在经营活动中 / Arose in business activity'),
      minor: flag('未成年人 / A minor'),
      age: { description: '周岁 / Age in years', type: 'integer', minimum: 0, maximum: 150 },
      name: text('名称 / Name'), address: text('住所 / Address', 500), idNumber: text('证件号码 / ID number', 64),
      phone: text('电话 / Phone', 64), electronicDeliveryConsent: flag('同意电子送达 / Consents to electronic delivery'),
    }),
    facts: {
      description: '事实目录中的事实：名 → 值 / Catalogued facts: name → value',
      type: 'object',
      maxProperties: 200,
      propertyNames: { pattern: '^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*$' },
      additionalProperties: {
        description: '事实的值 / The fact value', type: ['string', 'number', 'boolean', 'null', 'array'],
        maxLength: 2000, items: { description: '值 / Value', type: 'string', maxLength: 200 }, maxItems: 100,
      },
    },
    officers: list('执法人员 / Officers', object('执法人员 / Officer', { id: text('编号 / Id', 80), name: text('姓名 / Name'), certificate }), 50),
    actions: list('执法行为 / Actions', action, 500),
    notices: object('告知与听证 / Notices and hearing', {
      penaltyNoticeAt: date('行政处罚事先告知日期 / Notice of the intended penalty (art. 44)'),
      hearingRightNotifiedAt: date('听证权利告知日期 / Hearing right notified (art. 63, 64)'),
      defenceDeadline: date('陈述申辩期限届满日 / Last day of the statement and defence period'),
      defenceWaivedAt: date('放弃陈述申辩日期 / Statement and defence waived'),
      statementHeardAt: date('听取陈述申辩日期 / Statement and defence heard'),
      hearingRequestedAt: date('要求听证日期 / Hearing requested'),
      hearingNoticeAt: date('听证通知日期 / Notice of the hearing'),
      hearingAt: date('听证日期 / Hearing date'),
      hearingHeldAt: date('听证举行日期 / Hearing held'),
      demolitionNoticeAt: date('强制拆除公告日期 / Demolition notice (Coercion Law art. 44)'),
    }),
    review: object('法制审核 / Legal review', {
      status: oneOf('状态 / Status', ['NOT_SUBMITTED', 'PENDING', 'PASSED', 'PROBLEMS_FOUND']),
      materialsCompleteAt: date('材料齐全日期 / Materials complete'),
      passedAt: date('审核通过日期 / Passed'),
      reviewer: object('审核人员 / Reviewer', {
        firstTime: flag('初次从事法制审核 / First time reviewing'),
        legalQualification: flag('取得法律职业资格 / Holds the legal professional qualification'),
      }),
    }, ['status']),
    decision: object('决定 / Decision', {
      decidedAt: date('决定日期 / Decided'), amount: yuan('罚款金额（元） / Fine, in yuan'),
      deliveredAt: date('送达日期 / Delivered'), publishedAt: date('公示日期 / Published'),
      changedAt: date('变更日期 / Changed'), revokedAt: date('撤销日期 / Revoked'), paidAt: date('缴纳日期 / Paid'),
      reasoning: object('说理 / Reasoning', {
        evidence: text('证据采信理由 / Why the evidence was adopted', 5000),
        basis: text('依据选择理由 / Why the basis was chosen', 5000),
        discretion: text('裁量理由 / Why the discretion level was chosen', 5000),
      }),
    }),
    seizure: object('查封扣押 / Seizure or freezing', {
      startedAt: date('开始日期 / Started'), extensionApprovedAt: date('延长批准日期 / Extension approved'),
      endedAt: date('解除日期 / Ended'),
    }, ['startedAt']),
  },
};
