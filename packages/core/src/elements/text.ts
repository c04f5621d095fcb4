import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf } from '../protocol/elements.js';
import { makeProto, type HelpOption } from './proto.js';
import { displayString } from './displayString.js';
import type { LayoutOptions, WidthOption } from '../dg/layoutOptions.js';

/** The text family in the element map: headings, markdown, text, code, LaTeX, HTML, alerts, the divider. */
export const textElements = {
  /** `st.title`: the page's top heading (`<h1>`). */
  title: display<{
    /** The heading text, as markdown. */
    body: string;
    /** Anchor id of the heading; `''` hides the anchor link; absent: derived from the text. */
    anchor?: string;
    /** Tooltip text (markdown) shown next to the heading. */
    help?: string;
  }>(),
  /** `st.header`: a section heading (`<h2>`). */
  header: display<{
    /** The heading text, as markdown. */
    body: string;
    /** Anchor id of the heading; `''` hides the anchor link; absent: derived from the text. */
    anchor?: string;
    /** Tooltip text (markdown) shown next to the heading. */
    help?: string;
    /** A colored rule under the heading: `true` (automatic color) or a color name (`'blue'`, `'rainbow'`, ...). */
    divider?: boolean | string;
  }>(),
  /** `st.subheader`: a sub-section heading (`<h3>`). */
  subheader: display<{
    /** The heading text, as markdown. */
    body: string;
    /** Anchor id of the heading; `''` hides the anchor link; absent: derived from the text. */
    anchor?: string;
    /** Tooltip text (markdown) shown next to the heading. */
    help?: string;
    /** A colored rule under the heading: `true` (automatic color) or a color name (`'blue'`, `'rainbow'`, ...). */
    divider?: boolean | string;
  }>(),
  /** `st.markdown`: markdown text. */
  markdown: display<{
    /** The markdown source. */
    body: string;
    /** Render raw HTML in the body (sanitised on the client); absent: HTML is shown as text. */
    unsafeAllowHtml?: boolean;
    /** Tooltip text (markdown) shown next to the text. */
    help?: string;
  }>(),
  /** `st.caption`: small, muted markdown. */
  caption: display<{
    /** The markdown source. */
    body: string;
    /** Render raw HTML in the body (sanitised on the client); absent: HTML is shown as text. */
    unsafeAllowHtml?: boolean;
    /** Tooltip text (markdown) shown next to the text. */
    help?: string;
  }>(),
  /** `st.text`: fixed-format text, no markdown. */
  text: display<{
    /** The text, shown as is (whitespace kept). */
    body: string;
    /** Tooltip text (markdown) shown next to the text. */
    help?: string;
  }>(),
  /** `st.code`: a code block with a copy button. */
  code: display<{
    /** The source code. */
    body: string;
    /** Language for syntax highlighting (`'python'` by default, as Streamlit); `null`: plain text. */
    language: string | null;
    /** Show line numbers in the gutter. Absent: false. */
    lineNumbers?: boolean;
    /** Wrap long lines instead of scrolling. Absent: false. */
    wrapLines?: boolean;
  }>(),
  /** `st.latex`: a LaTeX formula, typeset on the client. */
  latex: display<{
    /** The LaTeX source. */
    body: string;
    /** Tooltip text (markdown) shown next to the formula. */
    help?: string;
  }>(),
  /** `st.html`: raw HTML, sanitised on the client (no scripts). */
  html: display<{
    /** The HTML source. */
    body: string;
  }>(),
  /** `st.divider`: a horizontal rule. */
  divider: display<Record<never, never>>(),
  /** `st.success`: a green alert box. */
  success: display<{
    /** The message, as markdown. */
    body: string;
    /** An emoji or icon shown before the text. */
    icon?: string;
  }>(),
  /** `st.info`: a blue alert box. */
  info: display<{
    /** The message, as markdown. */
    body: string;
    /** An emoji or icon shown before the text. */
    icon?: string;
  }>(),
  /** `st.warning`: a yellow alert box. */
  warning: display<{
    /** The message, as markdown. */
    body: string;
    /** An emoji or icon shown before the text. */
    icon?: string;
  }>(),
  /** `st.error`: a red alert box. */
  error: display<{
    /** The message, as markdown. */
    body: string;
    /** An emoji or icon shown before the text. */
    icon?: string;
  }>(),
  /** `body` is the label (markdown); `color` is a palette name. */
  badge: display<{
    /** The label (markdown). */
    body: string;
    /** An emoji or icon shown before the label. */
    icon?: string;
    /** The badge's palette color, as Streamlit's `st.badge` `color`. */
    color: 'red' | 'orange' | 'yellow' | 'blue' | 'green' | 'violet' | 'gray' | 'primary';
    /** Tooltip (markdown). */
    help?: string;
  }>(),
};

/** Options of `st.title`, as Streamlit's `st.title`. */
export interface TitleOptions extends HelpOption, WidthOption {
  /** Anchor id of the heading; `false` hides the anchor link. Default: derived from the text. */
  readonly anchor?: string | false;
}

/** Options of `st.header` / `st.subheader`. */
export interface HeaderOptions extends TitleOptions {
  /** A colored rule under the heading: `true` (automatic color) or a color name (`'blue'`, `'rainbow'`, ...). */
  readonly divider?: boolean | 'blue' | 'green' | 'orange' | 'red' | 'violet' | 'gray' | 'grey' | 'rainbow';
}

/** Options of `st.markdown` and `st.caption`. */
export interface MarkdownOptions extends HelpOption, WidthOption {
  /** Render raw HTML in the body (still sanitised: no scripts). Default false: HTML is shown as text. */
  readonly unsafeAllowHtml?: boolean;
}

/** Options of `st.code`; `height` in px scrolls the code. */
export interface CodeOptions extends LayoutOptions {
  /** Language for highlighting; `null` for none. Default `'python'`, as Streamlit. */
  readonly language?: string | null;
  /** Show line numbers in the gutter. Default false. */
  readonly lineNumbers?: boolean;
  /** Wrap long lines instead of scrolling. Default false. */
  readonly wrapLines?: boolean;
}

function text(body: unknown, command: string): string {
  if (typeof body === 'string') return body;
  if (body === undefined) throw invalidArgument(`st.${command}() needs a body.`);
  return displayString(body);
}

function anchorOf(options: TitleOptions): string | undefined {
  return options.anchor === false ? '' : options.anchor;
}

/** Proto of `st.title` / `st.header` / `st.subheader`. */
export function headingProto(
  type: 'title' | 'header' | 'subheader',
  body: unknown,
  options: HeaderOptions = {},
): ElementProtoOf<'title' | 'header' | 'subheader'> {
  const fields = { body: text(body, type), anchor: anchorOf(options), help: options.help };
  if (type === 'title') return makeProto('title', fields);
  return makeProto(type, { ...fields, divider: options.divider || undefined });
}

/** Proto of `st.markdown` / `st.caption`. */
export function markdownProto(type: 'markdown' | 'caption', body: unknown, options: MarkdownOptions = {}): ElementProtoOf<'markdown' | 'caption'> {
  return makeProto(type, { body: text(body, type), unsafeAllowHtml: options.unsafeAllowHtml || undefined, help: options.help });
}

/** Proto of `st.text`: fixed-format text without markdown. */
export function textProto(body: unknown, options: HelpOption = {}): ElementProtoOf<'text'> {
  return makeProto('text', { body: text(body, 'text'), help: options.help });
}

/** Proto of `st.code`. */
export function codeProto(body: unknown, options: CodeOptions = {}): ElementProtoOf<'code'> {
  return makeProto('code', {
    body: text(body, 'code'),
    language: options.language === undefined ? 'python' : options.language,
    lineNumbers: options.lineNumbers || undefined,
    wrapLines: options.wrapLines || undefined,
  });
}

/** Proto of `st.latex`. */
export function latexProto(body: unknown, options: HelpOption = {}): ElementProtoOf<'latex'> {
  return makeProto('latex', { body: text(body, 'latex'), help: options.help });
}

/** Proto of `st.html` (sanitised on the client). */
export function htmlProto(body: unknown): ElementProtoOf<'html'> {
  return makeProto('html', { body: text(body, 'html') });
}

/** Alert kinds, as Streamlit's `st.success` / `st.info` / `st.warning` / `st.error`. */
export type AlertType = 'success' | 'info' | 'warning' | 'error';

/** Options of the alert commands. */
export interface AlertOptions extends WidthOption {
  /** An emoji or icon shown before the text. */
  readonly icon?: string;
}

/** Proto of an alert. */
export function alertProto(type: AlertType, body: unknown, options: AlertOptions = {}): ElementProtoOf<AlertType> {
  return makeProto(type, { body: text(body, type), icon: options.icon });
}

/** Proto of `st.divider`. */
export function dividerProto(): ElementProtoOf<'divider'> {
  return makeProto('divider', {});
}

const BADGE_COLORS = ['red', 'orange', 'yellow', 'blue', 'green', 'violet', 'gray', 'grey', 'primary'] as const;

/**
 * Proto of `st.badge`, as Streamlit's `st.badge`: the label (markdown), an
 * optional icon (an emoji or `:material/name:`), a palette color (default
 * `'blue'`; `'grey'` is `'gray'`) and an optional tooltip.
 *
 * @throws LitUiError `InvalidArgument` for a color outside the palette.
 */
export function badgeProto(
  label: unknown,
  options: { readonly icon?: string | null; readonly color?: string; readonly help?: string } = {},
): ElementProtoOf<'badge'> {
  const color = options.color ?? 'blue';
  if (!(BADGE_COLORS as readonly string[]).includes(color)) {
    throw invalidArgument(`st.badge color must be one of ${BADGE_COLORS.map((c) => `'${c}'`).join(', ')} (got '${color}').`);
  }
  return makeProto('badge', {
    body: text(label, 'badge'),
    icon: options.icon ?? undefined,
    color: color === 'grey' ? 'gray' : (color as ElementProtoOf<'badge'>['color']),
    help: options.help,
  });
}
