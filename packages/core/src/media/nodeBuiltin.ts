/**
 * A Node built-in module, when this JavaScript runtime has one, found through
 * `process.getBuiltinModule` (Node ≥ 20.16, Deno, Bun) rather than imported:
 * core stays free of `node:` imports and loads on runtimes without them,
 * where the features that need a built-in ask for an injected seam instead
 * (see docs/decisions/media-builtins.md).
 *
 * @returns The module, or undefined on runtimes without it.
 */
export function nodeBuiltin<T>(id: 'node:crypto' | 'node:fs' | 'node:path'): T | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return runtime?.getBuiltinModule?.(id) as T | undefined;
}
