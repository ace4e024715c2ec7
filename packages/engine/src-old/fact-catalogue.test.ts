import { FACT_CATALOGUE } from '@sanxiang/config';
import { describe, expect, it } from 'vitest';
import { CASE_FACTS, STATED_FACTS } from './case-facts.ts';
import { ANSWER_FACTS } from './compile.ts';
import { DERIVED_FACTS } from './derived-facts.ts';

const computed = [...Object.keys(DERIVED_FACTS), ...ANSWER_FACTS];
const resolved = new Set([...Object.keys(CASE_FACTS), ...computed, ...STATED_FACTS]);

describe("config's fact catalogue and the engine stay in step", () => {
  it('catalogues every fact the engine computes', () => {
    const catalogued = new Set(FACT_CATALOGUE.map((fact) => fact.name));
    expect(computed.filter((name) => !catalogued.has(name))).toEqual([]);
  });

  it('marks derived only facts the engine computes', () => {
    const derived = FACT_CATALOGUE.filter((fact) => fact.derived === true).map((fact) => fact.name);
    expect(derived.filter((name) => !computed.includes(name) && name !== 'legalReviewRequired')).toEqual([]);
  });

  it('resolves or reads every catalogued fact', () => {
    expect(FACT_CATALOGUE.map((fact) => fact.name).filter((name) => !resolved.has(name))).toEqual([]);
  });
});
