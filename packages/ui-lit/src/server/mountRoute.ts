import { isPageUrlPath } from '@lit-ui/core/protocol';

/** What a request path under an app's mount is. */
export type MountRoute =
  /** `/_lit-ui` and below: the runtime's HTTP routes (health, media, uploads, data windows, HTTP streaming). */
  | {
      /** The route kind. */
      readonly kind: 'runtime';
    }
  /** The mount root or a page URL path of a multipage app: the host page. */
  | {
      /** The route kind. */
      readonly kind: 'page';
    }
  /** `/favicon.ico`. */
  | {
      /** The route kind. */
      readonly kind: 'favicon';
    }
  /** A top-level file name with an extension the bundle can have (`client.js`, `chunk-AB12.js`). */
  | {
      /** The route kind. */
      readonly kind: 'asset';
      /** The file name, e.g. `'client.js'`. */
      readonly name: string;
      /** The file's extension without the dot, e.g. `'js'`. */
      readonly extension: string;
    }
  /** Anything else: a nested path, another file type, an encoded oddity. Never the app. */
  | {
      /** The route kind. */
      readonly kind: 'other';
    };

/** Content types of the bundle's files, by extension; a name with another extension is never read from disk. */
export const ASSET_CONTENT_TYPES: Readonly<Record<string, string>> = {
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  map: 'application/json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  svg: 'image/svg+xml',
  png: 'image/png',
};

const ASSET_NAME = /^\/([A-Za-z0-9_-][A-Za-z0-9._-]*\.([a-z0-9]+))$/;
const PAGE = /^\/([^/]+)\/?$/;

/**
 * Classifies a path relative to the mount (`'/'` at the mount root). The
 * rule for pages: a multipage app declares its pages when its script runs,
 * so the server cannot list them; instead it accepts exactly the URL paths
 * a page can have (`isPageUrlPath`: one segment of ASCII letters, digits,
 * `_`, `-`, `~` — no dot, no slash), which `st.Page` enforces on its side.
 * A page path that no page of the session declares is then handled by the
 * app, as Streamlit's "page not found".
 *
 * @param path - URL path relative to the mount, still percent-encoded, starting with `/`.
 * @returns The route kind, with the file name for assets.
 *
 * @example
 * ```ts
 * mountRoute('/');             // { kind: 'page' }
 * mountRoute('/reports');      // { kind: 'page' }
 * mountRoute('/client.js');    // { kind: 'asset', name: 'client.js', extension: 'js' }
 * mountRoute('/robots.txt');   // { kind: 'other' }
 * mountRoute('/a/b');          // { kind: 'other' }
 * ```
 */
export function mountRoute(path: string): MountRoute {
  if (path === '/_lit-ui' || path.startsWith('/_lit-ui/')) return { kind: 'runtime' };
  if (path === '/' || path === '') return { kind: 'page' };
  if (path === '/favicon.ico') return { kind: 'favicon' };
  const asset = ASSET_NAME.exec(path);
  if (asset?.[1] !== undefined && asset[2] !== undefined && ASSET_CONTENT_TYPES[asset[2]] !== undefined) {
    return { kind: 'asset', name: asset[1], extension: asset[2] };
  }
  const page = PAGE.exec(path)?.[1];
  return page !== undefined && isPageUrlPath(page) ? { kind: 'page' } : { kind: 'other' };
}
