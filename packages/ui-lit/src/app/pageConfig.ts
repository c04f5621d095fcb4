import { urlScheme } from '@lit-ui/core/protocol';
import type { PageConfigState } from './treeStore.js';

/**
 * True when a page icon is a URL to load: `http(s):`, a `data:image/…` URL, or
 * a relative one (rooted, `./`, `../`, or a file name with an image
 * extension). Any other scheme (`javascript:`, `data:text/html`, …) is not a
 * URL here: it is drawn as text like an emoji.
 */
function isIconUrl(value: string): boolean {
  const scheme = urlScheme(value);
  if (scheme !== undefined) return scheme === 'http' || scheme === 'https' || (scheme === 'data' && /^data:image\//i.test(value.trim()));
  return /^(\/|\.\/|\.\.\/)/.test(value) || /\.(png|ico|svg|jpe?g|gif|webp)(\?.*)?$/i.test(value);
}

/**
 * The favicon href for `st.setPageConfig({ pageIcon })`: a URL (`http(s):`,
 * rooted, relative with an extension, or `data:image/…`) is used as is;
 * anything else (an emoji, or a URL of another scheme such as `javascript:`)
 * becomes an SVG data URL that draws it as text. Material icon names
 * (`:material/home:`) have no favicon form and yield undefined.
 *
 * @example
 * faviconHref('🎈'); // "data:image/svg+xml,..."
 * faviconHref('/static/logo.png'); // "/static/logo.png"
 */
export function faviconHref(icon: string): string | undefined {
  const value = icon.trim();
  if (value === '' || /^:material\/.*:$/.test(value)) return undefined;
  if (isIconUrl(value)) return value;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
    `<text x="50" y=".9em" font-size="85" text-anchor="middle">${escapeXml(value)}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * Applies a page config to `doc`: sets `document.title` and the
 * `<link rel="icon">` (created when missing). Layout and sidebar state are
 * applied by `<lit-ui-app>` itself.
 */
export function applyPageConfig(config: PageConfigState, doc: Document): void {
  if (config.pageTitle !== undefined && doc.title !== config.pageTitle) doc.title = config.pageTitle;
  if (config.pageIcon === undefined) return;
  const href = faviconHref(config.pageIcon);
  if (href === undefined) return;
  let link = doc.head.querySelector<HTMLLinkElement>('link[rel~="icon"]');
  if (link === null) {
    link = doc.createElement('link');
    link.rel = 'icon';
    doc.head.append(link);
  }
  if (link.getAttribute('href') !== href) link.setAttribute('href', href);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
