/**
 * `@lit-ui/adapter-next`: Next.js App Router route handlers for a lit-ui app.
 *
 * Status: placeholder. The HTTP streaming transport it needs (server-sent
 * events down, POST up — Next.js route handlers cannot take WebSocket
 * upgrades) is a later issue. Until then the handlers answer every request
 * with HTTP 501 and say what to use instead; see this package's README.
 */

/** A Next.js route handler: a web `Request` in, a `Response` out. */
export type RouteHandler = (request: Request) => Promise<Response>;

/** The handlers to export from `app/<mount>/[...path]/route.ts`. */
export interface RouteHandlers {
  /** The `GET` handler (placeholder: answers 501 for now). */
  readonly GET: RouteHandler;
  /** The `POST` handler (placeholder: answers 501 for now). */
  readonly POST: RouteHandler;
}

const NOT_YET =
  '@lit-ui/adapter-next is a placeholder: its HTTP streaming transport is not implemented yet. ' +
  'Serve the app with @lit-ui/adapter-express (or attachWebSocket from @lit-ui/transport-ws on a custom Next.js server).';

/**
 * Route handlers for an app, as the DESIGN's `createRouteHandlers(script)`.
 * Placeholder: every request gets HTTP 501 with an explanation.
 *
 * @example
 * // app/explorer/[...path]/route.ts
 * export const { GET, POST } = createRouteHandlers(app);
 */
export function createRouteHandlers(_app: unknown): RouteHandlers {
  const notImplemented: RouteHandler = () =>
    Promise.resolve(new Response(NOT_YET, { status: 501, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
  return { GET: notImplemented, POST: notImplemented };
}
