import type { ElementProtoOf } from '../protocol/elements.js';
import { makeProto } from './proto.js';

/** Options of `st.pageLink`, as Streamlit's `st.page_link`. */
export interface PageLinkOptions {
  /** Link text. Default: the page's title (required for external URLs). */
  readonly label?: string;
  readonly icon?: string;
  readonly help?: string;
  readonly disabled?: boolean;
}

/** Options of `st.linkButton`, as Streamlit's `st.link_button`. */
export interface LinkButtonOptions {
  readonly type?: 'primary' | 'secondary' | 'tertiary';
  readonly help?: string;
  readonly disabled?: boolean;
}

/** True for absolute URLs (`https://…`, `mailto:…`), which open outside the app. */
export function isExternalUrl(page: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(page);
}

/** Proto of `st.pageLink` for a page URL path of this app or an external URL. */
export function pageLinkProto(page: string, label: string, options: PageLinkOptions = {}): ElementProtoOf<'pageLink'> {
  return makeProto('pageLink', {
    page,
    label,
    icon: options.icon,
    external: isExternalUrl(page),
    disabled: options.disabled || undefined,
    help: options.help,
  });
}

/** Proto of `st.linkButton`. */
export function linkButtonProto(label: string, url: string, options: LinkButtonOptions = {}): ElementProtoOf<'linkButton'> {
  return makeProto('linkButton', { label, url, kind: options.type ?? 'secondary', disabled: options.disabled || undefined, help: options.help });
}
