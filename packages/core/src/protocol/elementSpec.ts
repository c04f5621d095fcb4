import type { WidgetProtoBase } from './elements.js';

/**
 * How the element map ({@link ELEMENTS}) describes one element type. Each
 * element or widget module declares its types with {@link display},
 * {@link event} and {@link widget}; every per-type list (the element-type
 * unions, the wire value map, ui-lit's renderer table and tag names,
 * AppTest's views) is derived from those declarations.
 *
 * `fields` (and a widget's `appValue` and `wire`) are phantom: they carry
 * types only and are never set at run time.
 */

/** Rendered by a renderer of its own. */
export interface DisplaySpec<Fields, Value> {
  /** Discriminant: a display element. */
  readonly kind: 'display';
  /** The proto's fields besides `type` (type only). */
  readonly fields?: Fields;
  /** What an AppTest view of the element shows as `.value`. */
  value(proto: Fields): Value;
}

/** Written to the `event` root and shown by the app shell (toasts, balloons, snow). */
export interface EventSpec<Fields, Value> {
  /** Discriminant: an event element. */
  readonly kind: 'event';
  /** The proto's fields besides `type` (type only). */
  readonly fields?: Fields;
  /** What an AppTest view of the element shows as `.value`. */
  value(proto: Fields): Value;
}

/** What an AppTest widget view offers besides `setValue`, per widget kind. */
export type WidgetAction =
  'click' | 'check' | 'uncheck' | 'input' | 'select' | 'unselect' | 'increment' | 'decrement' | 'setRange' | 'options' | 'index';

/** A widget: its proto carries a widget id and its value in wire form. */
export interface WidgetSpec<Fields, AppValue, Wire, Action extends WidgetAction> {
  /** Discriminant: a widget. */
  readonly kind: 'widget';
  /** The proto's fields besides `type`: the common widget fields and the widget's own (type only). */
  readonly fields?: WidgetProtoBase & Fields;
  /** The value the app sees (what the `st` method returns; AppTest's `.value`, `setValue`'s argument). Type only. */
  readonly appValue?: AppValue;
  /** The value a `rerunScript` widget change carries. Type only. */
  readonly wire?: Wire;
  /** AppTest conveniences this widget's views offer. */
  readonly actions: readonly Action[];
}

/** Any element spec. */
export type AnyElementSpec =
  | DisplaySpec<object, unknown>
  | EventSpec<object, unknown>
  // `any`: the map holds widgets of every value type; each entry keeps its own precise spec type.
  | WidgetSpec<object, any, unknown, WidgetAction>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The default AppTest value of display elements: their `body`, else null. */
export type BodyOf<Fields> = Fields extends {
  /** The element's body. */
  body: infer B;
}
  ? B
  : null;

function bodyOf(proto: object): unknown {
  return 'body' in proto ? proto.body : null;
}

/**
 * Declares a display element whose proto has `Fields` (besides `type`). Its
 * AppTest `.value` is its `body` (or null), or what `read` returns.
 *
 * @example
 * export const textElements = { badge: display<{ body: string; color: BadgeColor }>() };
 * export const chartElements = { lineChart: display<{ spec: JsonObject }, JsonObject>((proto) => proto.spec) };
 */
export function display<Fields extends object, Value = BodyOf<Fields>>(read?: (proto: Fields) => Value): DisplaySpec<Fields, Value> {
  return { kind: 'display', value: read ?? (bodyOf as (proto: Fields) => Value) };
}

/** Declares an event element (`event` root, shown by the app shell); AppTest `.value` is its `body` (or null). */
export function event<Fields extends object>(): EventSpec<Fields, BodyOf<Fields>> {
  return { kind: 'event', value: bodyOf as (proto: Fields) => BodyOf<Fields> };
}

/**
 * Declares a widget whose proto has `Fields` besides {@link WidgetProtoBase};
 * `AppValue` is the value the app sees, `Wire` what a widget change carries
 * (default: the proto's `value`). `.with(...actions)` completes the spec with
 * the AppTest conveniences its views offer (none: `.with()`).
 *
 * @example
 * export const sliderElements = { slider: widget<{ value: number; min: number; max: number }, number>().with('setRange') };
 */
export function widget<Fields extends { value: unknown }, AppValue, Wire = Fields['value']>(): {
  with<const A extends readonly WidgetAction[]>(...actions: A): WidgetSpec<Fields, AppValue, Wire, A[number]>;
} {
  return { with: (...actions) => ({ kind: 'widget', actions }) };
}
