import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { invalidArgument } from '../errors.js';
import { parameters } from './help.js';
import { codeProto } from './text.js';

/** Options of `st.echo`, as Streamlit's `st.echo(code_location)`. */
export interface EchoOptions {
  /** Where the code goes: `'above'` (default) or `'below'` what the function writes. */
  readonly codeLocation?: 'above' | 'below';
}

/**
 * The body of `st.echo(fn)`: writes `fn`'s body as a JavaScript code block
 * (above or below its output) and runs it. Returns what `fn` returns; for an
 * async `fn`, a promise, and the code below waits for it.
 * @throws LitUiError `InvalidArgument` when `fn` is not a function or `codeLocation` is another value.
 */
export function echo<R>(core: DeltaGeneratorCore, fn: () => R, options: EchoOptions = {}): R {
  if (typeof fn !== 'function') throw invalidArgument(`st.echo takes a function to show and run; got ${typeof fn}.`);
  const where = options.codeLocation ?? 'above';
  if (where !== 'above' && where !== 'below')
    throw invalidArgument(`st.echo: codeLocation must be 'above' or 'below', got ${JSON.stringify(where)}.`);
  const code = codeProto(functionBody(Function.prototype.toString.call(fn)), { language: 'javascript' });
  if (where === 'above') {
    core.element(code);
    return fn();
  }
  const result = fn();
  if (result instanceof Promise) return result.then((value: unknown) => (core.element(code), value)) as R;
  core.element(code);
  return result;
}

/** The statements of a function's source: the text inside its outer braces (or an arrow's expression), dedented. */
export function functionBody(source: string): string {
  const params = parameters(source);
  const afterParams = source.indexOf(params) + params.length;
  const arrow = source.indexOf('=>', afterParams);
  const brace = source.indexOf('{', afterParams);
  const isExpression = arrow >= 0 && (brace < 0 || source.slice(arrow + 2, brace).trim() !== '');
  const inner = isExpression ? source.slice(arrow + 2) : source.slice(brace + 1, source.lastIndexOf('}'));
  return dedent(inner);
}

function dedent(text: string): string {
  const lines = text
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '')
    .split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
