import { ErrorCode, LitUiError } from '../errors.js';
import type { ElementLayout, LayoutHeight, LayoutWidth } from '../protocol/layout.js';

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
      'json',
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
      'plotlyChart',
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
      'chatInput',
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
    ].map((command) => [command, CONTENT]),
  ),
  code: BOX,
  metric: BOX,
  table: BOX,
  container: BOX,
  form: BOX,
};

/** The layout of the command being called, until its first write takes it (see {@link withLayout}). */
let pending: ElementLayout | undefined;

/**
 * Runs `call`, the body of `command` (`'st.button'`), with the layout its `options` give pending: the command's first
 * element or block takes it ({@link takeLayout}). Values equal to the command's default are left out. Each call sets
 * its own pending layout (none without options) and restores the caller's, so a command called by another never takes
 * the outer one's.
 * @throws LitUiError `InvalidWidth` / `InvalidHeight` (before `call` runs) for a value that is not `'stretch'`,
 *   `'content'` or a positive integer of px.
 */
export function withLayout<R>(command: string, defaults: LayoutDefaults, options: unknown, call: () => R): R {
  const layout = layoutOf(command, defaults, options);
  const outer = pending;
  pending = layout;
  try {
    return call();
  } finally {
    pending = outer;
  }
}

/** `proto` with the pending layout of the command being called (which is then taken), or `proto` as it is. */
export function takeLayout<P extends object>(proto: P): P {
  const layout = pending;
  if (layout === undefined) return proto;
  pending = undefined;
  return { ...proto, layout };
}

function layoutOf(command: string, defaults: LayoutDefaults, options: unknown): ElementLayout | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const { width, height } = options as { width?: unknown; height?: unknown };
  const layout: { width?: LayoutWidth; height?: LayoutHeight } = {};
  if ('width' in defaults && width !== undefined && checked(command, 'width', width) !== defaults.width) layout.width = width as LayoutWidth;
  if ('height' in defaults && height !== undefined && checked(command, 'height', height) !== defaults.height) layout.height = height as LayoutHeight;
  return layout.width === undefined && layout.height === undefined ? undefined : layout;
}

function checked(command: string, key: 'width' | 'height', value: unknown): unknown {
  if (value === 'stretch' || value === 'content' || (typeof value === 'number' && Number.isInteger(value) && value > 0)) return value;
  throw new LitUiError(
    key === 'width' ? ErrorCode.InvalidWidth : ErrorCode.InvalidHeight,
    `${command}: ${key} must be 'stretch', 'content' or a positive whole number of px, got ${typeof value === 'string' ? `'${value}'` : typeof value === 'number' ? value : (JSON.stringify(value) ?? String(value))}.`,
  );
}
