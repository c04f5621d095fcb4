import type { HelloInfo } from '@lit-ui/core/protocol';

/**
 * The URL path of the app's mount, without a trailing slash (`'/explorer'`;
 * `''` for an app mounted at the site root).
 *
 * @param src - the `src` attribute of `<lit-ui-app>`, absolute or relative to `base`.
 * @param base - the page URL it is resolved against.
 */
export function mountPathOf(src: string, base: string): string {
  const path = new URL(src || '/', base).pathname;
  return path.replace(/\/+$/, '');
}

/**
 * The page path of a page URL path relative to the mount: `'settings'` for
 * `/explorer/settings`, `''` at the mount root, and `null` when `pathname` is
 * not under the mount (the app is embedded in some other page).
 */
export function pagePathOf(mountPath: string, pathname: string): string | null {
  const path = safeDecode(pathname).replace(/\/+$/, '');
  if (path === mountPath) return '';
  if (!path.startsWith(mountPath + '/')) return null;
  return path.slice(mountPath.length + 1);
}

/** The URL path of the app page `urlPath` (`''` = default page) under `mountPath`. */
export function pageUrlPath(mountPath: string, urlPath: string): string {
  const page = urlPath.replace(/^\/+/, '');
  if (page === '') return mountPath === '' ? '/' : mountPath;
  return `${mountPath}/${page.split('/').map(encodeURIComponent).join('/')}`;
}

/** True when two URL paths name the same page (trailing slashes and escapes ignored). */
export function samePagePath(a: string, b: string): boolean {
  const norm = (p: string): string => safeDecode(p).replace(/\/+$/, '') || '/';
  return norm(a) === norm(b);
}

/** Browser facts `helloInfo` reads; the global `location`/`navigator` by default. */
export interface HelloSource {
  readonly location: Pick<Location, 'href' | 'pathname' | 'search'>;
  readonly language: string;
}

/**
 * The browser facts sent in `hello`: the page URL, the page path relative to
 * the mount (`''` at the root or when embedded elsewhere), the query string
 * without `?`, locale and time zone.
 */
export function helloInfo(src: string, source: HelloSource): HelloInfo {
  const { location } = source;
  const mount = mountPathOf(src, location.href);
  let timezone: string | undefined;
  try {
    timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timezone = undefined;
  }
  return {
    url: location.href,
    pagePath: pagePathOf(mount, location.pathname) ?? '',
    query: location.search.replace(/^\?/, ''),
    locale: source.language,
    ...(timezone ? { timezone } : {}),
    timezoneOffset: new Date().getTimezoneOffset(),
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
