import type { JsonValue } from '../protocol/elements.js';

/**
 * Converts an app value to JSON for the wire, as `st.json` shows it: `Date` →
 * ISO string, `Map` → object, `Set` and typed arrays → arrays, `bigint` →
 * string, non-finite numbers → `null`, functions and symbols → a short
 * description, cycles → `'[Circular]'`. `undefined` object fields are dropped.
 */
export function toJsonValue(value: unknown, seen: Set<object> = new Set()): JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return value.toString();
    case 'undefined':
      return null;
    case 'function':
      return `[Function ${value.name || 'anonymous'}]`;
    case 'symbol':
      return value.toString();
  }
  if (value === null) return null;
  const object = value as object;
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? null : object.toISOString();
  if (seen.has(object)) return '[Circular]';
  seen.add(object);
  try {
    if (Array.isArray(object)) return object.map((item) => toJsonValue(item, seen));
    if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
      return Array.from(object as unknown as ArrayLike<number | bigint>, (n) => toJsonValue(n, seen));
    }
    if (object instanceof Map) {
      return Object.fromEntries([...object].map(([k, v]) => [String(k), toJsonValue(v, seen)]));
    }
    if (object instanceof Set) return [...object].map((item) => toJsonValue(item, seen));
    if (object instanceof Error) return { name: object.name, message: object.message };
    const json = (object as { toJSON?: () => unknown }).toJSON;
    if (typeof json === 'function') return toJsonValue(json.call(object), seen);
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(object)) if (item !== undefined) out[key] = toJsonValue(item, seen);
    return out;
  } finally {
    seen.delete(object);
  }
}
