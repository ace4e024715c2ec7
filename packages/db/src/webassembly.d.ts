// The slice of the WebAssembly global that migrate.ts uses; @types/node 20 does not declare it.
declare namespace WebAssembly {
  type Exports = Record<string, unknown>;
  interface Instance {
    readonly exports: Exports;
  }
  function instantiate(
    bytes: ArrayBufferView | ArrayBuffer,
    imports?: Record<string, unknown>,
  ): Promise<{ instance: Instance }>;
}
