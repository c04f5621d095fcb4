/**
 * `@lit-ui/adapter-next`: mount a lit-ui app in a Next.js App Router route
 * with `createRouteHandlers(app, options)` (host page, bundle, runtime
 * routes and the HTTP streaming transport, on web Request/Response). For
 * WebSocket under a custom server, see `@lit-ui/adapter-next/server`.
 */
export { createRouteHandlers } from './createRouteHandlers.js';
export type { RouteContext, RouteHandler, RouteHandlerOptions, RouteHandlers } from './createRouteHandlers.js';
export type { ContentSecurityPolicyDirectives, ReferrerPolicyValue } from '@lit-ui/ui-lit/server';
