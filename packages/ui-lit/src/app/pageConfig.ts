import type { PageConfigState } from './treeStore.js';

/**
 * The favicon href for `st.setPageConfig({ pageIcon })`: a URL (absolute,
 * rooted, relative with an extension, or `data:`) is used as is; anything
 * else (an emoji) becomes an SVG data URL that draws it. Material icon names
 * (`:material/home:`) have no favicon form and yield undefined.
 *
 * @example
 * faviconHref('🎈'); // "data:image/svg+xml,..."
 * faviconHref('/static/logo.png'); // "/static/logo.png"
 */
export function faviconHref(icon: string): string | undefined {
  const value = icon.trim();
  if (value === '' || /^:material\/.*:$/.test(value)) return undefined;
  if (/^(data:|https?:|\/|\.\/|\.\.\/)/.test(value) || /\.(png|ico|svg|jpe?g|gif|webp)(\?.*)?$/i.test(value)) return value;
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
