import { html } from 'lit';
import type { ElementLayout } from '@lit-ui/core/protocol';
import { inlineStyle } from '../directives/inlineStyle.js';

/**
 * The classes of an element's or block's wrapper for its `layout` (as
 * Streamlit's element container applies `width`/`height`): `lu-w-px`,
 * `lu-w-content`, `lu-w-stretch`, `lu-h-px`, `lu-h-stretch`, `lu-h-content`
 * (blockStyles.ts); empty without a layout.
 */
export function layoutClass(layout: ElementLayout | undefined): string {
  if (layout === undefined) return '';
  const { width, height } = layout;
  const w = width === undefined ? '' : ` lu-w-${typeof width === 'number' ? 'px' : width}`;
  return height === undefined ? w : `${w} lu-h-${typeof height === 'number' ? 'px' : height}`;
}

/** Element types whose width is `'content'` unless the app gives another, as Streamlit 1.64's defaults (core's layoutOptions.ts). */
const FITS: ReadonlySet<string> = new Set(
  'button formSubmitButton downloadButton linkButton pageLink checkbox toggle radio pills segmentedControl feedback colorPicker badge graphvizChart spinner'.split(
    ' ',
  ),
);

/**
 * `' lu-fit'` for the wrapper of an element that fits its content by default and was given no `width` (a row
 * keeps it at its width, an alignment moves it), else `''`.
 */
export function fitClass(type: string, layout: ElementLayout | undefined): string {
  return layout?.width === undefined && FITS.has(type) ? ' lu-fit' : '';
}

/** The inline size of a wrapper with a layout in px: `{ width: '200px' }` (undefined sizes are left out). */
export function layoutSize(layout: ElementLayout): { width?: string; height?: string } {
  const px = (size: unknown) => (typeof size === 'number' ? `${size}px` : undefined);
  return { width: px(layout.width), height: px(layout.height) };
}

/**
 * Wraps a block that has a `layout` in a sized box (the block fills it; with a
 * height in px its content scrolls inside); a block without one as it is.
 */
export function sizedBlock(layout: ElementLayout | undefined, content: unknown): unknown {
  if (layout === undefined) return content;
  return html`<div class="lu-sized${layoutClass(layout)}" style=${inlineStyle(layoutSize(layout))}>${content}</div>`;
}
