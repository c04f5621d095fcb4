/**
 * Element and block protos: the JSON shapes that travel inside `delta`
 * messages. Every proto has a `type` (the camelCase Streamlit command name);
 * widgets also carry an `id` (the widget id) and their current `value` in
 * wire form (see {@link WidgetValueMap}).
 */
import { chartElements } from '../elements/charts.js';
import { dataElements } from '../elements/data.js';
import { exceptionElements } from '../elements/exception.js';
import { jsonElements } from '../elements/json.js';
import { layoutElements } from '../elements/layout.js';
import { linkElements } from '../elements/links.js';
import { metricElements } from '../elements/metric.js';
import { statusElements } from '../elements/status.js';
import { textElements } from '../elements/text.js';
import { buttonElements } from '../widgets/button.js';
import { chatInputElements } from '../widgets/chatInput.js';
import { checkboxElements } from '../widgets/checkbox.js';
import { colorPickerElements } from '../widgets/colorPicker.js';
import { dateInputElements } from '../widgets/dateInput.js';
import { multiselectElements } from '../widgets/multiselect.js';
import { numberInputElements } from '../widgets/numberInput.js';
import { selectboxElements } from '../widgets/selectbox.js';
import { selectSliderElements } from '../widgets/selectSlider.js';
import { sliderElements } from '../widgets/slider.js';
import { textInputElements } from '../widgets/textInput.js';
import { timeInputElements } from '../widgets/timeInput.js';
import type { AnyElementSpec } from './elementSpec.js';

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** `labelVisibility` as Streamlit's `label_visibility`. */
export type LabelVisibility = 'visible' | 'hidden' | 'collapsed';

/** Fields every widget proto has. */
export interface WidgetProtoBase {
  /** Widget id: `$$ID-<hash>-<key>` for keyed widgets, `$$ID-<hash>-None` otherwise. */
  readonly id: string;
  /** The user's `key`, when given. */
  readonly key?: string;
  readonly label: string;
  readonly help?: string;
  readonly disabled?: boolean;
  readonly labelVisibility?: LabelVisibility;
  /** Set when the widget sits in an `st.form`: its changes are held until submit. */
  readonly formId?: string;
  /** Set when the widget sits in a fragment: its changes rerun only that fragment. */
  readonly fragmentId?: string;
}

/** Column description of a dataframe or table. */
export interface DataColumn {
  readonly name: string;
  readonly type: 'number' | 'string' | 'boolean' | 'date' | 'object';
}

/**
 * The element map: every built-in element type, by name (the camelCase
 * Streamlit command), with its kind and the fields of its proto. Each element
 * or widget module declares its family (see `elementSpec.ts`); everything
 * per type is derived from this one map: {@link ElementType},
 * {@link ElementProtoOf}, {@link WidgetType}, {@link WIDGET_TYPES},
 * {@link WidgetValueMap}, ui-lit's renderer table and tag names, and
 * AppTest's typed views.
 */
export const ELEMENTS = {
  ...textElements,
  ...jsonElements,
  ...metricElements,
  ...exceptionElements,
  ...dataElements,
  ...chartElements,
  ...layoutElements,
  ...statusElements,
  ...linkElements,
  ...buttonElements,
  ...checkboxElements,
  ...textInputElements,
  ...numberInputElements,
  ...sliderElements,
  ...selectSliderElements,
  ...selectboxElements,
  ...multiselectElements,
  ...dateInputElements,
  ...timeInputElements,
  ...colorPickerElements,
  ...chatInputElements,
} satisfies Readonly<Record<string, AnyElementSpec>>;

/** The specs of the element map, by type. */
export type ElementSpecs = typeof ELEMENTS;

/** Every built-in element type name. */
export type ElementType = keyof ElementSpecs;

/** The proto fields of an element spec. */
export type FieldsOf<S> = Exclude<S extends { readonly fields?: infer F } ? F : never, undefined>;

/** Map from element type to its proto fields (without `type`). */
export type ElementProtoMap = { [T in ElementType]: FieldsOf<ElementSpecs[T]> };

/** The proto of a built-in element of type `T`. */
export type ElementProtoOf<T extends ElementType> = { readonly type: T } & Readonly<ElementProtoMap[T]>;

/**
 * An element proto on the wire: a built-in one ({@link ElementProtoOf}) or a
 * custom component's, registered on the client with `registerElement`.
 */
export interface ElementProto {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** Element types of one kind: `'display'` (a renderer of its own), `'widget'`, or `'event'` (shown by the app shell). */
export type ElementTypeOf<K extends AnyElementSpec['kind']> = { [T in ElementType]: ElementSpecs[T]['kind'] extends K ? T : never }[ElementType];

/** A widget element type name. */
export type WidgetType = ElementTypeOf<'widget'>;

/** A display element type name (rendered by a renderer of its own). */
export type DisplayType = ElementTypeOf<'display'>;

/** An event element type name (`toast`, `balloons`, `snow`: shown by the app shell). */
export type EventType = ElementTypeOf<'event'>;

/** The element types of one kind, in map order. */
export function elementTypes<K extends AnyElementSpec['kind']>(kind: K): readonly ElementTypeOf<K>[] {
  return (Object.keys(ELEMENTS) as ElementType[]).filter((type) => ELEMENTS[type].kind === kind) as ElementTypeOf<K>[];
}

/** Element types that are widgets (carry `id` and `value`). */
export const WIDGET_TYPES: readonly WidgetType[] = elementTypes('widget');

/** Wire value of each widget type, as sent in `rerunScript` widget changes. */
export type WidgetValueMap = { [T in WidgetType]: Exclude<ElementSpecs[T]['wire'], undefined> };

/** True when `proto` is a widget (it has a widget id). */
export function isWidgetProto(proto: ElementProto): proto is ElementProto & WidgetProtoBase & { value: unknown } {
  return typeof proto['id'] === 'string';
}

/** Map from block type to its proto fields (without `type`). */
export interface BlockProtoMap {
  /** `st.container()`; also the wrapper of a fragment (then `fragmentId` is set). */
  vertical: { border?: boolean; height?: number; fragmentId?: string; key?: string };
  /** The row made by `st.columns`. */
  horizontal: { gap: 'small' | 'medium' | 'large'; verticalAlignment: 'top' | 'center' | 'bottom'; border?: boolean };
  /** One column of `st.columns`; `weight` is its share of the row. */
  column: { weight: number; border?: boolean };
  expander: { label: string; expanded: boolean; icon?: string };
  /** `st.form(key)`: `formId` is the key. */
  form: { formId: string; clearOnSubmit: boolean; enterToSubmit: boolean; border: boolean };
  /** `st.tabs([...])`: children are `tab` blocks. */
  tabs: { labels: string[] };
  tab: { label: string };
  popover: { label: string; icon?: string; disabled?: boolean; useContainerWidth?: boolean };
  chatMessage: { name: string; avatar?: string };
  status: { label: string; state: 'running' | 'complete' | 'error'; expanded: boolean };
  /** A modal from `dialog(title, fn)`; it is a fragment (`fragmentId`). */
  dialog: { title: string; width: 'small' | 'medium' | 'large'; dismissible: boolean; isOpen: boolean; fragmentId: string };
}

/** Every block type name. */
export type BlockType = keyof BlockProtoMap;

/** The proto of a block of type `T`. */
export type BlockProtoOf<T extends BlockType> = { readonly type: T } & Readonly<BlockProtoMap[T]>;

/** A block proto on the wire. */
export type BlockProto = { [T in BlockType]: BlockProtoOf<T> }[BlockType];

/**
 * A node of the element tree in JSON form, used by `snapshot` messages: an
 * element, or a block with its children.
 */
export type TreeNodeJson = { readonly element: ElementProto } | { readonly block: BlockProto; readonly children: readonly TreeNodeJson[] };
