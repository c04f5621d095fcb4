import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { dataframe } from './dataframeCommands.js';
import { arrowRows, isArrowTable, isRowArray, writeProtos } from './write.js';
import { writeStream } from './writeStream.js';

/** The options `st.write` takes as its last argument, as Streamlit's `unsafe_allow_html`. */
export interface WriteOptions {
  /** Let strings carry raw HTML into the markdown (sanitised in the browser). Default false. */
  readonly unsafeAllowHtml: boolean;
}

/** What `st.write(...args)` returns: a promise when an argument is a promise or a stream (await it), else nothing. */
export type WriteResult<A extends readonly unknown[]> = [
  Extract<A[number], PromiseLike<unknown> | AsyncIterable<unknown> | ReadableStream<unknown>>,
] extends [never]
  ? void
  : Promise<void>;

/**
 * The body of `st.write`: writes every argument as {@link writeProtos} does.
 * A last argument `{ unsafeAllowHtml: boolean }` (that one key only) is the
 * option, not a value. A promise is awaited and its value written; an async
 * iterable, a `ReadableStream` or a generator is streamed (`st.writeStream`);
 * then the result is a promise that settles when everything is written, in
 * argument order.
 */
export function writeCommand(core: DeltaGeneratorCore, args: readonly unknown[]): void | Promise<void> {
  const last = args[args.length - 1];
  const options = isWriteOptions(last) ? last : undefined;
  const values = options ? args.slice(0, -1) : args;
  const allowHtml = options?.unsafeAllowHtml === true;
  const details = core.host.showErrorDetails;
  const write = (group: readonly unknown[]) => {
    let run: unknown[] = [];
    const flush = () => {
      for (const proto of writeProtos(run, details, allowHtml)) core.element(proto);
      run = [];
    };
    for (const value of group) {
      if (isRowArray(value) || isArrowTable(value)) {
        flush();
        dataframe(core, isArrowTable(value) ? arrowRows(value) : value);
      } else run.push(value);
    }
    flush();
  };
  if (!values.some((v) => isThenable(v) || isStream(v))) return write(values);
  return (async () => {
    let group: unknown[] = [];
    for (const value of values) {
      if (!isThenable(value) && !isStream(value)) {
        group.push(value);
        continue;
      }
      write(group);
      group = [];
      if (isStream(value)) await writeStream(core, value, details);
      else await writeCommand(core, [await value, ...(options ? [options] : [])]);
    }
    write(group);
  })();
}

function isWriteOptions(value: unknown): value is WriteOptions {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'unsafeAllowHtml' && typeof (value as WriteOptions).unsafeAllowHtml === 'boolean';
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** An async iterable, a `ReadableStream` or a generator object: what `st.write` streams. */
function isStream(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function') return true;
  if (typeof (value as { getReader?: unknown }).getReader === 'function') return true;
  return Object.prototype.toString.call(value) === '[object Generator]';
}
