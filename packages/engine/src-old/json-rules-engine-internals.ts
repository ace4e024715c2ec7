/**
 * json-rules-engine's Rule has two public methods its type declarations leave out. The engine calls them so that it
 * evaluates pre-built Rule objects against one Almanac per evaluation without going through Engine.run, whose shared
 * RUNNING/FINISHED status makes one Engine unsafe for overlapping evaluations: a run that finishes marks the engine
 * FINISHED and a concurrent run then silently skips its remaining rules (engine.js, evaluateRules).
 */
// Inside the augmentation, Almanac, Engine and RuleResult are json-rules-engine's own declarations.
declare module 'json-rules-engine' {
  interface Rule {
    setEngine(engine: Engine): void;
    evaluate(almanac: Almanac): Promise<RuleResult>;
  }
}

export {};
