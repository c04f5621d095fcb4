import { ErrorCode, LitUiError } from '@lit-ui/core';

/**
 * Content-Security-Policy directives: directive name → source list. `false`
 * removes a directive of the default policy.
 *
 * @example
 * ```ts
 * { 'img-src': ["'self'", 'https://tiles.example.com'], 'media-src': false }
 * ```
 */
export type ContentSecurityPolicyDirectives = Readonly<Record<string, readonly string[] | false>>;

/** A `Referrer-Policy` value. */
export type ReferrerPolicyValue =
  | 'no-referrer'
  | 'no-referrer-when-downgrade'
  | 'origin'
  | 'origin-when-cross-origin'
  | 'same-origin'
  | 'strict-origin'
  | 'strict-origin-when-cross-origin'
  | 'unsafe-url';

/** The security options of the host page, shared by every adapter. */
export interface HostPageSecurityOptions {
  /**
   * The host page's Content-Security-Policy. Default: a strict policy (see
   * `DEFAULT_CSP_DIRECTIVES`): scripts only by the page's per-response
   * nonce (and what they load: `'strict-dynamic'`), styles only from the page's
   * own nonce'd `<style>` and CSSOM (no `'unsafe-inline'`), nothing framed or
   * embedded. An object replaces or (with `false`) removes single directives;
   * `script-src` and `style-src` always keep the nonce. `false` sends no CSP
   * (when the host app sets its own).
   */
  readonly contentSecurityPolicy?: ContentSecurityPolicyDirectives | false;
  /**
   * Who may show the host page in a frame: CSP `frame-ancestors` sources.
   * Default `["'self'"]` (pages of the same origin only); `["'none'"]` for
   * nobody; origins such as `'https://intranet.example.com'` to embed the app
   * in another site. With `'self'` or `'none'` alone, `X-Frame-Options` is
   * sent too, for browsers without CSP.
   */
  readonly frameAncestors?: readonly string[];
  /**
   * `Referrer-Policy` of the host page. Default `'same-origin'`: the app's own
   * requests keep their `Referer`, no other site learns the page's URL (and
   * its query params). `false` sends none.
   */
  readonly referrerPolicy?: ReferrerPolicyValue | false;
}

/**
 * The default policy's directives (the nonce is added to `script-src` and
 * `style-src` per response). Scripts may compile WebAssembly (`'wasm-unsafe-eval'`:
 * `st.graphvizChart` runs Graphviz as WebAssembly): it allows no JavaScript
 * `eval`, and only the page's own trusted scripts can hand it bytes; the
 * host page cannot know before the script runs whether a page shows a graph,
 * so it is always there (remove it with `contentSecurityPolicy` if no app page uses graphviz). Images and media may come from any `https:`
 * origin (`st.image(url)`, markdown images) and `data:`/`blob:` URLs, which
 * cannot run script; everything else is same-origin only.
 */
export const DEFAULT_CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'strict-dynamic'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'media-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

const DIRECTIVE_NAME = /^[a-z][a-z-]*$/;
/** A source expression may not end the directive (`;`), start another policy (`,`) or break the header line. */
const UNSAFE_SOURCE = /[;,\r\n]/;

function invalid(message: string): LitUiError {
  return new LitUiError(ErrorCode.InvalidArgument, message);
}

function checkSources(name: string, sources: readonly string[]): void {
  for (const source of sources) {
    if (typeof source !== 'string' || source.trim() === '' || UNSAFE_SOURCE.test(source)) {
      throw invalid(`Content-Security-Policy '${name}' has an invalid source ${JSON.stringify(source)} (no ';', ',' or line breaks).`);
    }
  }
}

/** The host page's headers, once per response with its nonce. */
export interface HostPageHeaders {
  /** Headers for a host page whose `<script>` and `<style>` carry `nonce`. */
  (nonce: string): Record<string, string>;
}

/**
 * Validates the security options once and returns the per-response header
 * builder: `Content-Security-Policy` (with the nonce), `X-Frame-Options`
 * (when `frame-ancestors` is `'self'` or `'none'` alone), `Referrer-Policy`
 * and `X-Content-Type-Options: nosniff`.
 *
 * @param options - See {@link HostPageSecurityOptions}.
 * @returns A function of the response's nonce.
 * @throws LitUiError `InvalidArgument` for a malformed directive name or source.
 *
 * @example
 * ```ts
 * const headers = hostPageHeaders({ frameAncestors: ["'none'"] })('r4nd0m');
 * headers['content-security-policy']; // "default-src 'self'; script-src 'nonce-r4nd0m' 'strict-dynamic' 'wasm-unsafe-eval'; …"
 * ```
 */
export function hostPageHeaders(options: HostPageSecurityOptions = {}): HostPageHeaders {
  const { contentSecurityPolicy = {}, frameAncestors = ["'self'"], referrerPolicy = 'same-origin' } = options;
  checkSources('frame-ancestors', frameAncestors);
  const directives = new Map<string, readonly string[]>(Object.entries(DEFAULT_CSP_DIRECTIVES));
  if (contentSecurityPolicy !== false) {
    for (const [name, sources] of Object.entries(contentSecurityPolicy)) {
      if (!DIRECTIVE_NAME.test(name)) throw invalid(`'${name}' is not a Content-Security-Policy directive name.`);
      if (sources === false) directives.delete(name);
      else {
        checkSources(name, sources);
        directives.set(name, sources);
      }
    }
  }
  directives.set('frame-ancestors', frameAncestors);
  const ancestors = frameAncestors.join(' ');
  const frameOptions = ancestors === "'self'" ? 'SAMEORIGIN' : ancestors === "'none'" ? 'DENY' : undefined;
  return (nonce) => {
    const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' };
    if (contentSecurityPolicy !== false) {
      const nonceSource = `'nonce-${nonce}'`;
      const policy = [...directives]
        .map(([name, sources]) => {
          const list = name === 'script-src' || name === 'style-src' ? [nonceSource, ...sources.filter((s) => s !== nonceSource)] : sources;
          return list.length > 0 ? `${name} ${list.join(' ')}` : name;
        })
        .join('; ');
      headers['content-security-policy'] = policy;
    }
    if (frameOptions) headers['x-frame-options'] = frameOptions;
    if (referrerPolicy !== false) headers['referrer-policy'] = referrerPolicy;
    return headers;
  };
}

/**
 * A fresh CSP nonce: 128 random bits, base64 (Web Crypto, so any runtime
 * with `crypto.getRandomValues` works).
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
