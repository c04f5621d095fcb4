/**
 * `@lit-ui/ui-lit/server`: the framework-neutral request core that every
 * adapter (Express, Next.js, a plain Node server) shares, on web
 * `Request`/`Response`: the host page with its security headers, this
 * package's browser bundle, the icon, real 404s, and the runtime's HTTP
 * routes. Node-only (it reads the bundle from disk).
 *
 * @example
 * ```ts
 * import { createMountHandler } from '@lit-ui/ui-lit/server';
 * const handle = createMountHandler(runtime, { title: 'Explorer', frameAncestors: ["'none'"] });
 * // in a route handler:
 * return (await handle(request, '/explorer')) ?? new Response('Not found', { status: 404 });
 * ```
 */
export { createMountHandler } from './mountHandler.js';
export type { MountHandler, MountHandlerOptions } from './mountHandler.js';
export { DEFAULT_CSP_DIRECTIVES, hostPageHeaders, createNonce } from './securityHeaders.js';
export type { ContentSecurityPolicyDirectives, HostPageSecurityOptions, HostPageHeaders, ReferrerPolicyValue } from './securityHeaders.js';
export { renderHostPage, escapeHtml } from './hostPage.js';
export type { HostPageContent } from './hostPage.js';
export { mountRoute, ASSET_CONTENT_TYPES } from './mountRoute.js';
export type { MountRoute } from './mountRoute.js';
export { createStaticAssets } from './staticAssets.js';
export { themeCss, themeProblems } from '../theme/themeConfig.js';
export type { ColorSchemeName, ThemeColors, ThemeConfig, ThemeSetting } from '../theme/themeConfig.js';
export type { StaticAssets } from './staticAssets.js';
