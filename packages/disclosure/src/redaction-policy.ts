/**
 * What a tenant may decide about redaction, as JSON. What the law fixes is not configurable: natural persons'
 * ID numbers, phones, addresses, bank accounts and health, organisations' bank accounts, and other persons'
 * names are always hidden, and free text is always scanned (see disclosure-redaction.ts). A tenant chooses
 * how the punished person's own name is shown, which further fields to leave out, and which numbers are public.
 */
import { AppError } from '@sanxiang/errors';

export type NaturalPersonNameHandling = 'KEEP' | 'SURNAME_ONLY' | 'HIDE';

export interface PolicyBasis {
  law: string;
  article?: string;
}

export interface RedactionPolicy {
  $schema?: string;
  /** The punished natural person's name: as written, 张某某, or 某某. */
  naturalPersonName: NaturalPersonNameHandling;
  /** Dotted paths ("party.address", "basis", "remarks") removed from the published payload, not masked. */
  privateFields: string[];
  /** Numbers that are public and survive the free-text scan: the agency's hotline, its own account. */
  publicNumbers: string[];
  basis: PolicyBasis[];
}

/** Paths a policy may not remove: without them a disclosure does not say which decision it is. */
export const REQUIRED_PUBLIC_FIELDS = ['decisionNumber', 'agency', 'decidedAt', 'party', 'party.kind'] as const;

/**
 * The Zhejiang rule, which DOMAIN.md names as typical: it hides persons other than the punished party and
 * the personal details listed in art. 7, and publishes the punished party's name, so the default keeps it.
 */
export const DEFAULT_REDACTION_POLICY: Readonly<RedactionPolicy> = freezePolicy({
  naturalPersonName: 'KEEP',
  privateFields: [],
  publicNumbers: [],
  basis: [
    { law: '《浙江省行政处罚结果信息网上公开暂行办法》(浙江省人民政府令第332号)', article: '第五条、第七条' },
    { law: '国办发〔2018〕118号', article: '二、全面推行行政执法公示制度' },
    { law: '《中华人民共和国个人信息保护法》', article: '第二十八条' },
    { law: '《中华人民共和国政府信息公开条例》', article: '第十四条、第十五条' },
  ],
});

/** The default is shared by every tenant without a policy, so nothing may change it in place. */
function freezePolicy(policy: RedactionPolicy): Readonly<RedactionPolicy> {
  Object.freeze(policy.privateFields);
  Object.freeze(policy.publicNumbers);
  for (const entry of policy.basis) Object.freeze(entry);
  Object.freeze(policy.basis);
  return Object.freeze(policy);
}

const PATH_PATTERN = '^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$';

/** JSON Schema (2020-12) for a tenant's redaction policy file, for editors and the config loader. */
export const REDACTION_POLICY_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://sanxiang.local/schemas/redaction-policy.schema.json',
  title: 'Redaction policy (技术处理规则)',
  type: 'object',
  additionalProperties: false,
  required: ['naturalPersonName', 'privateFields', 'publicNumbers', 'basis'],
  properties: {
    $schema: { type: 'string' },
    naturalPersonName: { enum: ['KEEP', 'SURNAME_ONLY', 'HIDE'] },
    privateFields: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: PATH_PATTERN, not: { enum: [...REQUIRED_PUBLIC_FIELDS] } },
    },
    publicNumbers: { type: 'array', items: { type: 'string', minLength: 3 } },
    basis: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['law'],
        properties: { law: { type: 'string', minLength: 1 }, article: { type: 'string' } },
      },
    },
  },
} as const;

/**
 * Checks a policy read from JSON against the rules of REDACTION_POLICY_JSON_SCHEMA. Throws CONFIG_INVALID
 * listing every problem, so a tenant admin fixes the file in one go.
 */
export function parseRedactionPolicy(json: unknown): RedactionPolicy {
  const problems: string[] = [];
  const record = isRecord(json) ? json : {};
  if (!isRecord(json)) problems.push('/: must be an object');
  const allowed = new Set(Object.keys(REDACTION_POLICY_JSON_SCHEMA.properties));
  for (const key of Object.keys(record)) if (!allowed.has(key)) problems.push(`/${key}: unknown property`);

  const name = record['naturalPersonName'];
  if (!isNameHandling(name)) {
    problems.push('/naturalPersonName: must be KEEP, SURNAME_ONLY or HIDE');
  }
  const privateFields = stringList(record['privateFields'], '/privateFields', problems);
  const pathRe = new RegExp(PATH_PATTERN);
  const required = new Set<string>(REQUIRED_PUBLIC_FIELDS);
  privateFields.forEach((path, i) => {
    if (!pathRe.test(path)) problems.push(`/privateFields/${i}: not a dotted field path`);
    if (required.has(path)) problems.push(`/privateFields/${i}: ${path} must stay public`);
  });
  if (new Set(privateFields).size !== privateFields.length) problems.push('/privateFields: repeats a path');
  const publicNumbers = stringList(record['publicNumbers'], '/publicNumbers', problems);
  publicNumbers.forEach((n, i) => {
    if (n.length < 3) problems.push(`/publicNumbers/${i}: too short to be a number`);
  });
  const basis = basisList(record['basis'], problems);
  const schema = record['$schema'];
  if (schema !== undefined && typeof schema !== 'string') problems.push('/$schema: must be a string');

  if (problems.length > 0 || !isNameHandling(name)) {
    throw new AppError(
      'CONFIG_INVALID',
      { zh: `技术处理规则有误：${problems.join('；')}`, en: `The redaction policy is invalid: ${problems.join('; ')}` },
      { details: { problems } },
    );
  }
  return {
    ...(typeof schema === 'string' ? { $schema: schema } : {}),
    naturalPersonName: name,
    privateFields,
    publicNumbers,
    basis,
  };
}

function isNameHandling(value: unknown): value is NaturalPersonNameHandling {
  return value === 'KEEP' || value === 'SURNAME_ONLY' || value === 'HIDE';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, pointer: string, problems: string[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(`${pointer}: must be an array of strings`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string') out.push(item);
    else problems.push(`${pointer}/${i}: must be a string`);
  });
  return out;
}

function basisList(value: unknown, problems: string[]): PolicyBasis[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push('/basis: must cite at least one law and article');
    return [];
  }
  const out: PolicyBasis[] = [];
  value.forEach((item: unknown, i) => {
    if (!isRecord(item) || typeof item['law'] !== 'string' || item['law'] === '') {
      problems.push(`/basis/${i}: needs a law`);
      return;
    }
    const article = item['article'];
    if (article !== undefined && typeof article !== 'string') problems.push(`/basis/${i}/article: must be a string`);
    for (const key of Object.keys(item)) if (key !== 'law' && key !== 'article') problems.push(`/basis/${i}/${key}: unknown property`);
    out.push(typeof article === 'string' ? { law: item['law'], article } : { law: item['law'] });
  });
  return out;
}
