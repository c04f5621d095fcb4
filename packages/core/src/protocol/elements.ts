/**
 * Element and block protos: the JSON shapes that travel inside `delta`
 * messages. Every proto has a `type` (the camelCase Streamlit command name);
 * widgets also carry an `id` (the widget id) and their current `value` in
 * wire form (see {@link WidgetValueMap}).
 */
import { chartElements } from '../elements/charts.js';
import { mapElements } from '../elements/map.js';
import { plotlyElements } from '../elements/plotly.js';
import { graphvizElements } from '../elements/graphviz.js';
import { dataElements } from '../elements/data.js';
import { exceptionElements } from '../elements/exception.js';
import { helpElements } from '../elements/help.js';
import { hostEventElements } from '../elements/hostEvent.js';
import { jsonElements } from '../elements/json.js';
import { layoutElements } from '../elements/layout.js';
import { linkElements } from '../elements/links.js';
import { mediaElements } from '../elements/media.js';
import { metricElements } from '../elements/metric.js';
import { statusElements } from '../elements/status.js';
import { textElements } from '../elements/text.js';
import { buttonElements } from '../widgets/button.js';
import { buttonGroupElements } from '../widgets/buttonGroup.js';
import { chatInputElements } from '../widgets/chatInput.js';
import { checkboxElements } from '../widgets/checkbox.js';
import { colorPickerElements } from '../widgets/colorPicker.js';
import { dataEditorElements } from '../widgets/dataEditor.js';
import { dateInputElements } from '../widgets/dateInput.js';
import { datetimeInputElements } from '../widgets/datetimeInput.js';
import { feedbackElements } from '../widgets/feedback.js';
import { downloadButtonElements } from '../widgets/downloadButton.js';
import { fileUploaderElements } from '../widgets/fileUploader.js';
import { multiselectElements } from '../widgets/multiselect.js';
import { numberInputElements } from '../widgets/numberInput.js';
import { selectboxElements } from '../widgets/selectbox.js';
import { selectSliderElements } from '../widgets/selectSlider.js';
import { sliderElements } from '../widgets/slider.js';
import { textInputElements } from '../widgets/textInput.js';
import { timeInputElements } from '../widgets/timeInput.js';
import type { AnyElementSpec } from './elementSpec.js';
import type { ElementLayout } from './layout.js';

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
  /** The label shown with the widget (markdown). */
  readonly label: string;
  /** Tooltip shown next to the label (markdown). */
  readonly help?: string;
  /** Shown greyed out; the user cannot change it. Absent: false. */
  readonly disabled?: boolean;
  /** How the label shows; absent: `'visible'`. */
  readonly labelVisibility?: LabelVisibility;
  /** Set when the widget sits in an `st.form`: its changes are held until submit. */
  readonly formId?: string;
  /** Set when the widget sits in a fragment: its changes rerun only that fragment. */
  readonly fragmentId?: string;
}

export type { DataColumn, ColumnConfigWire, SelectionMode, DataframeSelection, EditingState } from './dataWire.js';

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
  ...mapElements,
  ...plotlyElements,
  ...graphvizElements,
  ...layoutElements,
  ...statusElements,
  ...hostEventElements,
  ...linkElements,
  ...mediaElements,
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
  ...datetimeInputElements,
  ...colorPickerElements,
  ...chatInputElements,
  ...dataEditorElements,
  ...buttonGroupElements,
  ...feedbackElements,
  ...helpElements,
  ...fileUploaderElements,
  ...downloadButtonElements,
} satisfies Readonly<Record<string, AnyElementSpec>>;

/** The specs of the element map, by type. */
export type ElementSpecs = typeof ELEMENTS;

/** Every built-in element type name. */
export type ElementType = keyof ElementSpecs;

/** The proto fields of an element spec. */
export type FieldsOf<S> = Exclude<
  S extends {
    /** The spec's phantom proto fields. */
    readonly fields?: infer F;
  }
    ? F
    : never,
  undefined
>;

/** Map from element type to its proto fields (without `type`). */
export type ElementProtoMap = { [T in ElementType]: FieldsOf<ElementSpecs[T]> };

/** The proto of a built-in element of type `T`. */
export type ElementProtoOf<T extends ElementType> = {
  /** The element type. */
  readonly type: T;
  /** Width and height the app gave (Streamlit's `width`/`height`), when not the command's default. */
  readonly layout?: ElementLayout;
} & Readonly<ElementProtoMap[T]>;

/**
 * An element proto on the wire: a built-in one ({@link ElementProtoOf}) or a
 * custom component's, registered on the client with `registerElement`.
 */
export interface ElementProto {
  /** The element type: a key of {@link ELEMENTS}, or a custom component's registered type. */
  readonly type: string;
  /** Width and height the app gave (Streamlit's `width`/`height`), when not the command's default. */
  readonly layout?: ElementLayout;
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

/**
 * Element types whose proto may carry a widget id: the widgets, and
 * `dataframe`, `vegaLiteChart` and the built-in charts, display elements that are widgets when
 * they select (their proto then has an `id` and a `value`, as Streamlit's `on_select`).
 */
export type WidgetIdType = WidgetType | 'dataframe' | 'vegaLiteChart' | 'plotlyChart' | BuiltInChartType;

/** The built-in chart element types: `st.lineChart`, `st.areaChart`, `st.barChart`, `st.scatterChart`. */
export type BuiltInChartType = 'lineChart' | 'areaChart' | 'barChart' | 'scatterChart';

/** A selection parameter of a chart that reports selections (`st.vegaLiteChart` with `onSelect`). */
export interface ChartSelectionParam {
  /** The parameter's `name` in the Vega-Lite spec. */
  readonly name: string;
  /** `'point'` (clicked points) or `'interval'` (a dragged range). */
  readonly type: 'point' | 'interval';
}

/** Wire value of each widget type, as sent in `rerunScript` widget changes. */
export type WidgetValueMap = { [T in WidgetType]: Exclude<ElementSpecs[T]['wire'], undefined> };

/** True when `proto` is a widget (it has a widget id). */
export function isWidgetProto(proto: ElementProto): proto is ElementProto &
  WidgetProtoBase & {
    /** The widget's value in wire form. */
    value: unknown;
  } {
  return typeof proto['id'] === 'string';
}

/** Map from block type to its proto fields (without `type`). */
export interface BlockProtoMap {
  /** `st.container()`; also the wrapper of a fragment (then `fragmentId` is set). */
  vertical: {
    /** Draw a border around the container. */
    border?: boolean;
    /** Lay the children out in a row that wraps, as Streamlit's `st.container(horizontal=True)`. */
    horizontal?: boolean;
    /** Set when the container wraps a fragment: the fragment's id. */
    fragmentId?: string;
    /** The user's `key` of the container, when given. */
    key?: string;
  };
  /** The row made by `st.columns`. */
  horizontal: {
    /** Space between the columns, as Streamlit's `gap`. */
    gap: 'small' | 'medium' | 'large';
    /** How the columns' contents align vertically, as Streamlit's `vertical_alignment`. */
    verticalAlignment: 'top' | 'center' | 'bottom';
    /** Draw a border around each column. */
    border?: boolean;
  };
  /** One column of `st.columns`; `weight` is its share of the row. */
  column: {
    /** Relative width: this column's share of the sum of the row's weights. */
    weight: number;
    /** Draw a border around the column. */
    border?: boolean;
  };
  /** `st.expander`: a collapsible section. */
  expander: {
    /** The header text (markdown). */
    label: string;
    /** Open initially. */
    expanded: boolean;
    /** An emoji or icon shown before the label. */
    icon?: string;
  };
  /** `st.form(key)`: `formId` is the key. */
  form: {
    /** The form's key; its widgets carry it as their `formId`. */
    formId: string;
    /** Reset the form's widgets to their defaults after a submit, as Streamlit's `clear_on_submit`. */
    clearOnSubmit: boolean;
    /** Pressing Enter in a text field submits the form, as Streamlit's `enter_to_submit`. */
    enterToSubmit: boolean;
    /** Draw a border around the form. */
    border: boolean;
  };
  /** `st.tabs([...])`: children are `tab` blocks. */
  tabs: {
    /** The tab labels, in order (markdown). */
    labels: string[];
  };
  /** One tab of `st.tabs`. */
  tab: {
    /** The tab's label (markdown). */
    label: string;
  };
  /** `st.popover`: a button that opens a floating container. */
  popover: {
    /** The button text (markdown). */
    label: string;
    /** An emoji or icon shown before the label. */
    icon?: string;
    /** The button is greyed out and does not open. */
    disabled?: boolean;
    /** Stretch the button to its container's width. */
    useContainerWidth?: boolean;
  };
  /** `st.chatMessage`: one message of a chat, with an avatar. */
  chatMessage: {
    /** The author: `'user'`, `'assistant'`, or any name (shown by its initial). */
    name: string;
    /** An emoji or image URL shown as the avatar; absent: the default for `name`. */
    avatar?: string;
  };
  /** `st.status`: an expander with a state icon, for long work. */
  status: {
    /** The header text. */
    label: string;
    /** The header icon: a spinner, a check mark or a cross. */
    state: 'running' | 'complete' | 'error';
    /** Open. */
    expanded: boolean;
  };
  /** A modal from `dialog(title, fn)`; it is a fragment (`fragmentId`). */
  dialog: {
    /** The modal's title. */
    title: string;
    /** Width of the modal: 500, 750 or 1280 px, as Streamlit's `st.dialog` `width`. */
    width: 'small' | 'medium' | 'large';
    /** The user may close it (✕, Escape, a click outside). */
    dismissible: boolean;
    /** True while the app wants it shown; a new proto with it set reopens a dismissed dialog. */
    isOpen: boolean;
    /** The dialog's fragment id: its widgets rerun only the dialog. */
    fragmentId: string;
  };
}

/** Every block type name. */
export type BlockType = keyof BlockProtoMap;

/** The proto of a block of type `T`. */
export type BlockProtoOf<T extends BlockType> = {
  /** The block type. */
  readonly type: T;
  /** Width and height the app gave (`st.container({ height: 300 })`), when not the command's default. */
  readonly layout?: ElementLayout;
} & Readonly<BlockProtoMap[T]>;

/** A block proto on the wire. */
export type BlockProto = { [T in BlockType]: BlockProtoOf<T> }[BlockType];

/**
 * A node of the element tree in JSON form, used by `snapshot` messages: an
 * element, or a block with its children.
 */
export type TreeNodeJson =
  | {
      /** An element. */
      readonly element: ElementProto;
    }
  | {
      /** A block. */
      readonly block: BlockProto;
      /** The block's children, in order. */
      readonly children: readonly TreeNodeJson[];
    };
