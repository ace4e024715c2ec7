/**
 * The server's clock. Normally the wall clock; in development and tests `SANXIANG_CLOCK` (env.ts, refused in
 * production) starts it at a given instant and lets it run on at real speed from there, so an end-to-end journey can
 * make a decision "on 2025-09-26" and watch its disclosure deadline fall across that year's National Day holiday
 * while sessions, timeouts and logs keep real time.
 */
export type Clock = () => Date;

export function serverClock(startAt: string | undefined, realNow: () => number = Date.now): Clock {
  if (startAt === undefined) return () => new Date(realNow());
  const start = Date.parse(startAt);
  if (Number.isNaN(start)) throw new Error(`SANXIANG_CLOCK is not an instant: ${startAt}`);
  const offset = start - realNow();
  return () => new Date(realNow() + offset);
}
