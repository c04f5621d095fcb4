import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf } from '../protocol/elements.js';
import { makeProto, type HelpOption } from './proto.js';
import { displayString } from './displayString.js';

/** The text family in the element map: headings, markdown, text, code, LaTeX, HTML, alerts, the divider. */
export const textElements = {
  title: display<{ body: string; anchor?: string; help?: string }>(),
  header: display<{ body: string; anchor?: string; help?: string; divider?: boolean | string }>(),
  subheader: display<{ body: string; anchor?: string; help?: string; divider?: boolean | string }>(),
  markdown: display<{ body: string; unsafeAllowHtml?: boolean; help?: string }>(),
  caption: display<{ body: string; unsafeAllowHtml?: boolean; help?: string }>(),
  text: display<{ body: string; help?: string }>(),
  code: display<{ body: string; language: string | null; lineNumbers?: boolean; wrapLines?: boolean }>(),
  latex: display<{ body: string; help?: string }>(),
  html: display<{ body: string }>(),
  divider: display<Record<never, never>>(),
  success: display<{ body: string; icon?: string }>(),
  info: display<{ body: string; icon?: string }>(),
  warning: display<{ body: string; icon?: string }>(),
  error: display<{ body: string; icon?: string }>(),
  /** `body` is the label (markdown); `color` is a palette name. */
  badge: display<{
    body: string;
    icon?: string;
    color: 'red' | 'orange' | 'yellow' | 'blue' | 'green' | 'violet' | 'gray' | 'primary';
    help?: string;
  }>(),
};

/** Options of `st.title`, as Streamlit's `st.title`. */
export interface TitleOptions extends HelpOption {
  /** Anchor id of the heading; `false` hides the anchor link. Default: derived from the text. */
  readonly anchor?: string | false;
}

/** Options of `st.header` / `st.subheader`. */
export interface HeaderOptions extends TitleOptions {
  /** A colored rule under the heading: `true` (automatic color) or a color name (`'blue'`, `'rainbow'`, ...). */
  readonly divider?: boolean | 'blue' | 'green' | 'orange' | 'red' | 'violet' | 'gray' | 'grey' | 'rainbow';
}

/** Options of `st.markdown` and `st.caption`. */
export interface MarkdownOptions extends HelpOption {
  /** Render raw HTML in the body (still sanitised: no scripts). Default false: HTML is shown as text. */
  readonly unsafeAllowHtml?: boolean;
}

/** Options of `st.code`. */
export interface CodeOptions {
  /** Language for highlighting; `null` for none. Default `'python'`, as Streamlit. */
  readonly language?: string | null;
  readonly lineNumbers?: boolean;
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
export interface AlertOptions {
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
