import { DeltaGenerator } from '../dg/deltaGenerator.js';
import { WIDGET_TYPES } from '../protocol/elements.js';
import { whileRecording } from './capturedWrites.js';
import type { RecordedCall } from './functionCache.js';

const WIDGETS = new Set<string>(WIDGET_TYPES);
/** Members that are not output: passed through, never recorded. */
const PASS_THROUGH = new Set([
  'with',
  'sessionState',
  'queryParams',
  'context',
  'secrets',
  'user',
  'login',
  'logout',
  'signal',
  'session',
  'rerun',
  'stop',
  'switchPage',
  'background',
  'navigation',
  'Page',
  'setPageConfig',
  'spinner',
  'constructor',
]);
/** Getters that return another DeltaGenerator (recorded as property reads). */
const DG_GETTERS = new Set(['sidebar']);

type Method = (...args: unknown[]) => unknown;
const isMethod = (value: unknown): value is Method => typeof value === 'function';

function snapshot(args: readonly unknown[]): readonly unknown[] {
  try {
    return structuredClone(args);
  } catch {
    return args;
  }
}

/**
 * Wraps the DeltaGenerator a cached function gets, recording every display
 * call made on it (and on containers it creates) so a cache hit can replay
 * them, as Streamlit replays the elements of a cached function. Widgets are
 * not replayed (their values would be stale): calling one inside a cached
 * function shows a warning, as Streamlit's CachedWidgetWarning.
 */
export function recordCalls<T extends object>(dg: T, calls: RecordedCall[]): T {
  const wrap = (target: object, handle: readonly number[]): object =>
    new Proxy(target, {
      get(obj, prop) {
        const value: unknown = Reflect.get(obj, prop, obj);
        if (typeof prop !== 'string' || PASS_THROUGH.has(prop)) {
          if (!isMethod(value) || prop === 'constructor') return value;
          return (...args: unknown[]) => whileRecording(() => value.apply(obj, args));
        }
        if (DG_GETTERS.has(prop) && value instanceof DeltaGenerator) {
          calls.push({ target: handle, method: `.${prop}`, args: [] });
          return wrap(value, [calls.length]);
        }
        if (!isMethod(value)) return value;
        return (...args: unknown[]) => {
          if (WIDGETS.has(prop)) {
            whileRecording(() =>
              (obj as { warning(body: string): void }).warning(
                `st.${prop} was called inside a cached function: it only appears when the cache misses. Move widgets out of cached functions.`,
              ),
            );
            return whileRecording(() => value.apply(obj, args));
          }
          calls.push({ target: handle, method: prop, args: snapshot(args) });
          const result: unknown = whileRecording(() => value.apply(obj, args));
          const index = calls.length;
          if (result instanceof DeltaGenerator) return wrap(result, [index]);
          if (Array.isArray(result) && result.every((r) => r instanceof DeltaGenerator)) return result.map((r, i) => wrap(r, [index, i]));
          return result;
        };
      },
    });
  return wrap(dg, [0]) as T;
}

/** Replays recorded calls on `dg` (a cache hit). */
export function replayCalls(dg: object, calls: readonly RecordedCall[]): void {
  const results: unknown[] = [dg];
  const resolve = (target: readonly number[]): Record<string, unknown> => {
    const base = results[target[0]!];
    return (target.length > 1 ? (base as unknown[])[target[1]!] : base) as Record<string, unknown>;
  };
  for (const call of calls) {
    const target = resolve(call.target);
    if (call.method.startsWith('.')) results.push(target[call.method.slice(1)]);
    else results.push((target[call.method] as (...args: unknown[]) => unknown).apply(target, [...call.args]));
  }
}
