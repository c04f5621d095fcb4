import type { ElementProto } from '../protocol/elements.js';
import { vegaLiteProto } from './charts.js';
import { exceptionProto, type ErrorDetailsLevel } from './exception.js';
import { helpProto } from './help.js';
import { toJsonValue } from './jsonValue.js';
import { makeProto } from './proto.js';

/**
 * The elements `st.write(...args)` shows, as Streamlit's `st.write`:
 * consecutive strings join (with spaces) into one markdown element; an
 * `Error` becomes an `exception`; an array of row objects or an Arrow table
 * becomes a `dataframe`; a Vega-Lite spec (`$schema` naming vega-lite, or a
 * `mark` with `encoding`) a `vegaLiteChart`; functions and class instances
 * their `st.help`; other arrays, plain objects, `Map`s and `Set`s `json`;
 * anything else (numbers, booleans, null, dates) is written as inline code
 * in the markdown (`` `42` ``), multi-line values as a code block.
 */
export function writeProtos(args: readonly unknown[], showErrorDetails: boolean | ErrorDetailsLevel, unsafeAllowHtml = false): ElementProto[] {
  const out: ElementProto[] = [];
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length === 0) return;
    out.push(makeProto('markdown', { body: buffer.join(' '), unsafeAllowHtml: unsafeAllowHtml || undefined }));
    buffer = [];
  };
  for (const arg of args) {
    if (typeof arg === 'string') buffer.push(arg);
    else if (arg instanceof Error) {
      flush();
      out.push(exceptionProto(arg, showErrorDetails));
    } else if (isVegaLiteSpec(arg)) {
      flush();
      out.push(vegaLiteProto(null, arg));
    } else if (typeof arg === 'function' || isClassInstance(arg)) {
      flush();
      out.push(helpProto(arg));
    } else if (isJsonLike(arg)) {
      flush();
      out.push(makeProto('json', { body: toJsonValue(arg), expanded: true }));
    } else {
      buffer.push(inlineCode(stringify(arg)));
    }
  }
  flush();
  return out;
}

/** A non-empty array whose every item is a plain object: rows of a table. */
export function isRowArray(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every((row) => isPlainObject(row));
}

/** An Apache Arrow `Table` (by shape: `schema.fields` and `toArray()`), without importing Arrow. */
export function isArrowTable(value: unknown): value is { toArray(): Array<{ toJSON(): Record<string, unknown> }> } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { schema?: { fields?: unknown }; toArray?: unknown };
  return Array.isArray(v.schema?.fields) && typeof v.toArray === 'function';
}

export function arrowRows(table: { toArray(): Array<{ toJSON(): Record<string, unknown> }> }): Record<string, unknown>[] {
  return table.toArray().map((row) => row.toJSON());
}

function isVegaLiteSpec(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const schema = value['$schema'];
  return (typeof schema === 'string' && schema.includes('vega-lite')) || ('mark' in value && 'encoding' in value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An instance of a class of the app's (not a built-in shown as JSON or text). */
function isClassInstance(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || isPlainObject(value) || Array.isArray(value)) return false;
  return !(value instanceof Date || value instanceof Map || value instanceof Set || value instanceof RegExp);
}

function isJsonLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || value instanceof Date) return false;
  if (Array.isArray(value) || value instanceof Map || value instanceof Set) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function stringify(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  return String(value);
}

function inlineCode(text: string): string {
  if (text.includes('\n')) {
    const fence = '`'.repeat(Math.max(3, longestRun(text) + 1));
    return `${fence}\n${text}\n${fence}`;
  }
  const ticks = '`'.repeat(longestRun(text) + 1);
  return `${ticks}${text}${ticks}`;
}

function longestRun(text: string): number {
  let best = 0;
  for (const match of text.matchAll(/`+/g)) best = Math.max(best, match[0].length);
  return best;
}
