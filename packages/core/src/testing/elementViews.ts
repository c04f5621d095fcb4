import type { DeltaPath } from '../protocol/deltaPath.js';
import type { WidgetAction } from '../protocol/elementSpec.js';
import type { LayoutHeight, LayoutWidth } from '../protocol/layout.js';
import { ELEMENTS, type ElementProto, type ElementType, type JsonValue, type WidgetType } from '../protocol/elements.js';
import type { WidgetMetadata } from '../state/sessionState.js';
import type { DataDriver } from './dataframeView.js';

/** A staged widget change, sent with the next `run()`. */
export interface StagedChange {
  /** The value in wire form, as the browser would send it. */
  readonly wire: JsonValue;
  /** The value the app will see. */
  readonly value: unknown;
  /** True for a trigger (click, submit): true for one run only. */
  readonly trigger: boolean;
}

/** What views need from their AppTest. */
export interface ViewDriver extends DataDriver {
  /** The widget's metadata from the session (its current options, default, converters). */
  metadata(id: string): WidgetMetadata | undefined;
  /** The widget's value in the session. */
  sessionValue(id: string): unknown;
  stage(proto: ElementProto, change: StagedChange): void;
  staged(id: string): StagedChange | undefined;
  run(): Promise<unknown>;
}

/**
 * A view of one element, as Streamlit's AppTest element: `type`, `path`
 * (delta path), `proto` (the raw element) and `value` — what the element
 * map says its kind shows: the text of text elements, the parsed body of
 * `json`, the shown value of `metric`, the rows (as objects) of
 * `dataframe`/`table`, the spec of charts.
 */
export class ElementView {
  /** @internal */
  constructor(
    /** @internal */
    protected readonly driver: ViewDriver,
    /** The raw element proto, as the client received it. */
    readonly proto: ElementProto,
    /** The element's delta path: `[root, ...blockIndices, index]`. */
    readonly path: DeltaPath,
  ) {}

  /** The element type (the camelCase command name), e.g. `'markdown'`. */
  get type(): string {
    return this.proto.type;
  }

  /** What the element shows, as its spec in the element map reads it; else its `body`, else null. */
  get value(): unknown {
    const spec = ELEMENTS[this.proto.type as ElementType] as { readonly value?: (proto: object) => unknown } | undefined;
    if (spec?.value) return spec.value(this.proto);
    return 'body' in this.proto ? this.proto['body'] : null;
  }

  /** The label of labelled elements (metric, widgets). */
  get label(): string | undefined {
    return this.proto['label'] as string | undefined;
  }

  /** The user's `key` of a widget. */
  get key(): string | undefined {
    return this.proto['key'] as string | undefined;
  }

  /** The tooltip text (markdown), when the element has one. */
  get help(): string | undefined {
    return this.proto['help'] as string | undefined;
  }

  /** The `width` the app gave (as Streamlit's: `'stretch'`, `'content'` or px); undefined for the command's default. */
  get width(): LayoutWidth | undefined {
    return sizeOf(this.proto, 'width');
  }

  /** The `height` the app gave (as Streamlit's: `'stretch'`, `'content'` or px); undefined for the command's default. */
  get height(): LayoutHeight | undefined {
    return sizeOf(this.proto, 'height');
  }

  /** Runs the app (sending staged changes) and resolves to the AppTest. */
  run(): Promise<unknown> {
    return this.driver.run();
  }
}

/** An `exception` element: `message`, `name`, `code`, `stack`. */
export class ExceptionView extends ElementView {
  /** The error's message. */
  get message(): string {
    return this.proto['message'] as string;
  }
  /** The error class name, e.g. `'TypeError'`. */
  get name(): string {
    return this.proto['name'] as string;
  }
  /** The stable error code of lit-ui's own errors, e.g. `'DuplicateWidgetID'`; undefined for others. */
  get code(): string | undefined {
    return this.proto['code'] as string | undefined;
  }
  /** Stack lines, when the runtime's `showErrorDetails` shows them; else empty. */
  get stack(): string[] {
    return (this.proto['stack'] as string[] | undefined) ?? [];
  }
}

/**
 * A widget: `value` is what the app sees (a staged value until `run()`),
 * `setValue(v)` stages a change. Conveniences (`click`, `check`, `input`,
 * `select`, `increment`, ...) work on the widget kinds they suit and throw
 * on others. Every method returns the view, so `.run()` chains.
 */
export class WidgetView extends ElementView {
  /** The widget id. */
  get id(): string {
    return this.proto['id'] as string;
  }

  /** What the app sees: the staged value until `run()`, else the session's value. */
  override get value(): unknown {
    const staged = this.driver.staged(this.id);
    if (staged) return staged.value;
    const meta = this.driver.metadata(this.id);
    const value = this.driver.sessionValue(this.id);
    if (value !== undefined || !meta) return value ?? null;
    return meta.deserialize(this.proto['value'] as JsonValue);
  }

  /** True when the widget is disabled (the user cannot change it; AppTest still can). */
  get disabled(): boolean {
    return Boolean(this.proto['disabled']);
  }

  /** Option labels of option widgets. */
  get options(): string[] {
    return (this.proto['options'] as string[] | undefined) ?? [];
  }

  /** Index of the selected option (selectbox, radio). */
  get index(): number | null {
    const wire = this.currentWire();
    return typeof wire === 'number' ? wire : null;
  }

  /** Stages a new value (the app value: an option, a number, a Date, ...). @throws Error when it does not fit the widget. */
  setValue(value: unknown): this {
    const meta = this.requireMeta();
    const trigger = meta.trigger !== undefined;
    const wire = trigger ? (value as JsonValue) : meta.serialize(value);
    if (wire === undefined) {
      const hint =
        (this.type === 'selectbox' || this.type === 'multiselect') && !this.proto['acceptNewOptions']
          ? ': it is not among its options (acceptNewOptions lets users add one)'
          : '';
      throw new Error(`${this.type} "${this.label}" cannot take the value ${JSON.stringify(value)}${hint}`);
    }
    this.driver.stage(this.proto, { wire, value: trigger ? value : meta.deserialize(wire), trigger });
    return this;
  }

  /** Clicks a button or a form's submit button. */
  click(): this {
    this.expect('click');
    return this.setValue(true);
  }

  /** Checks a checkbox or turns a toggle on. @throws Error on other widgets. */
  check(): this {
    this.expect('check');
    return this.setValue(true);
  }

  /** Unchecks a checkbox or turns a toggle off. @throws Error on other widgets. */
  uncheck(): this {
    this.expect('uncheck');
    return this.setValue(false);
  }

  /** Types text into a text input, text area, or chat input. */
  input(text: string): this {
    this.expect('input');
    return this.setValue(text);
  }

  /** Selects an option (selectbox, radio, selectSlider, single-mode pills) or adds one to a multiselect or multi-mode pills. */
  select(option: unknown): this {
    if (this.type === 'multiselect' || this.proto['selectionMode'] === 'multi') {
      const current = (this.value as unknown[]) ?? [];
      return current.some((v) => sameOption(v, option)) ? this : this.setValue([...current, option]);
    }
    this.expect('select');
    return this.setValue(option);
  }

  /** Removes an option from a multiselect or pills (a single-mode pills or segmented control then holds null). */
  unselect(option: unknown): this {
    this.expect('unselect');
    if (this.proto['selectionMode'] === 'single') return sameOption(this.value, option) ? this.setValue(null) : this;
    return this.setValue(((this.value as unknown[]) ?? []).filter((v) => !sameOption(v, option)));
  }

  /** Steps a number input up by its step (clamped to its max). */
  increment(): this {
    return this.step(1);
  }

  /** Steps a number input down by its step (clamped to its min). */
  decrement(): this {
    return this.step(-1);
  }

  /** Sets a range slider's bounds. */
  setRange(low: unknown, high: unknown): this {
    this.expect('setRange');
    return this.setValue([low, high]);
  }

  private step(direction: 1 | -1): this {
    this.expect(direction === 1 ? 'increment' : 'decrement');
    const p = this.proto as Record<string, unknown>;
    const step = p['step'] as number;
    const current = (this.value as number | null) ?? (p['min'] as number | undefined) ?? 0;
    let next = current + direction * step;
    if (!p['isInt']) next = Number(next.toFixed(12));
    if (p['max'] !== undefined) next = Math.min(next, p['max'] as number);
    if (p['min'] !== undefined) next = Math.max(next, p['min'] as number);
    return this.setValue(next);
  }

  private currentWire(): JsonValue {
    return this.driver.staged(this.id)?.wire ?? this.requireMeta().serialize(this.value) ?? (this.proto['value'] as JsonValue);
  }

  private requireMeta(): WidgetMetadata {
    const meta = this.driver.metadata(this.id);
    if (!meta) throw new Error(`${this.type} "${this.label}" is no longer on the page; run the app again.`);
    return meta;
  }

  /** Throws unless the element map gives this widget kind `action`. */
  private expect(action: WidgetAction): void {
    if (!(typesWith(action) as readonly string[]).includes(this.type)) {
      throw new Error(`${this.type} widgets have no such action (it suits ${typesWith(action).join(', ')})`);
    }
  }
}

/** Widget types whose views offer `action`, from the element map. */
function typesWith(action: WidgetAction): WidgetType[] {
  return (Object.keys(ELEMENTS) as ElementType[]).filter((type): type is WidgetType => {
    const spec = ELEMENTS[type];
    return spec.kind === 'widget' && (spec.actions as readonly WidgetAction[]).includes(action);
  });
}

function sameOption(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The `width` or `height` of an element or block proto: its `layout`'s, else the element's own field (`st.image`'s
 * `width`, the charts' `height`, ...) when it holds a size.
 */
export function sizeOf(
  proto: { readonly layout?: { readonly width?: LayoutWidth; readonly height?: LayoutHeight } },
  key: 'width' | 'height',
): LayoutWidth | undefined {
  const own = (proto as Record<string, unknown>)[key];
  return proto.layout?.[key] ?? (typeof own === 'number' || own === 'stretch' || own === 'content' ? own : undefined);
}
