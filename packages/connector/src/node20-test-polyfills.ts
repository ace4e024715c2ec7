// Test setup only (vitest.config.ts). The catalog pins msw 3, which declares Node >= 22.12 and calls three methods
// Node 20 lacks: Promise.withResolvers (ES2024) and Set.prototype.intersection / difference (ES2025). The project
// still supports Node 20.19, so the tests add them when missing. Production code in this package uses none of them.

interface Resolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

interface SetLike<T> {
  has(value: T): boolean;
}

function define(target: object, name: string, value: unknown) {
  if (!(name in target)) Object.defineProperty(target, name, { configurable: true, writable: true, value });
}

define(Promise, 'withResolvers', function withResolvers<T>(): Resolvers<T> {
  let resolve!: Resolvers<T>['resolve'];
  let reject!: Resolvers<T>['reject'];
  const promise = new Promise<T>((onResolve, onReject) => { resolve = onResolve; reject = onReject; });
  return { promise, resolve, reject };
});

define(Set.prototype, 'intersection', function intersection<T>(this: Set<T>, other: SetLike<T>): Set<T> {
  return new Set([...this].filter((value) => other.has(value)));
});

define(Set.prototype, 'difference', function difference<T>(this: Set<T>, other: SetLike<T>): Set<T> {
  return new Set([...this].filter((value) => !other.has(value)));
});
