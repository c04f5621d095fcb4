/**
 * Element and block protos: the JSON shapes that travel inside `delta`
 * messages. Every proto has a `type` (the camelCase Streamlit command name);
 * widgets also carry an `id` (the widget id) and their current `value` in
 * wire form (see {@link WidgetValueMap}).
 */

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

/** Map from element type to its proto fields (without `type`). */
export interface ElementProtoMap {
  title: { body: string; anchor?: string; help?: string };
  header: { body: string; anchor?: string; help?: string; divider?: boolean | string };
  subheader: { body: string; anchor?: string; help?: string; divider?: boolean | string };
  markdown: { body: string; unsafeAllowHtml?: boolean; help?: string };
  caption: { body: string; unsafeAllowHtml?: boolean; help?: string };
  text: { body: string; help?: string };
  code: { body: string; language: string | null; lineNumbers?: boolean; wrapLines?: boolean };
  latex: { body: string; help?: string };
  html: { body: string };
  json: { body: JsonValue; expanded: boolean | number };
  metric: {
    label: string;
    value: string;
    delta?: string;
    deltaColor: 'normal' | 'inverse' | 'off';
    /** Arrow derived from the delta's sign: `'up' | 'down' | 'none'`. */
    deltaArrow: 'up' | 'down' | 'none';
    help?: string;
    labelVisibility?: LabelVisibility;
    border?: boolean;
  };
  divider: Record<never, never>;
  success: { body: string; icon?: string };
  info: { body: string; icon?: string };
  warning: { body: string; icon?: string };
  error: { body: string; icon?: string };
  exception: {
    /** Error class name, e.g. `'TypeError'`. */
    name: string;
    message: string;
    /** Stable error code when the error is lit-ui's own, e.g. `'DuplicateWidgetID'`. */
    code?: string;
    /** Stack lines, only when the runtime's `showErrorDetails` level shows them (`'full'`, `'stacktrace'`). */
    stack?: string[];
    /** True for warnings shown as exceptions (Streamlit's StreamlitAPIWarning). */
    isWarning?: boolean;
    /**
     * Correlation id of an uncaught error whose details were hidden from the
     * page (`showErrorDetails` below `'full'`): the server logged the whole
     * error under this id.
     */
    errorId?: string;
  };
  dataframe: {
    columns: DataColumn[];
    /** First window of rows, row-major, in `columns` order. */
    rows: JsonValue[][];
    /** Total number of rows in the data. */
    rowCount: number;
    /** Height in px, when given. */
    height?: number;
    hideIndex?: boolean;
  };
  table: { columns: DataColumn[]; rows: JsonValue[][]; rowCount: number };
  lineChart: { spec: JsonObject; height?: number; useContainerWidth: boolean };
  barChart: { spec: JsonObject; height?: number; useContainerWidth: boolean };
  areaChart: { spec: JsonObject; height?: number; useContainerWidth: boolean };
  scatterChart: { spec: JsonObject; height?: number; useContainerWidth: boolean };
  vegaLiteChart: { spec: JsonObject; height?: number; useContainerWidth: boolean };
  /** `st.empty()`: a placeholder slot that later writes replace. */
  empty: Record<never, never>;
  /** `value` is an integer percentage 0–100. */
  progress: { value: number; text?: string };
  spinner: { text: string };
  /** Lives in the `event` root. `nonce` changes per call so a repeat call shows again. */
  toast: { body: string; icon?: string; nonce: string };
  balloons: { nonce: string };
  snow: { nonce: string };
  /** `page` is a page URL path of this app (`'settings'`, `''` for the default) or an absolute URL. */
  pageLink: { page: string; label: string; icon?: string; external: boolean; disabled?: boolean; help?: string };
  linkButton: { label: string; url: string; kind: 'primary' | 'secondary' | 'tertiary'; disabled?: boolean; help?: string };

  button: WidgetProtoBase & { value: false; kind: 'primary' | 'secondary' | 'tertiary'; icon?: string; useContainerWidth?: boolean };
  formSubmitButton: WidgetProtoBase & {
    value: false;
    formId: string;
    kind: 'primary' | 'secondary' | 'tertiary';
    icon?: string;
    useContainerWidth?: boolean;
  };
  checkbox: WidgetProtoBase & { value: boolean };
  toggle: WidgetProtoBase & { value: boolean };
  textInput: WidgetProtoBase & {
    value: string | null;
    maxChars?: number;
    inputType: 'default' | 'password';
    placeholder?: string;
    autocomplete?: string;
  };
  textArea: WidgetProtoBase & { value: string | null; maxChars?: number; placeholder?: string; height?: number };
  numberInput: WidgetProtoBase & {
    value: number | null;
    min?: number;
    max?: number;
    step: number;
    /** printf-style format, e.g. `'%.2f'`. */
    format?: string;
    isInt: boolean;
    placeholder?: string;
  };
  slider: WidgetProtoBase & {
    /** One number, or `[low, high]` for a range slider. Dates travel as epoch ms. */
    value: number | [number, number];
    min: number;
    max: number;
    step: number;
    format?: string;
    dataType: 'int' | 'float' | 'date' | 'datetime';
  };
  selectSlider: WidgetProtoBase & { value: number | [number, number]; options: string[] };
  /** `value` is the index into `options`, or null for no selection. */
  selectbox: WidgetProtoBase & { value: number | null; options: string[]; placeholder?: string };
  radio: WidgetProtoBase & { value: number | null; options: string[]; horizontal?: boolean; captions?: string[] };
  /** `value` is the list of selected indices into `options`. */
  multiselect: WidgetProtoBase & { value: number[]; options: string[]; maxSelections?: number; placeholder?: string };
  /** `value` is `'YYYY-MM-DD'`, a `[start, end]` pair of them, or null. */
  dateInput: WidgetProtoBase & {
    value: string | null | [string, string] | [string];
    isRange: boolean;
    min?: string;
    max?: string;
    format: string;
  };
  /** `value` is `'HH:MM'` or null; `step` in seconds. */
  timeInput: WidgetProtoBase & { value: string | null; step: number };
  colorPicker: WidgetProtoBase & { value: string };
  /** Trigger widget: `value` is always null on the wire; a submit sends the text. */
  chatInput: WidgetProtoBase & { value: null; placeholder: string; maxChars?: number };
}

/** Every built-in element type name. */
export type ElementType = keyof ElementProtoMap;

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

/** Element types that are widgets (carry `id` and `value`). */
export const WIDGET_TYPES = [
  'button',
  'formSubmitButton',
  'checkbox',
  'toggle',
  'textInput',
  'textArea',
  'numberInput',
  'slider',
  'selectSlider',
  'selectbox',
  'radio',
  'multiselect',
  'dateInput',
  'timeInput',
  'colorPicker',
  'chatInput',
] as const satisfies readonly ElementType[];

/** A widget element type name. */
export type WidgetType = (typeof WIDGET_TYPES)[number];

/** Wire value of each widget type, as sent in `rerunScript` widget changes. */
export type WidgetValueMap = { [T in WidgetType]: ElementProtoMap[T]['value'] } & {
  button: boolean;
  formSubmitButton: boolean;
  chatInput: string | null;
};

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
