import { invalidArgument } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf } from '../protocol/elements.js';
import { isAllowedLinkUrl, LINK_URL_SCHEMES, urlScheme } from '../protocol/urlRules.js';
import { makeProto } from './proto.js';
import type { WidthOption } from '../dg/layoutOptions.js';

/** Links in the element map. */
export const linkElements = {
  /** `page` is a page URL path of this app (`'settings'`, `''` for the default) or an absolute URL. */
  pageLink: display<{
    /** The target: a page URL path of this app or an absolute URL. */
    page: string;
    /** The link text (markdown). */
    label: string;
    /** An emoji or icon shown before the label. */
    icon?: string;
    /** True when `page` is an absolute URL: it opens outside the app. */
    external: boolean;
    /** Shown greyed out and not clickable. Absent: false. */
    disabled?: boolean;
    /** Tooltip (markdown). */
    help?: string;
  }>(),
  /** `st.linkButton`: a button that opens a URL, as Streamlit's `st.link_button`. */
  linkButton: display<{
    /** The button text (markdown). */
    label: string;
    /** The URL opened (scheme checked: relative, `http:`, `https:`, `mailto:`, `tel:`). */
    url: string;
    /** Button style, as Streamlit's `type`. */
    kind: 'primary' | 'secondary' | 'tertiary';
    /** Shown greyed out and not clickable. Absent: false. */
    disabled?: boolean;
    /** Tooltip (markdown). */
    help?: string;
  }>(),
};

/** Options of `st.pageLink`, as Streamlit's `st.page_link`. */
export interface PageLinkOptions extends WidthOption {
  /** Link text. Default: the page's title (required for external URLs). */
  readonly label?: string;
  /** An emoji or icon shown before the label. Default: the page's icon. */
  readonly icon?: string;
  /** Tooltip (markdown). */
  readonly help?: string;
  /** Show the link greyed out and not clickable. Default false. */
  readonly disabled?: boolean;
}

/** Options of `st.linkButton`, as Streamlit's `st.link_button`. */
export interface LinkButtonOptions extends WidthOption {
  /** Button style: `'primary'`, `'secondary'` (default) or `'tertiary'` (text only). */
  readonly type?: 'primary' | 'secondary' | 'tertiary';
  /** Tooltip (markdown). */
  readonly help?: string;
  /** Show the button greyed out and not clickable. Default false. */
  readonly disabled?: boolean;
}

/** True for absolute URLs (`https://…`, `mailto:…`), which open outside the app. */
export function isExternalUrl(page: string): boolean {
  return urlScheme(page) !== undefined;
}

/**
 * Refuses a link URL whose scheme could run code or smuggle content
 * (`javascript:`, `data:`, `vbscript:`, `file:`, …): only relative URLs and
 * `http:`, `https:`, `mailto:`, `tel:` may reach an `href`.
 *
 * @param url - The URL given to the command.
 * @param command - The command's name for the message, e.g. `'st.linkButton'`.
 * @throws LitUiError `InvalidArgument` naming the refused scheme.
 */
export function checkLinkUrl(url: string, command: string): void {
  if (isAllowedLinkUrl(url)) return;
  const allowed = LINK_URL_SCHEMES.map((scheme) => `${scheme}:`).join(', ');
  throw invalidArgument(`${command} refuses the URL scheme '${urlScheme(url) ?? ''}:'. Use a relative URL or one of ${allowed}.`);
}

/** Proto of `st.pageLink` for a page URL path of this app or an external URL. @throws LitUiError `InvalidArgument` for a refused URL scheme. */
export function pageLinkProto(page: string, label: string, options: PageLinkOptions = {}): ElementProtoOf<'pageLink'> {
  checkLinkUrl(page, 'st.pageLink');
  return makeProto('pageLink', {
    page,
    label,
    icon: options.icon,
    external: isExternalUrl(page),
    disabled: options.disabled || undefined,
    help: options.help,
  });
}

/**
 * Proto of `st.pageLink` to an external URL: the scheme is checked first, then the label it needs.
 * @throws LitUiError `InvalidArgument` for a refused URL scheme or a missing label.
 */
export function externalPageLinkProto(url: string, options: PageLinkOptions = {}): ElementProtoOf<'pageLink'> {
  checkLinkUrl(url, 'st.pageLink');
  if (!options.label) throw invalidArgument('st.pageLink to an external URL needs a `label`.');
  return pageLinkProto(url, options.label, options);
}

/** Proto of `st.linkButton`. @throws LitUiError `InvalidArgument` for a refused URL scheme. */
export function linkButtonProto(label: string, url: string, options: LinkButtonOptions = {}): ElementProtoOf<'linkButton'> {
  checkLinkUrl(url, 'st.linkButton');
  return makeProto('linkButton', { label, url, kind: options.type ?? 'secondary', disabled: options.disabled || undefined, help: options.help });
}
