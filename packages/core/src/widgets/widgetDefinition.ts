import { ErrorCode, LitUiError } from '../errors.js';
import type { ElementProtoOf, JsonValue, LabelVisibility, WidgetIdType, WidgetProtoBase } from '../protocol/elements.js';
import type { UrlFormat } from './urlFormat.js';
import type { WidthOption } from '../dg/layoutOptions.js';

/** Options every widget accepts, as Streamlit's common widget parameters. */
export interface WidgetCommonOptions extends WidthOption {
  /** Widget key: its id and its name in `st.sessionState`. */
  readonly key?: string;
  /** Tooltip shown next to the label (markdown). */
  readonly help?: string;
  /** Show the widget greyed out; the user cannot change it. Default false. */
  readonly disabled?: boolean;
  /** `'visible'` (default), `'hidden'` (space kept) or `'collapsed'` (no space). */
  readonly labelVisibility?: LabelVisibility;
  /**
   * Keep this widget's value while it is not rendered (another tab or page),
   * instead of Streamlit's reset. Keyed widgets only. Default: the app's
   * `persistWidgetState`.
   */
  readonly persist?: boolean;
  /**
   * `'query-params'` keeps the widget and the page URL's query param named
   * by its `key` in sync both ways, as Streamlit's `bind="query-params"`:
   * the widget starts from `?key=...` when the URL has it (a value that does
   * not fit the widget is ignored and removed), each change writes the param
   * (removed at the default), and a URL change (back/forward, a link,
   * `st.switchPage` with `queryParams`) moves the widget. Lists repeat the
   * key (`?tags=a&tags=b`), options appear by label, dates as ISO text. The
   * widget keeps its value when not rendered (as `persist: true`, unless
   * `persist: false`). See docs/widgets.md#binding-widgets-to-query-parameters.
   * @throws LitUiError `InvalidBind` without `key`, for another value, or on a widget that cannot be bound.
   */
  readonly bind?: 'query-params';
}

/**
 * Everything lit-ui needs to know to run one widget call: how to identify
 * it, its default, how to convert between its app value and its wire value
 * (validating what the client sends), and how to build its proto.
 */
export interface WidgetDefinition<V, T extends WidgetIdType> {
  readonly type: T;
  readonly label: string;
  readonly options: WidgetCommonOptions;
  /** Parameters that identify an unkeyed widget (besides type, form and page). */
  readonly identity: Readonly<Record<string, unknown>>;
  readonly defaultValue: V;
  /** True when the app passed a default other than the widget's natural one (for the session-state warning). */
  readonly customDefault: boolean;
  /** Wire → app value. @throws LitUiError `InvalidWidgetValue`. */
  readonly deserialize: (wire: JsonValue) => V;
  /** App → wire value; undefined when the value no longer fits the widget (it then resets to its default). */
  readonly serialize: (value: V) => JsonValue | undefined;
  /** Builds the proto around the common fields and the current wire value. */
  readonly proto: (base: WidgetProtoBase & { readonly value: JsonValue }) => ElementProtoOf<T>;
  readonly trigger?: 'boolean' | 'string';
  readonly callback?: () => unknown;
  /** False for widgets whose value the app cannot set through session state (buttons). */
  readonly writable?: boolean;
  /**
   * True for a widget whose text set through session state pre-fills its box
   * (`prefill` in the proto) instead of becoming its value: the widget
   * returns its default and the key reads it afterwards (`st.chatInput`, as Streamlit 1.64).
   */
  readonly prefillFromState?: boolean;
  /** Called with the widget id as soon as it is known in this run, before its value is read (side-channel widgets register there). */
  readonly rendered?: (id: string) => void;
  /** How the value reads and writes as query params (`bind: 'query-params'`); absent for widgets that cannot be bound. */
  readonly url?: UrlFormat;
}

/** The error for a client value that does not fit a widget. */
export function invalidValue(type: string, label: string, problem: string): LitUiError {
  return new LitUiError(ErrorCode.InvalidWidgetValue, `Invalid value for ${type} "${label}": ${problem}.`);
}

/** Checks a wire value is a finite number. */
export function expectNumber(type: string, label: string, wire: JsonValue): number {
  if (typeof wire !== 'number' || !Number.isFinite(wire)) throw invalidValue(type, label, `expected a number, got ${JSON.stringify(wire)}`);
  return wire;
}

/** Checks a wire value is an integer index into `count` options. */
export function expectIndex(type: string, label: string, wire: JsonValue, count: number): number {
  if (typeof wire !== 'number' || !Number.isInteger(wire) || wire < 0 || wire >= count) {
    throw invalidValue(type, label, `expected an option index from 0 to ${count - 1}, got ${JSON.stringify(wire)}`);
  }
  return wire;
}

/** Index of `value` among `options` (by identity, then by structure), or -1. */
export function indexOfOption<T>(options: readonly T[], value: unknown): number {
  const index = options.indexOf(value as T);
  if (index >= 0) return index;
  const text = JSON.stringify(value);
  return options.findIndex((option) => typeof option === 'object' && option !== null && JSON.stringify(option) === text);
}
