import { ErrorCode, LitUiError, invalidArgument } from '../errors.js';

/** Methods of `st.queryParams` besides its keys, as Streamlit's `st.query_params`. */
export interface QueryParamsMethods {
  /** Every value of a repeated key (`?tag=a&tag=b` → `['a', 'b']`). */
  getAll(key: string): string[];
  /** The params as a record (the last value of a repeated key). */
  toDict(): Record<string, string>;
  /** Replaces every param with `params` (arrays repeat the key). */
  fromDict(params: Readonly<Record<string, string | readonly string[]>>): void;
  /** Removes every param. */
  clear(): void;
}

/**
 * `st.queryParams`: the page URL's query parameters, read and written like
 * an object (`st.queryParams.page`, `st.queryParams.page = '2'`,
 * `delete st.queryParams.page`). Reading a repeated key gives its last
 * value; writing an array repeats the key. Writes update the browser URL;
 * back/forward in the browser reruns with the URL's params.
 */
export type QueryParamsProxy = Record<string, string> & QueryParamsMethods;

const METHODS = new Set(['getAll', 'toDict', 'fromDict', 'clear']);

/**
 * A session's query parameters. `onChange` fires when the app changes them
 * (not when the browser does), so the session can tell the client.
 */
export class QueryParams {
  private entries: [string, string][] = [];
  /** Params bound to a widget (`bind: 'query-params'`): the query text each had when its widget last read or wrote it. */
  private readonly synced = new Map<string, string>();
  /** Params the app set or removed in the run in progress. */
  private readonly written = new Set<string>();
  /** Params whose bound widget the run in progress has created. */
  private readonly boundThisRun = new Set<string>();

  constructor(private readonly onChange: () => void = () => {}) {}

  /** The query string without `?`. */
  toString(): string {
    return new URLSearchParams(this.entries).toString();
  }

  /** Replaces the params from a query string (`'a=1&b=2'`, with or without `?`), without `onChange`. */
  load(query: string): void {
    this.entries = [...new URLSearchParams(query.startsWith('?') ? query.slice(1) : query)];
  }

  get(key: string): string | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i]![0] === key) return this.entries[i]![1];
    return undefined;
  }

  getAll(key: string): string[] {
    return this.entries.filter(([k]) => k === key).map(([, v]) => v);
  }

  keys(): string[] {
    return [...new Set(this.entries.map(([k]) => k))];
  }

  /**
   * Sets `key` (an array or `Set` repeats it).
   * @throws LitUiError `InvalidArgument` for anything but a string, number, boolean or bigint, or an array/`Set` of them.
   */
  set(key: string, value: unknown): void {
    const values = paramValues(key, value);
    this.checkWritable([key]);
    this.written.add(key);
    const at = this.entries.findIndex(([k]) => k === key);
    const rest = this.entries.filter(([k]) => k !== key);
    const added = values.map((v): [string, string] => [key, v]);
    this.entries = at < 0 ? [...rest, ...added] : [...rest.slice(0, at), ...added, ...rest.slice(at)];
    this.onChange();
  }

  delete(key: string): boolean {
    if (this.get(key) === undefined) return false;
    this.checkWritable([key]);
    this.written.add(key);
    const before = this.entries.length;
    this.entries = this.entries.filter(([k]) => k !== key);
    if (this.entries.length === before) return false;
    this.onChange();
    return true;
  }

  /**
   * Replaces every param; on an invalid value nothing changes (as Streamlit's `from_dict`).
   * @throws LitUiError `InvalidArgument` when `params` is not a plain object or a value is not allowed (see {@link QueryParams.set}).
   */
  replace(params: Readonly<Record<string, unknown>>): void {
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
      throw invalidArgument(`st.queryParams.fromDict() takes a record of names to values, not ${describe(params)}.`);
    }
    const entries = Object.entries(params).flatMap(([k, v]) => paramValues(k, v).map((item): [string, string] => [k, item]));
    const touched = new Set([...this.entries, ...entries].map(([k]) => k));
    const changed = [...touched].filter((k) => textOf(this.entries, k) !== textOf(entries, k));
    this.checkWritable(changed);
    for (const k of changed) this.written.add(k);
    this.entries = entries;
    this.onChange();
  }

  /** Start of a run: no param is written by the app, and no bound widget created, in it yet. */
  beginRun(): void {
    this.written.clear();
    this.boundThisRun.clear();
  }

  /**
   * A widget bound to `key` is created in this run: true when the URL has
   * changed since the widget last read or wrote it (a shared link, back or
   * forward, `st.switchPage` with params, a write of the app earlier in the
   * run), so the widget takes the URL's value. A param missing from the URL
   * changes nothing unless the app removed it in this run.
   */
  bindingChanged(key: string): boolean {
    this.boundThisRun.add(key);
    if (this.written.has(key)) return true;
    return this.get(key) !== undefined && textOf(this.entries, key) !== this.synced.get(key);
  }

  /** Writes a bound widget's value (`[]` removes the param), without the checks of app writes; notes what the widget and URL agree on. */
  writeBound(key: string, values: readonly string[]): void {
    const added = values.map((v): [string, string] => [key, v]);
    const text = textOf(added, key);
    this.synced.set(key, text);
    if (textOf(this.entries, key) === text) return;
    const at = this.entries.findIndex(([k]) => k === key);
    const rest = this.entries.filter(([k]) => k !== key);
    this.entries = at < 0 ? [...rest, ...added] : [...rest.slice(0, at), ...added, ...rest.slice(at)];
    this.onChange();
  }

  /**
   * End of a completed full run: the params of bound widgets it did not
   * create leave the URL, as Streamlit's `remove_stale_bindings` (the
   * widgets' values stay in session state; the param comes back with them).
   */
  dropStaleBindings(): void {
    const stale = [...this.synced.keys()].filter((key) => !this.boundThisRun.has(key));
    for (const key of stale) this.synced.delete(key);
    const before = this.entries.length;
    this.entries = this.entries.filter(([k]) => !stale.includes(k));
    if (this.entries.length !== before) this.onChange();
  }

  /** @throws LitUiError `QueryParamSetAfterWidget` when one of `keys` is bound to a widget this run already created. */
  private checkWritable(keys: readonly string[]): void {
    const key = keys.find((k) => this.boundThisRun.has(k));
    if (key === undefined) return;
    throw new LitUiError(
      ErrorCode.QueryParamSetAfterWidget,
      `st.queryParams.${key} cannot be changed after the widget with key "${key}" (bind: 'query-params') is created in the same run. ` +
        `Change it before the widget, or set st.sessionState.${key} in the widget's onChange callback.`,
    );
  }

  /** The `st.queryParams` proxy over these params. */
  proxy(): QueryParamsProxy {
    // Arrow functions, typed by `satisfies`: the proxy hands them out detached from any object.
    const methods = {
      getAll: (key: string) => this.getAll(key),
      toDict: () => Object.fromEntries(this.keys().map((k) => [k, this.get(k)!])),
      fromDict: (params: Parameters<QueryParamsMethods['fromDict']>[0]) => this.replace(params),
      clear: () => this.replace({}),
    } satisfies QueryParamsMethods;
    return new Proxy(Object.create(null) as Record<string, string>, {
      get: (_t, prop) => (typeof prop !== 'string' ? undefined : METHODS.has(prop) ? methods[prop as keyof typeof methods] : this.get(prop)),
      set: (_t, prop, value) => {
        if (typeof prop !== 'string') return false;
        this.set(prop, value);
        return true;
      },
      has: (_t, prop) => typeof prop === 'string' && this.get(prop) !== undefined,
      deleteProperty: (_t, prop) => {
        if (typeof prop === 'string') this.delete(prop);
        return true;
      },
      ownKeys: () => this.keys(),
      getOwnPropertyDescriptor: (_t, prop) => {
        const value = typeof prop === 'string' ? this.get(prop) : undefined;
        return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
      },
    }) as QueryParamsProxy;
  }
}

/** The query text of `key`'s values in `entries` (`''` when absent), to compare two states of one param. */
function textOf(entries: readonly (readonly [string, string])[], key: string): string {
  return new URLSearchParams(entries.filter(([k]) => k === key) as [string, string][]).toString();
}

/** The wire values of one param: scalars as text, arrays and Sets repeat the key. Objects are refused, as Streamlit refuses a dict. */
function paramValues(key: string, value: unknown): string[] {
  const items = Array.isArray(value) ? (value as unknown[]) : value instanceof Set ? [...(value as Set<unknown>)] : [value];
  for (const item of items) {
    if (!isScalar(item)) {
      throw invalidArgument(
        `st.queryParams.${key} cannot be set to ${describe(item)}: a query param is a string, a number or a boolean, or an array of them. ` +
          (item === null || item === undefined
            ? `To remove it, use delete st.queryParams.${key}.`
            : 'Serialize objects yourself, e.g. with JSON.stringify.'),
      );
    }
  }
  return items.map(String);
}

function isScalar(value: unknown): value is string | number | boolean | bigint {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a nested array';
  if (typeof value === 'object') {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
    return name && name !== 'Object' ? `a ${name}` : 'an object';
  }
  return `a ${typeof value}`;
}
