/**
 * Names of a function's parameters, read from its source text (`''` for a
 * destructured parameter), so arguments named with a leading underscore can
 * be left out of cache keys, as Streamlit does with `_arg`.
 *
 * @example argumentNames((data, _conn) => 0) // ['data', '_conn']
 */
export function argumentNames(fn: (...args: never[]) => unknown): string[] {
  const source = Function.prototype.toString.call(fn).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  const arrow = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(source);
  if (arrow) return [arrow[1]!];
  const open = source.indexOf('(');
  if (open < 0) return [];
  let depth = 0;
  let current = '';
  const params: string[] = [];
  for (let i = open + 1; i < source.length; i++) {
    const c = source[i]!;
    if (depth === 0 && (c === ',' || c === ')')) {
      params.push(current);
      current = '';
      if (c === ')') break;
      continue;
    }
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    current += c;
  }
  return params
    .map((p) => p.trim())
    .filter((p, i, all) => p !== '' || i < all.length - 1)
    .map((p) => /^(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p)?.[1] ?? '');
}
