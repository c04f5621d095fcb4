import type { ElementProto } from '../protocol/elements.js';
import { exceptionProto, type ErrorDetailsLevel } from './exception.js';
import { toJsonValue } from './jsonValue.js';
import { makeProto } from './proto.js';

/**
 * The elements `st.write(...args)` shows, as Streamlit's `st.write`:
 * consecutive strings join (with spaces) into one markdown element; an
 * `Error` becomes an `exception`; arrays, plain objects, `Map`s and `Set`s
 * become `json`; anything else (numbers, booleans, null, dates) is written as
 * inline code in the markdown (`` `42` ``), multi-line values as a code block.
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
