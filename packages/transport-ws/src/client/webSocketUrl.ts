import { WS_PATH_SUFFIX } from '../wsPathSuffix.js';

/**
 * The WebSocket endpoint of an app: `<src>/_lit-ui/ws`, with `src` (the
 * app's mount URL, as in `<lit-ui-app src>`) resolved against `base` and the
 * scheme switched to `ws:`/`wss:`. Trailing slashes of `src` are ignored, its
 * query string is kept, its fragment dropped.
 *
 * @param src - Mount URL: absolute path (`'/explorer'`), relative, or absolute URL (`http(s):`/`ws(s):`).
 * @param base - URL to resolve against, usually `document.baseURI`.
 * @returns The absolute `ws:`/`wss:` URL as a string.
 * @throws TypeError when the URL is invalid or its scheme is not http(s)/ws(s).
 *
 * @example
 * ```ts
 * webSocketUrl('/explorer', 'https://x.io/page');  // 'wss://x.io/explorer/_lit-ui/ws'
 * webSocketUrl('/', 'http://localhost:3000/');     // 'ws://localhost:3000/_lit-ui/ws'
 * ```
 */
export function webSocketUrl(src: string, base: string): string {
  const url = new URL(src, base);
  switch (url.protocol) {
    case 'https:':
    case 'wss:':
      url.protocol = 'wss:';
      break;
    case 'http:':
    case 'ws:':
      url.protocol = 'ws:';
      break;
    default:
      throw new TypeError(`webSocketUrl: unsupported scheme ${url.protocol} in ${url.href}`);
  }
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '') + WS_PATH_SUFFIX;
  return url.href;
}
