import { ErrorCode, LitUiError } from '../errors.js';
import { LAYOUT_DEFAULTS, withLayout } from './layoutOptions.js';
import { OPTION_KEYS, WRAPPER_OPTION_KEYS } from './optionKeys.js';

const commandSources = new WeakMap<object, object>();
const wrapperKeys = new Map<string, ReadonlySet<string>>();

/**
 * Checks `options` against the keys a command knows, as Python raises
 * `TypeError` on an unknown keyword argument. Only plain objects are
 * checked (a string placeholder, a function or an array in the same position
 * is another argument).
 * @param command - The command's name as the user writes it (`'st.slider'`, `'cacheData'`).
 * @throws LitUiError `UnknownOption` naming the command, the key and the closest valid key.
 */
export function checkOptionKeys(command: string, options: unknown, keys: ReadonlySet<string>): void {
  if (!isPlainObject(options)) return;
  for (const key of Object.keys(options)) {
    if (!keys.has(key)) throw unknownOption(command, key, keys);
  }
}

/** The `UnknownOption` error for `key`, with the closest valid key when one is close enough. */
export function unknownOption(command: string, key: string, keys: ReadonlySet<string>): LitUiError {
  const camel = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const closest = camel !== key && keys.has(camel) ? camel : closestKey(key, keys);
  const hint =
    closest === undefined
      ? ` Its options are: ${[...keys].map((k) => `'${k}'`).join(', ')}.`
      : ` Did you mean '${closest}'?${closest === camel && camel !== key ? ' (options are camelCased)' : ''}`;
  return new LitUiError(ErrorCode.UnknownOption, `${command}() got an unknown option '${key}'.${hint}`);
}

/** The key nearest to `key` by edit distance (case-insensitive), if it is within a third of the key's length (at least 2). */
export function closestKey(key: string, keys: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of keys) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Makes every command of {@link OPTION_KEYS} on `prototype` (the DeltaGenerator's) check its options object
 * before it runs: the one place where unknown keys are caught, and where `width`/`height` become the layout of the
 * command's element ({@link withLayout}). Called once, when the class is defined.
 */
export function installOptionChecks(prototype: object): void {
  const methods = prototype as Record<string, unknown>;
  for (const [command, { at, keys }] of Object.entries(OPTION_KEYS)) {
    const original = methods[command];
    if (typeof original !== 'function') continue;
    const known = new Set<string>(keys);
    const positions: readonly number[] = typeof at === 'number' ? [at] : at;
    // Every command sets its own pending layout (none for commands without one), so a command never takes another's.
    const layout = LAYOUT_DEFAULTS[command] ?? {};
    const checked = function (this: unknown, ...args: unknown[]): unknown {
      let options: unknown;
      for (const position of positions) {
        checkOptionKeys(`st.${command}`, args[position], known);
        if (options === undefined && isPlainObject(args[position])) options = args[position];
      }
      return withLayout(`st.${command}`, layout, options, () => (original as (...a: unknown[]) => unknown).apply(this, args));
    };
    Object.defineProperty(checked, 'name', { value: command });
    commandSources.set(checked, original);
    methods[command] = checked;
  }
}

/**
 * Checks the options of a module-level wrapper (`cacheData`, `cacheResource`, `fragment`, `dialog`).
 * @throws LitUiError `UnknownOption`, as {@link checkOptionKeys}.
 */
export function checkWrapperOptions(wrapper: keyof typeof WRAPPER_OPTION_KEYS, options: unknown): void {
  let keys = wrapperKeys.get(wrapper);
  if (!keys) wrapperKeys.set(wrapper, (keys = new Set(WRAPPER_OPTION_KEYS[wrapper])));
  checkOptionKeys(wrapper, options, keys);
}

/** The function whose source `st.help` shows: a checked command's own body rather than the check's. */
export function commandSource<F extends object>(fn: F): F {
  return (commandSources.get(fn) as F | undefined) ?? fn;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
