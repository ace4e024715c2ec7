import { describe, expect, it, vi } from 'vitest';
import { readEnv } from './env.ts';
import { serverClock } from './server-clock.ts';

describe('the server clock', () => {
  it('is the wall clock when no start is given', () => {
    let real = Date.parse('2026-11-23T01:00:00Z');
    const now = serverClock(undefined, () => real);
    expect(now().toISOString()).toBe('2026-11-23T01:00:00.000Z');
    real += 1500;
    expect(now().toISOString()).toBe('2026-11-23T01:00:01.500Z');
  });

  it('starts at the given instant and runs on at real speed', () => {
    let real = Date.parse('2026-11-23T01:00:00Z');
    const now = serverClock('2025-09-26T10:00:00+08:00', () => real);
    expect(now().toISOString()).toBe('2025-09-26T02:00:00.000Z');
    real += 90 * 60_000;
    expect(now().toISOString()).toBe('2025-09-26T03:30:00.000Z');
  });

  it('refuses a start that is not an instant', () => {
    expect(() => serverClock('the day after tomorrow')).toThrow(/SANXIANG_CLOCK/);
  });
});

describe('SANXIANG_CLOCK in the environment', () => {
  it('is accepted in development and refused in production, naming the variable', () => {
    expect(readEnv({ NODE_ENV: 'development', SANXIANG_CLOCK: '2025-09-26T10:00:00+08:00' }).SANXIANG_CLOCK).toBe('2025-09-26T10:00:00+08:00');
    expect(readEnv({ NODE_ENV: 'production' }).SANXIANG_CLOCK).toBeUndefined();
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => readEnv({ NODE_ENV: 'production', SANXIANG_CLOCK: '2025-09-26T10:00:00+08:00' })).toThrow('exit');
      expect(exit).toHaveBeenCalledWith(1);
      expect(printed.mock.calls.flat().join('\n')).toMatch(/SANXIANG_CLOCK/);
    } finally {
      exit.mockRestore();
      printed.mockRestore();
    }
  });
});
