import { ErrorCode, LitUiError } from '../errors.js';
import type { JsonValue, WidgetIdType } from '../protocol/elements.js';
import { deepEqual } from '../tree/deepEqual.js';

/** Prefix of every widget id (as Streamlit's `$$ID`), so ids never clash with user keys. */
export const WIDGET_ID_PREFIX = '$$ID-';

/** What the session knows about a widget registered in a run. */
export interface WidgetMetadata {
  readonly id: string;
  readonly type: WidgetIdType;
  readonly key?: string;
  /** The value a fresh widget starts with (app value, not wire form). */
  readonly defaultValue: unknown;
  /** Wire value → app value; throws `InvalidWidgetValue` when the value does not fit the widget. */
  readonly deserialize: (wire: JsonValue) => unknown;
  /** App value → wire value; undefined when the value does not fit the widget any more. */
  readonly serialize: (value: unknown) => JsonValue | undefined;
  /** Trigger widgets are set for one run: `'boolean'` (buttons) resets to false, `'string'` (chat input) to null. */
  readonly trigger?: 'boolean' | 'string';
  /** `onChange` / `onClick` / `onSubmit`. */
  readonly callback?: () => unknown;
  readonly formId?: string;
  readonly fragmentId?: string;
  /** Keep the value while the widget is not rendered (keyed widgets only). */
  readonly persist?: boolean;
  /** Bound to a query param (`bind: 'query-params'`): kept while not rendered, as `persist`, unless `persist` is false. */
  readonly bound?: boolean;
}

/** A deserialized widget change to apply at the start of a run. */
export interface AppliedChange {
  readonly id: string;
  readonly value: unknown;
  /** False for a trigger carried over from an interrupted run: its callback already ran. */
  readonly runCallback?: boolean;
}

/** Result of {@link SessionState.registerWidget}. */
export interface RegisteredWidget {
  readonly value: unknown;
  /** True when the value comes from `st.sessionState[key]` set in this run (before the widget). */
  readonly setFromState: boolean;
}

/**
 * A session's state: user values and widget values, with Streamlit's
 * precedence rules. Three layers: values from before this run (`old`),
 * values the app set in this run (`newSession`, by user key), and widget
 * values from the client or defaults in this run (`newWidgets`, by widget id).
 * Reads look in `newSession`, then `newWidgets`, then `old`. Keyed widgets are
 * reachable by their key.
 */
export class SessionState {
  private old = new Map<string, unknown>();
  private readonly newSession = new Map<string, unknown>();
  private readonly newWidgets = new Map<string, unknown>();
  private readonly keyToId = new Map<string, string>();
  private readonly idToKey = new Map<string, string>();
  /** Metadata of widgets, in the order they were last registered. */
  readonly metadata = new Map<string, WidgetMetadata>();
  /** Set while a run is in progress: what it has already created. */
  guard: { readonly widgetIds: ReadonlySet<string>; readonly formIds: ReadonlySet<string> } | undefined;
  /** Trigger widgets whose value a widget call has returned since the run began. */
  private readonly handedOut = new Set<string>();
  /** Called with every user value set (a session store checks that it can keep it); throws to refuse it. */
  checkValue: ((key: string, value: unknown) => void) | undefined;

  constructor(private readonly persistKeyedWidgets = false) {}

  /** The value at `key` (a user key or a widget id), or undefined. */
  get(key: string): unknown {
    return this.lookup(key).value;
  }

  /** True when `key` holds a value. */
  has(key: string): boolean {
    return this.lookup(key).found;
  }

  /**
   * Sets a user value, as `st.sessionState[key] = value`.
   * @throws LitUiError `StateSetAfterWidget` when the widget (or form) with that key was already created in this run.
   */
  set(key: string, value: unknown): void {
    const guard = this.guard;
    if (guard) {
      const id = this.keyToId.get(key);
      if ((id !== undefined && guard.widgetIds.has(id)) || guard.formIds.has(key)) {
        throw new LitUiError(
          ErrorCode.StateSetAfterWidget,
          `st.sessionState.${key} cannot be modified after the widget with key "${key}" is created. ` +
            `Set it before the widget, or in the widget's onChange callback.`,
        );
      }
    }
    this.checkValue?.(key, value);
    this.newSession.set(key, value);
  }

  /** Removes `key` (user key or keyed widget) from every layer. Returns false when it was absent. */
  delete(key: string): boolean {
    if (!this.has(key)) return false;
    const id = this.keyToId.get(key) ?? key;
    this.newSession.delete(key);
    this.old.delete(key);
    this.newWidgets.delete(id);
    this.old.delete(id);
    if (this.keyToId.has(key)) {
      this.keyToId.delete(key);
      this.idToKey.delete(id);
    }
    return true;
  }

  /** User-visible keys, in insertion order: user values and keyed widgets (never bare widget ids). */
  keys(): string[] {
    const ids = new Set<string>();
    for (const k of this.old.keys()) ids.add(this.keyToId.get(k) ?? k);
    for (const k of this.newWidgets.keys()) ids.add(k);
    for (const k of this.newSession.keys()) ids.add(this.keyToId.get(k) ?? k);
    const keys: string[] = [];
    for (const id of ids) {
      if (!id.startsWith(WIDGET_ID_PREFIX)) keys.push(id);
      else {
        const key = this.idToKey.get(id);
        if (key !== undefined && this.has(key)) keys.push(key);
      }
    }
    return keys;
  }

  /** Removes every value (user and widget). */
  clear(): void {
    this.old.clear();
    this.newSession.clear();
    this.newWidgets.clear();
    this.keyToId.clear();
    this.idToKey.clear();
  }

  /** True when the app set `key` in this run. */
  isNewStateValue(key: string): boolean {
    return this.newSession.has(key);
  }

  /** The user key of a widget id, if it has one. */
  keyOf(id: string): string | undefined {
    return this.idToKey.get(id);
  }

  /**
   * Registers a widget created in this run and returns its value: the value
   * set through `st.sessionState[key]` if any, else the widget's current
   * value, else its default (as Streamlit's `register_widget`).
   */
  registerWidget(meta: WidgetMetadata): RegisteredWidget {
    if (meta.trigger) this.handedOut.add(meta.id);
    this.metadata.delete(meta.id);
    this.metadata.set(meta.id, meta);
    if (meta.key !== undefined) {
      this.keyToId.set(meta.key, meta.id);
      this.idToKey.set(meta.id, meta.key);
    }
    if (!this.has(meta.id) && (meta.key === undefined || !this.has(meta.key))) {
      this.newWidgets.set(meta.id, cloneValue(meta.defaultValue));
    }
    const value = this.lookupWidget(meta.id, meta.key);
    return { value: cloneValue(value), setFromState: meta.key !== undefined && this.newSession.has(meta.key) };
  }

  /**
   * True when the trigger widget `id` has returned its value in the run in
   * progress (or the last one): its click was seen and must not be applied
   * to another run.
   */
  triggerSeen(id: string): boolean {
    return this.handedOut.has(id);
  }

  /** The current value of a widget by id (undefined when it has none). */
  widgetValue(id: string): unknown {
    return this.lookupWidget(id, this.idToKey.get(id));
  }

  /** Overwrites a widget's value (e.g. `clearOnSubmit` resetting it to its default). */
  resetWidget(id: string, value: unknown): void {
    const key = this.idToKey.get(id);
    if (key !== undefined) this.newSession.delete(key);
    this.newWidgets.set(id, value);
  }

  /**
   * Start of a run (as Streamlit's `on_script_will_rerun`): resets triggers,
   * folds this run's layers into `old`, applies the client's changes, and
   * returns the widgets whose value changed and whose callback must run, in
   * the order they were rendered. A request holds at most one trigger per
   * widget (the runner keeps two clicks in two runs).
   */
  beginRun(changes: readonly AppliedChange[]): WidgetMetadata[] {
    this.handedOut.clear();
    this.resetTriggers();
    this.compact();
    for (const change of changes) this.newWidgets.set(change.id, change.value);
    const skip = new Set(changes.filter((c) => c.runCallback === false).map((c) => c.id));
    const changed = new Set(changes.filter((c) => !skip.has(c.id) && !deepEqual(c.value, this.old.get(c.id))).map((c) => c.id));
    return [...this.metadata.values()].filter((m) => changed.has(m.id) && m.callback);
  }

  /**
   * End of a completed run (as Streamlit's `on_script_finished`): resets
   * triggers and drops widgets not rendered in it. In a fragment run only the
   * widgets of the fragments that ran can be dropped.
   */
  finishRun(widgetIdsThisRun: ReadonlySet<string>, fragmentIdsThisRun?: ReadonlySet<string>): void {
    this.resetTriggers();
    const stale = (id: string): boolean => {
      const meta = this.metadata.get(id);
      if (!meta) return true;
      if (widgetIdsThisRun.has(id)) return false;
      if (fragmentIdsThisRun && !(meta.fragmentId && fragmentIdsThisRun.has(meta.fragmentId))) return false;
      return !((meta.persist ?? (meta.bound === true || this.persistKeyedWidgets)) && meta.key !== undefined);
    };
    for (const id of [...this.newWidgets.keys()]) if (stale(id)) this.newWidgets.delete(id);
    for (const id of [...this.old.keys()]) if (id.startsWith(WIDGET_ID_PREFIX) && stale(id)) this.old.delete(id);
    for (const id of [...this.metadata.keys()]) {
      if (!this.newWidgets.has(id) && !this.old.has(id) && stale(id)) this.metadata.delete(id);
    }
  }

  /** Sets every trigger widget back to its unset value. */
  resetTriggers(): void {
    for (const layer of [this.newWidgets, this.old]) {
      for (const id of layer.keys()) {
        const trigger = this.metadata.get(id)?.trigger;
        if (trigger) layer.set(id, trigger === 'boolean' ? false : null);
      }
    }
  }

  /**
   * Every value as one layer (this run's over earlier ones): `values` by
   * user key or widget id, `keys` from user key to widget id. What a session
   * store keeps; {@link SessionState.importValues} puts it back. During a
   * run, the values as the run began; triggers always unset.
   */
  exportValues(): { values: Map<string, unknown>; keys: Map<string, string> } {
    // During a run (guard set): the state as the run began, before its changes and writes, which count only once it ends.
    const values = this.guard ? new Map(this.old) : this.merged();
    // A trigger holds its value for one run only.
    for (const id of values.keys()) {
      const trigger = this.metadata.get(id)?.trigger;
      if (trigger) values.set(id, trigger === 'boolean' ? false : null);
    }
    return { values, keys: new Map(this.keyToId) };
  }

  /** Replaces every value with `exported` (a session taken over from another process); metadata comes with the next run. */
  importValues(values: Iterable<readonly [string, unknown]>, keys: Iterable<readonly [string, string]>): void {
    this.clear();
    this.old = new Map(values);
    for (const [key, id] of keys) {
      this.keyToId.set(key, id);
      this.idToKey.set(id, key);
    }
  }

  private merged(): Map<string, unknown> {
    // Later layers win, as reads do: newSession over newWidgets over old.
    const next = new Map(this.old);
    for (const [id, value] of this.newWidgets) next.set(id, value);
    for (const [key, value] of this.newSession) next.set(this.keyToId.get(key) ?? key, value);
    return next;
  }

  private compact(): void {
    this.old = this.merged();
    this.newSession.clear();
    this.newWidgets.clear();
  }

  private lookup(key: string): { found: boolean; value?: unknown } {
    const id = this.keyToId.get(key) ?? key;
    const userKey = this.idToKey.get(id) ?? key;
    return this.lookupIn(id, userKey);
  }

  private lookupWidget(id: string, key: string | undefined): unknown {
    return this.lookupIn(id, key).value;
  }

  private lookupIn(id: string, key: string | undefined): { found: boolean; value?: unknown } {
    if (key !== undefined && this.newSession.has(key)) return { found: true, value: this.newSession.get(key) };
    if (this.newWidgets.has(id)) return { found: true, value: this.newWidgets.get(id) };
    if (this.old.has(id)) return { found: true, value: this.old.get(id) };
    if (key !== undefined && this.old.has(key)) return { found: true, value: this.old.get(key) };
    return { found: false };
  }
}

/** Copies arrays and plain objects one level deep, so the app cannot mutate a widget's stored value. */
function cloneValue(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as unknown[])];
  return value;
}
