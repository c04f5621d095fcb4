import { ErrorCode, LitUiError, invalidArgument } from '../errors.js';

/** A value of a secrets table: what TOML can hold (strings, numbers, booleans, dates, arrays, tables). */
export type SecretValue = string | number | boolean | Date | readonly SecretValue[] | Secrets;

/**
 * The app's secrets, as Streamlit's `st.secrets`: a read-only record read
 * from `secrets.toml` (see `readSecretsFile` of `@lit-ui/core/node`) or
 * given as the runtime option `secrets`. Attribute and key access are the
 * same (`st.secrets.db.password`, `st.secrets['db']['password']`); a table
 * is itself a `Secrets`. The methods `has`, `get` and `keys` win over
 * secrets of those names (read those with `get('has')`). Reading a key that is not set throws
 * `SecretNotFound` naming it; writing or deleting throws `InvalidArgument`.
 * Secrets live on the server only: `JSON.stringify`, `String()` and
 * `st.write`/`st.json` of a `Secrets` show its keys with masked values.
 *
 * @example
 * const db = connect({ host: st.secrets.db.host, password: st.secrets.db.password });
 * if (st.secrets.has('openai')) useKey(st.secrets.openai.key);
 */
export interface Secrets {
  /** True when `key` is set at this level (as Python's `key in st.secrets`). */
  has(key: string): boolean;
  /** The value of `key`, or `fallback` (default `undefined`) when it is not set (as Streamlit's `st.secrets.get`). */
  get(key: string, fallback?: SecretValue): SecretValue | undefined;
  /** The keys at this level, in file order. */
  keys(): string[];
  /** `Secrets(key, …)`: the keys, never the values. */
  toString(): string;
  /** What `JSON.stringify` (and `st.json`, `st.write`) see: the keys, every value masked (`'••••••'`). */
  toJSON(): Record<string, unknown>;
  /**
   * A secret or a table, by attribute or key. Typed loosely because its shape is the TOML file's, known only
   * at run time (as in Streamlit). @throws LitUiError `SecretNotFound` for a key that is not set.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the secrets file's shape is only known at run time
  readonly [key: string]: any;
}

const MASK = '••••••';
const METHODS = new Set(['has', 'get', 'keys', 'toJSON', 'toString']);

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function masked(source: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, isTable(v) ? masked(v) : MASK]));
}

function wrap(value: unknown, path: string): unknown {
  if (isTable(value)) return tableProxy(value, path);
  if (Array.isArray(value)) return Object.freeze(value.map((item, i) => wrap(item, `${path}[${i}]`)));
  return value;
}

function tableProxy(source: Record<string, unknown>, path: string): Secrets {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const has = (key: string) => Object.hasOwn(source, key);
  const describe = () => `Secrets(${Object.keys(source).join(', ')})`;
  const methods: Record<string, unknown> = {
    has,
    get: (key: string, fallback?: SecretValue) => (has(key) ? wrap(source[key], at(key)) : fallback),
    keys: () => Object.keys(source),
    toJSON: () => masked(source),
    toString: describe,
  };
  const refuse = (): never => {
    throw invalidArgument('st.secrets is read-only: change secrets.toml or the secrets option, then restart the server.');
  };
  return new Proxy(Object.create(null) as Secrets, {
    get: (_t, key) => {
      if (typeof key === 'symbol') return key === Symbol.toPrimitive ? describe : undefined;
      if (METHODS.has(key)) return methods[key];
      if (has(key)) return wrap(source[key], at(key));
      // Probes of generic code (await, inspection) are not reads of a secret.
      if (key === 'then' || key === 'constructor' || key === 'inspect' || key.startsWith('$$')) return undefined;
      throw new LitUiError(
        ErrorCode.SecretNotFound,
        `Secret '${at(key)}' is not set: add it to secrets.toml${path ? ` under [${path}]` : ''} or to the secrets option (keys set here: ${Object.keys(source).join(', ') || 'none'}).`,
      );
    },
    has: (_t, key) => typeof key === 'string' && has(key),
    ownKeys: () => Object.keys(source),
    getOwnPropertyDescriptor: (_t, key) =>
      typeof key === 'string' && has(key) ? { value: wrap(source[key], at(key)), enumerable: true, configurable: true, writable: false } : undefined,
    set: refuse,
    deleteProperty: refuse,
    defineProperty: refuse,
  });
}

/**
 * Makes the read-only `st.secrets` of a record (the parsed `secrets.toml`, or the runtime option `secrets`);
 * the record is copied, so later changes to it do not show.
 * @throws LitUiError `InvalidOption` when `record` is not a plain object.
 * @example const secrets = createSecrets({ db: { password: 'hunter2' } }); secrets.db.password; // 'hunter2'
 */
export function createSecrets(record: Readonly<Record<string, unknown>> = {}): Secrets {
  if (!isTable(record)) throw new LitUiError(ErrorCode.InvalidOption, 'The secrets option must be an object of keys and tables (as secrets.toml).');
  return tableProxy(structuredClone(record), '');
}
