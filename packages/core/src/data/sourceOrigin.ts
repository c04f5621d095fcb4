/**
 * Where a copy came from. `cacheData` hands every caller a `structuredClone`
 * of its cached value; it records the clone's origin here, so a table shown
 * from the clone can share the one table built from the cached value (after
 * checking that the caller has not changed its copy) instead of holding a
 * copy per session.
 */
const origins = new WeakMap<object, object>();

/** Records that `copy` is a fresh copy of `origin`. Returns `copy`. */
export function recordOrigin<T>(copy: T, origin: T): T {
  if (typeof copy === 'object' && copy !== null && copy !== origin) origins.set(copy, origin as object);
  return copy;
}

/** The value `copy` was cloned from, if it is a recorded copy. */
export function originOf(copy: object): object | undefined {
  return origins.get(copy);
}
