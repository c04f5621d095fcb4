/**
 * Layout of an element or block on the wire, as Streamlit's layout config
 * (its elements' `width` and `height`).
 */

/** A width, as Streamlit's `width`: `'stretch'` (the container's width), `'content'` (fit the content) or px (a positive integer). */
export type LayoutWidth = 'stretch' | 'content' | number;

/** A height, as Streamlit's `height`: `'stretch'` (fill a parent that has a height), `'content'` (grow with the content) or px (a positive integer; the content scrolls). */
export type LayoutHeight = 'stretch' | 'content' | number;

/**
 * The `layout` field of an element or block proto: the width and height the
 * app gave, each present only when it is not the command's default (so a
 * default costs no bytes on the wire).
 */
export interface ElementLayout {
  /** Width; absent: the command's default. */
  readonly width?: LayoutWidth;
  /** Height; absent: the command's default. */
  readonly height?: LayoutHeight;
}
