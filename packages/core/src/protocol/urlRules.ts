/**
 * URL rules shared by the runtime and every client: which URL paths can be
 * pages of a multipage app, and which link URLs may reach an `href`.
 * Browser-safe (no DOM, no Node).
 */

/** A page's URL path segment: ASCII letters, digits, `_`, `-` and `~` (no dot, so it never looks like a file). */
const PAGE_URL_PATH = /^[A-Za-z0-9_~-]+$/;

/** The runtime's own route segment under the mount; never a page. */
const RESERVED_SEGMENT = '_lit-ui';

/**
 * True when `segment` can be the URL path of a page of a multipage app (as
 * `st.Page(fn, { urlPath })` accepts it): one path segment of ASCII letters,
 * digits, `_`, `-` and `~`, and not the reserved `_lit-ui`. No dot, so a page
 * path never looks like a file (`favicon.ico`, `robots.txt`), and no slash
 * (pages are not nested, as in Streamlit).
 *
 * @param segment - The path segment, without slashes (e.g. `'reports'`).
 * @returns Whether a page may have that URL path. `''` (the default page) is not a segment: false.
 *
 * @example
 * ```ts
 * isPageUrlPath('sales_2024'); // true
 * isPageUrlPath('logo.png');   // false
 * isPageUrlPath('a/b');        // false
 * ```
 */
export function isPageUrlPath(segment: string): boolean {
  return PAGE_URL_PATH.test(segment) && segment !== RESERVED_SEGMENT;
}

/** URL schemes a link may use; anything else (`javascript:`, `data:`, `vbscript:`, `file:`…) is refused. */
export const LINK_URL_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/**
 * The scheme of a URL as a browser reads it, lower-cased without the colon
 * (`'https'`), or `undefined` for a relative URL (`/a`, `./b`, `page`,
 * `//host/x`, `#top`, `?q=1`). Browsers drop leading and trailing C0
 * controls and spaces and every tab and newline before parsing, so
 * `' java\tscript:x'` has the scheme `javascript` here too.
 *
 * @example
 * ```ts
 * urlScheme('HTTPS://example.com'); // 'https'
 * urlScheme('/reports');            // undefined
 * urlScheme('java\nscript:alert(1)'); // 'javascript'
 * ```
 */
export function urlScheme(url: string): string | undefined {
  // The URL standard's pre-processing: strip leading/trailing C0 control or space, remove all ASCII tab or newline.
  // eslint-disable-next-line no-control-regex -- the control characters are the point
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned);
  return match?.[1]?.toLowerCase();
}

/**
 * True when a link may point at `url`: a relative URL, or an absolute one
 * whose scheme is `http`, `https`, `mailto` or `tel` ({@link LINK_URL_SCHEMES}).
 * The runtime refuses other URLs in `st.linkButton` and `st.pageLink`, and
 * the client renders them without an `href` (defence in depth).
 *
 * @example
 * ```ts
 * isAllowedLinkUrl('https://streamlit.io'); // true
 * isAllowedLinkUrl('mailto:a@b.c');          // true
 * isAllowedLinkUrl('javascript:alert(1)');   // false
 * isAllowedLinkUrl('data:text/html,<b>x');   // false
 * ```
 */
export function isAllowedLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || LINK_URL_SCHEMES.includes(scheme);
}
