import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express';

/** What the host page shows. */
export interface HostPageOptions {
  /** Document title. */
  readonly title: string;
  /** The router's mount path (`req.baseUrl`): `''` at the root, else `'/tools/explorer'`. */
  readonly mount: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * The HTML page served at the router root: a blank, full-width page holding
 * `<lit-ui-app src="<mount>">` and the client module `<mount>/client.js`.
 * URLs are absolute paths, so every page sub-path (multipage apps) loads the
 * same files. The mount comes from the request, so it is escaped, and leading
 * slashes are collapsed so it can never become a protocol-relative URL.
 *
 * @param options - Title and mount path.
 * @returns A complete HTML5 document.
 *
 * @example
 * ```ts
 * renderHostPage({ title: 'Explorer', mount: '/tools/explorer' });
 * // … <lit-ui-app src="/tools/explorer"></lit-ui-app> …
 * ```
 */
export function renderHostPage(options: HostPageOptions): string {
  const mount = options.mount.replace(/^\/+/, '/').replace(/\/+$/, '');
  const src = escapeHtml(mount || '/');
  const script = escapeHtml(`${mount}/client.js`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
html, body { margin: 0; min-height: 100%; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; -webkit-font-smoothing: antialiased; }
lit-ui-app { display: block; min-height: 100vh; }
</style>
<script type="module" src="${script}"></script>
</head>
<body>
<lit-ui-app src="${src}"></lit-ui-app>
<noscript>This app needs JavaScript.</noscript>
</body>
</html>
`;
}

/**
 * Express middleware serving the host page for every GET/HEAD that reaches
 * it outside `/_lit-ui/` (the root and any page sub-path of a multipage
 * app). Mount it after the asset and runtime routes.
 *
 * @param title - Document title.
 * @returns Middleware; other requests go to `next()`.
 *
 * @example
 * ```ts
 * router.use(hostPage('Explorer'));
 * ```
 */
export function hostPage(title: string) {
  return (req: ExpressRequest, res: ExpressResponse, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/_lit-ui/')) {
      next();
      return;
    }
    const html = renderHostPage({ title, mount: req.baseUrl });
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(html));
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(html);
  };
}
