import { themeBase, themeCss, type ThemeSetting } from '../theme/themeConfig.js';

/** What the host page shows. */
export interface HostPageContent {
  /** Document title. */
  readonly title: string;
  /** The app's mount path: `''` or `'/'` at the site root, else e.g. `'/tools/explorer'`. */
  readonly mount: string;
  /** The response's CSP nonce, put on the page's `<script>` and `<style>`. */
  readonly nonce: string;
  /** The app's theme (already checked with `themeProblems`). Default `'auto'`. */
  readonly theme?: ThemeSetting;
  /**
   * The transports the runtime serves (`runtime.offeredTransports()`), put
   * on `<lit-ui-app offers="…">` so the page connects at once instead of
   * asking the health route first. Omitted: the element asks.
   */
  readonly offers?: readonly string[];
  /**
   * Bundle files (names under the mount, e.g. `chunk-AB12CD34.js`) that
   * `client.js` imports statically: each becomes a `<link
   * rel="modulepreload">` with the nonce, so the browser fetches them
   * together with `client.js` rather than after it. Default none.
   */
  readonly preload?: readonly string[];
  /**
   * The messages of the session started for this page (`runForHostPage`),
   * as the text of one JSON array: put inside `<lit-ui-app>` as a
   * `<script type="application/json" data-lit-ui-first-run>`, which the
   * element applies before its connection opens. Default none.
   */
  readonly firstRun?: string;
}

/** The page behind the app follows its scheme (no white flash or overscroll in dark mode), before and after the script runs. */
function pageSchemeCss(base: 'light' | 'dark' | 'auto'): string {
  const dark = 'html { color-scheme: dark; background: #0e1117; }';
  const early = base === 'dark' ? dark : base === 'auto' ? `@media (prefers-color-scheme: dark) { ${dark} }` : '';
  return `${early}
html:has(> body > lit-ui-app[scheme='light']) { color-scheme: light; background: #ffffff; }
html:has(> body > lit-ui-app[scheme='dark']) { color-scheme: dark; background: #0e1117; }`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * The HTML page served at the mount root and at page paths: a blank,
 * full-width page holding `<lit-ui-app src="<mount>" layout="page" menu>`
 * (a full-page app with the settings menu, in the given theme), the client module
 * `<mount>/client.js` and the icon `<mount>/favicon.ico`. URLs are absolute
 * paths, so every page path of a multipage app loads the same files. The
 * mount comes from the request, so it is escaped, and leading slashes are
 * collapsed so it can never become a protocol-relative URL. The one
 * `<script>` and the one `<style>` carry the nonce; nothing else is inline
 * (no `style=` attributes, no handlers), so a strict CSP holds; a custom
 * theme goes into that `<style>` as the element's custom properties.
 *
 * @param content - Title, mount path and nonce.
 * @returns A complete HTML5 document.
 *
 * @example
 * ```ts
 * renderHostPage({ title: 'Explorer', mount: '/tools/explorer', nonce: 'r4nd0m' });
 * // … <script type="module" nonce="r4nd0m" src="/tools/explorer/client.js"></script> …
 * ```
 */
export function renderHostPage(content: HostPageContent): string {
  return hostPageHead(content) + hostPageBody(content);
}

/** JSON text made safe inside a `<script>` element: `<` escaped, so no `</script>` or `<!--` can close or confuse it. */
function scriptSafeJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** The page up to `<body>` (everything the browser needs to start loading the bundle), see {@link renderHostPage}. */
export function hostPageHead(content: HostPageContent): string {
  const mount = content.mount.replace(/^\/+/, '/').replace(/\/+$/, '');
  const nonce = escapeHtml(content.nonce);
  const theme = content.theme ?? 'auto';
  const base = themeBase(theme, 'auto');
  const preload = (content.preload ?? [])
    .map((file) => `<link rel="modulepreload" nonce="${nonce}" href="${escapeHtml(`${mount}/${file}`)}">`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
<link rel="icon" href="${escapeHtml(`${mount}/favicon.ico`)}">
<style nonce="${nonce}">
html, body { margin: 0; min-height: 100%; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; -webkit-font-smoothing: antialiased; }
lit-ui-app { display: block; min-height: 100vh; }
${pageSchemeCss(base)}
${themeCss(theme, 'lit-ui-app')}
</style>
<script type="module" nonce="${nonce}" src="${escapeHtml(`${mount}/client.js`)}"></script>
${preload}
</head>
`;
}

/** The page from `<body>` on: the app element (with the first run's messages, when given), see {@link renderHostPage}. */
export function hostPageBody(content: HostPageContent): string {
  const mount = content.mount.replace(/^\/+/, '/').replace(/\/+$/, '');
  const src = escapeHtml(mount || '/');
  const base = themeBase(content.theme ?? 'auto', 'auto');
  const offers = content.offers ? ` offers="${escapeHtml(content.offers.join(' '))}"` : '';
  const firstRun =
    content.firstRun === undefined ? '' : `<script type="application/json" data-lit-ui-first-run>${scriptSafeJson(content.firstRun)}</script>`;
  return `<body>
<lit-ui-app src="${src}" layout="page" theme="${base}"${offers} menu>${firstRun}</lit-ui-app>
<noscript>This app needs JavaScript.</noscript>
</body>
</html>
`;
}
