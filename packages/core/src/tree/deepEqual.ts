/**
 * Structural equality of JSON-like values (protos): primitives by `Object.is`
 * except `0 === -0`, arrays by items, objects by own enumerable keys, where a
 * key holding `undefined` counts as absent (JSON drops it too). Shared
 * references short-circuit, so an unchanged data array passed again costs
 * nothing.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    const va = ra[key];
    if (va === undefined) continue;
    count++;
    if (!deepEqual(va, rb[key])) return false;
  }
  for (const key in rb) if (rb[key] !== undefined) count--;
  return count === 0;
}
