import { ErrorCode, LitUiError } from '../errors.js';
import type { LayoutHeight, LayoutWidth } from '../protocol/layout.js';

/** The `width` option of a command, as Streamlit's `width`. */
export interface WidthOption {
  /**
   * Width, as Streamlit's `width`: `'stretch'` (the container's width), `'content'` (fit the content) or px (a
   * positive integer, at most the container's width). Default: the command's (Streamlit's) default.
   * @throws LitUiError `InvalidWidth` for any other value.
   */
  readonly width?: LayoutWidth;
}

/** The `height` option of a command, as Streamlit's `height`. */
export interface HeightOption {
  /**
   * Height, as Streamlit's `height`: `'content'` (grow with the content), `'stretch'` (fill a parent that has a
   * height) or px (a positive integer; the content scrolls inside). Default: the command's (Streamlit's) default.
   * @throws LitUiError `InvalidHeight` for any other value.
   */
  readonly height?: LayoutHeight;
}

/** `width` and `height`, as Streamlit's. */
export interface LayoutOptions extends WidthOption, HeightOption {}

/** A command's default `width` and `height`; a key is present when the command has that option. */
export type LayoutDefaults = { readonly width?: LayoutWidth; readonly height?: LayoutHeight };

const STRETCH: LayoutDefaults = { width: 'stretch' };
const CONTENT: LayoutDefaults = { width: 'content' };
const BOX: LayoutDefaults = { width: 'stretch', height: 'content' };

/**
 * Commands whose `width` (and `height`) lit-ui applies generically, with Streamlit 1.64's default of each. A command
 * missing here, or a key missing from its entry, has no such option in Streamlit or handles it itself (`st.dataframe`,
 * `st.image`, the charts' and `st.map`'s, `st.pdf`'s and `st.textArea`'s `height`, `dialog`'s `width`).
 */
export const LAYOUT_DEFAULTS: Readonly<Record<string, LayoutDefaults>> = {
  ...Object.fromEntries(
    [
      'title',
      'header',
      'subheader',
      'markdown',
      'caption',
      'text',
      'latex',
      'html',
      'divider',
      'success',
      'info',
      'warning',
      'error',
      'exception',
      'progress',
      'lineChart',
      'barChart',
      'areaChart',
      'scatterChart',
      'vegaLiteChart',
      'map',
      'audio',
      'video',
      'pdf',
      'columns',
      'tabs',
      'expander',
      'chatMessage',
      'status',
      'textInput',
      'textArea',
      'numberInput',
      'slider',
      'selectSlider',
      'selectbox',
      'multiselect',
      'dateInput',
      'timeInput',
      'datetimeInput',
      'fileUploader',
      'cameraInput',
      'audioInput',
    ].map((command) => [command, STRETCH]),
  ),
  ...Object.fromEntries(
    [
      'badge',
      'graphvizChart',
      'popover',
      'button',
      'formSubmitButton',
      'downloadButton',
      'linkButton',
      'pageLink',
      'checkbox',
      'toggle',
      'radio',
      'pills',
      'segmentedControl',
      'feedback',
      'colorPicker',
      'spinner',
    ].map((command) => [command, CONTENT]),
  ),
  code: BOX,
  json: BOX,
  plotlyChart: BOX,
  chatInput: BOX,
  metric: BOX,
  table: BOX,
  container: BOX,
  form: BOX,
};

/** The `width`/`height` a command's options gave, checked (values equal to its default kept: they were given). */
export type GivenLayout = { width?: LayoutWidth; height?: LayoutHeight };

/** The layout of the command being called, until its first write takes it (see {@link withLayout}). */
interface PendingLayout {
  /** The command's defaults: the keys it has, and the values left off the wire. */
  readonly defaults: LayoutDefaults;
  /** What its options gave. */
  readonly given: GivenLayout;
}

let pending: PendingLayout | undefined;

/**
 * Runs `call`, the body of `command` (`'st.button'`), with the layout its `options` give pending: the command's first
 * element or block takes it ({@link takeLayout}). Values equal to the command's default are left out. Each call sets
 * its own pending layout (none without options) and restores the caller's, so a command called by another never takes
 * the outer one's.
 * @throws LitUiError `InvalidWidth` / `InvalidHeight` (before `call` runs) for a value that is not `'stretch'`,
 *   `'content'` or a positive integer of px.
 */
export function withLayout<R>(command: string, defaults: LayoutDefaults, options: unknown, call: () => R): R {
  const given = givenLayout(command, defaults, options);
  const outer = pending;
  pending = { defaults, given };
  try {
    return call();
  } finally {
    pending = outer;
  }
}

/** `proto` with the pending layout of the command being called (which is then taken), or `proto` as it is. */
export function takeLayout<P extends object>(proto: P): P {
  return takeSlotLayout(proto, undefined).proto;
}

/**
 * As {@link takeLayout}, for a write into a slot (`st.empty()`'s or `st.progress()`'s handle) that remembers the
 * layout of its earlier writes: a `width`/`height` the command's options leave out is the remembered one (as long as
 * the command has that option), so `bar.progress(50)` keeps `st.progress(0, { width: 200 })`'s width.
 * @param remembered - The layout given to the slot's earlier writes, if any.
 * @returns The proto to write and the layout the slot remembers from now on (`remembered` for a write by a command
 *   without layout options, such as the placeholder `st.empty()` writes).
 */
export function takeSlotLayout<P extends object>(proto: P, remembered: GivenLayout | undefined): { proto: P; remember: GivenLayout | undefined } {
  const call = pending;
  if (call === undefined) return { proto, remember: remembered };
  pending = undefined;
  const { defaults, given } = call;
  const remember: GivenLayout = { ...remembered, ...given };
  const layout: GivenLayout = {};
  if ('width' in defaults && remember.width !== undefined && remember.width !== defaults.width) layout.width = remember.width;
  if ('height' in defaults && remember.height !== undefined && remember.height !== defaults.height) layout.height = remember.height;
  return { proto: layout.width === undefined && layout.height === undefined ? proto : { ...proto, layout }, remember };
}

function givenLayout(command: string, defaults: LayoutDefaults, options: unknown): GivenLayout {
  const layout: GivenLayout = {};
  if (typeof options !== 'object' || options === null) return layout;
  const { width, height } = options as { width?: unknown; height?: unknown };
  if ('width' in defaults && width !== undefined) layout.width = checked(command, 'width', width);
  if ('height' in defaults && height !== undefined) layout.height = checked(command, 'height', height);
  return layout;
}

function checked(command: string, key: 'width' | 'height', value: unknown): LayoutWidth {
  if (value === 'stretch' || value === 'content' || (typeof value === 'number' && Number.isInteger(value) && value > 0)) return value;
  throw new LitUiError(
    key === 'width' ? ErrorCode.InvalidWidth : ErrorCode.InvalidHeight,
    `${command}: ${key} must be 'stretch', 'content' or a positive whole number of px, got ${typeof value === 'string' ? `'${value}'` : typeof value === 'number' ? value : (JSON.stringify(value) ?? String(value))}.`,
  );
}
