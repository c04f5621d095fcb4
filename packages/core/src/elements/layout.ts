import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { BlockProtoOf, BlockType, ElementProtoOf } from '../protocol/elements.js';
import { makeProto } from './proto.js';
import type { LayoutOptions, WidthOption } from '../dg/layoutOptions.js';

/** `st.empty()` in the element map: a placeholder slot that later writes replace. */
export const layoutElements = {
  /** `st.empty()`: an empty slot; it shows nothing until a write replaces it. */
  empty: display<Record<never, never>>(),
};

/**
 * Options of `st.container`, as Streamlit's `st.container`: `height` in px fixes the height, the contents scroll
 * inside, and the border shows unless `border: false`.
 * @example const log = st.container({ height: 300 }); const row = st.container({ horizontal: true });
 */
export interface ContainerOptions extends LayoutOptions {
  /** Draw a border around the container. Default: only with a height in px, as Streamlit's. */
  readonly border?: boolean;
  /** Lay the children out side by side in a row that wraps, as Streamlit's `horizontal`. Default false. */
  readonly horizontal?: boolean;
  /** A key for the container (styling hook, as Streamlit's `key`); a host page's `<lit-ui-fragment container="<key>">` shows the container elsewhere in the page (docs/embedding.md). */
  readonly key?: string;
  /**
   * Where children that do not stretch sit across the container's width, as Streamlit's `horizontal_alignment`:
   * `'left'` (default), `'center'`, `'right'`, or `'distribute'` (in a horizontal container: spread over the row,
   * the space between them equal). Stretched children fill the width whatever it is.
   */
  readonly horizontalAlignment?: HorizontalAlignment;
  /**
   * Where children sit down the container's height, as Streamlit's `vertical_alignment`: `'top'` (default),
   * `'center'`, `'bottom'`, or `'distribute'` (a horizontal container: each child as tall as the row; a vertical
   * one with a height: the space between children equal). In a vertical container it shows only with a `height`.
   */
  readonly verticalAlignment?: VerticalAlignment;
  /** Space between children: `'small'` (1 rem, default), `'medium'` (2 rem), `'large'` (4 rem) or `null` (none), as Streamlit's `gap`. */
  readonly gap?: Gap;
}

/** A container's horizontal alignment, as Streamlit's `horizontal_alignment`. */
export type HorizontalAlignment = 'left' | 'center' | 'right' | 'distribute';
/** A container's vertical alignment, as Streamlit's `vertical_alignment`. */
export type VerticalAlignment = 'top' | 'center' | 'bottom' | 'distribute';
/** Space between a container's (or a row of columns') children, as Streamlit's `gap`: `null` is none. */
export type Gap = 'small' | 'medium' | 'large' | null;

/**
 * Options of `st.columns`, as Streamlit's `st.columns`.
 *
 * @example
 * const [left, right] = st.columns([2, 1], { gap: 'large', verticalAlignment: 'center', border: true });
 */
export interface ColumnsOptions extends WidthOption {
  /** Space between columns: `'small'` (1 rem), `'medium'` (2 rem), `'large'` (4 rem) or `null` (none), as Streamlit's. Default `'small'`. */
  readonly gap?: Gap;
  /** Vertical alignment of the columns' contents when they differ in height. Default `'top'`. */
  readonly verticalAlignment?: 'top' | 'center' | 'bottom';
  /** Draw a border around each column. Default false. */
  readonly border?: boolean;
}

/** Options of `st.expander`, as Streamlit's `st.expander`. */
export interface ExpanderOptions extends WidthOption {
  /** Start expanded. Default false. */
  readonly expanded?: boolean;
  /** Emoji or icon shown before the label. */
  readonly icon?: string;
}

/** Options of `st.popover`, as Streamlit's `st.popover`. */
export interface PopoverOptions extends WidthOption {
  /** Emoji or icon shown before the label. */
  readonly icon?: string;
  /** Show the button greyed out; the popover does not open. Default false. */
  readonly disabled?: boolean;
  /** Stretch the button to the container's width. */
  readonly useContainerWidth?: boolean;
}

/** Options of `st.chatMessage`, as Streamlit's `st.chat_message`. */
export interface ChatMessageOptions extends WidthOption {
  /** An emoji or an image URL. Default: an icon for the role (`'user'`, `'assistant'`), else the name's first letter. */
  readonly avatar?: string;
}

/** Options of `st.tabs`, as Streamlit's `st.tabs`. */
export type TabsOptions = WidthOption;

/** A tuple of `N` items of `T` for small literal `N`, else an array. */
export type TupleOf<T, N extends number, Acc extends T[] = []> = number extends N
  ? T[]
  : Acc['length'] extends N
    ? Acc
    : Acc['length'] extends 12
      ? T[]
      : TupleOf<T, N, [...Acc, T]>;

/** Proto of the `st.empty()` placeholder. */
export function emptyProto(): ElementProtoOf<'empty'> {
  return makeProto('empty', {});
}

/**
 * Body of `st.empty()`: a placeholder, or (on a placeholder's handle) clears
 * it. Returns the core of the slot's handle.
 */
export function emptyHandle(core: DeltaGeneratorCore): DeltaGeneratorCore {
  if (core.isSlot) {
    core.element(emptyProto());
    return core;
  }
  return core.elementHandle(emptyProto());
}

/**
 * `value` when it is one of `allowed` (undefined stays undefined).
 * @throws LitUiError `InvalidArgument` naming the command, the option and the allowed values otherwise.
 */
function oneOf<T>(command: string, option: string, value: T | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || allowed.includes(value)) return value;
  const list = allowed.map((a) => (a === null ? 'null' : `'${String(a)}'`)).join(', ');
  throw invalidArgument(
    `${command}: ${option} must be one of ${list}, got ${typeof value === 'string' ? `'${value}'` : String(JSON.stringify(value))}.`,
  );
}

const GAPS: readonly Gap[] = ['small', 'medium', 'large', null];

/**
 * Body of `st.container`: its alignment and gap go on the wire only when they are not Streamlit's defaults.
 * @throws LitUiError `InvalidArgument` for an alignment or gap that is not one of Streamlit's.
 */
export function containerBlock(core: DeltaGeneratorCore, options: ContainerOptions = {}): DeltaGeneratorCore {
  const border = options.border ?? typeof options.height === 'number';
  const across = oneOf('st.container', 'horizontalAlignment', options.horizontalAlignment, ['left', 'center', 'right', 'distribute'] as const);
  const down = oneOf('st.container', 'verticalAlignment', options.verticalAlignment, ['top', 'center', 'bottom', 'distribute'] as const);
  const gap = oneOf('st.container', 'gap', options.gap, GAPS);
  return core.block(
    makeBlock('vertical', {
      border: border || undefined,
      horizontal: options.horizontal || undefined,
      key: options.key,
      horizontalAlignment: across === 'left' ? undefined : across,
      verticalAlignment: down === 'top' ? undefined : down,
      gap: gap === 'small' ? undefined : gap,
    }),
  );
}

/**
 * Body of `st.columns`: a row block with one column block per weight.
 * @throws LitUiError `InvalidArgument` for a spec that is not a positive count or list of positive numbers, or a
 *   `gap` or `verticalAlignment` that is not one of Streamlit's.
 */
export function columnBlocks(core: DeltaGeneratorCore, spec: number | readonly number[], options: ColumnsOptions = {}): DeltaGeneratorCore[] {
  const weights = typeof spec === 'number' ? Array.from({ length: spec }, () => 1) : [...spec];
  if ((typeof spec === 'number' && (!Number.isInteger(spec) || spec < 1)) || weights.length === 0 || weights.some((w) => !(w > 0))) {
    throw invalidArgument('The spec of st.columns must be a positive integer (number of columns) or a list of positive numbers (relative widths).');
  }
  const gap = oneOf('st.columns', 'gap', options.gap, GAPS);
  const align = oneOf('st.columns', 'verticalAlignment', options.verticalAlignment, ['top', 'center', 'bottom'] as const);
  const row = core.block(makeBlock('horizontal', { gap: gap === undefined ? 'small' : gap, verticalAlignment: align ?? 'top' }));
  return weights.map((weight) => row.block(makeBlock('column', { weight, border: options.border || undefined })));
}

/** Body of `st.tabs`. @throws LitUiError `InvalidArgument` without labels. */
export function tabBlocks(core: DeltaGeneratorCore, labels: readonly string[]): DeltaGeneratorCore[] {
  if (labels.length === 0) throw invalidArgument('st.tabs needs at least one tab label.');
  const tabs = core.block(makeBlock('tabs', { labels: [...labels] }));
  return labels.map((label) => tabs.block(makeBlock('tab', { label })));
}

/** Body of `st.expander`. */
export function expanderBlock(core: DeltaGeneratorCore, label: string, options: ExpanderOptions = {}): DeltaGeneratorCore {
  return core.block(makeBlock('expander', { label, expanded: Boolean(options.expanded), icon: options.icon }));
}

/** Body of `st.popover`. */
export function popoverBlock(core: DeltaGeneratorCore, label: string, options: PopoverOptions = {}): DeltaGeneratorCore {
  return core.block(
    makeBlock('popover', {
      label,
      icon: options.icon,
      disabled: options.disabled || undefined,
      useContainerWidth: options.useContainerWidth || undefined,
    }),
  );
}

/** Body of `st.chatMessage`. */
export function chatMessageBlock(core: DeltaGeneratorCore, name: string, options: ChatMessageOptions = {}): DeltaGeneratorCore {
  return core.block(makeBlock('chatMessage', { name, avatar: options.avatar }));
}

/** A block proto, dropping fields that are undefined (so protos compare the same either way). */
export function makeBlock<T extends BlockType>(type: T, fields: { [K in keyof BlockProtoOf<T>]?: BlockProtoOf<T>[K] | undefined }): BlockProtoOf<T> {
  const proto: Record<string, unknown> = { type };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) proto[key] = value;
  return proto as BlockProtoOf<T>;
}
