import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testTenant } from './fixtures/test-tenant.ts';
import { loadEngineGoldenCases, runGoldenCases } from './golden-cases.ts';

const { cases, issues } = loadEngineGoldenCases(fileURLToPath(new URL('../golden/', import.meta.url)));
const tenant = testTenant();

describe('the engine\'s golden cases (packages/engine/golden), on the law table and the Shaoyang fixture', () => {
  it('loads them all', () => {
    expect(issues).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases.map((golden) => [golden.file.split('/').at(-1), golden] as const))('%s', async (_, golden) => {
    const report = await runGoldenCases(tenant, [golden]);
    expect(report.results[0]?.failures).toEqual([]);
  });

  it('reports what differs when a case fails', async () => {
    const [first] = cases;
    const report = await runGoldenCases(tenant, [{ ...first!, expect: { hearingRight: !first!.expect.hearingRight } }]);
    expect(report.failed).toBe(1);
    expect(report.results[0]?.failures[0]).toMatchObject({ field: 'hearingRight' });
  });
});
