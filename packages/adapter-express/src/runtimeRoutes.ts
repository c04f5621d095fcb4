import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express';
import type { Runtime } from '@lit-ui/core';
import { sendResponse, toRequest } from '@lit-ui/core/node';

/** Options of {@link runtimeRoutes}. */
export interface RuntimeRoutesOptions {
  /** Believe `x-forwarded-*` headers for the Request URL. Default false. */
  readonly trustProxy?: boolean;
}

/**
 * Express middleware handing every request under `<mount>/_lit-ui/` (health,
 * media, uploads, data windows, HTTP streaming) to `runtime.fetch`, with the
 * mount path stripped from the URL, and writing the web Response back. The
 * Request's signal aborts when the client goes away. WebSocket upgrades
 * never come through here (Node routes them to the `upgrade` event).
 *
 * @param runtime - Anything with `fetch(Request) → Promise<Response>`.
 * @param options - Proxy trust.
 * @returns Middleware; other paths go to `next()`, errors to `next(error)`.
 *
 * @example
 * ```ts
 * router.use(runtimeRoutes(runtime, { trustProxy: true }));
 * ```
 */
export function runtimeRoutes(runtime: Pick<Runtime, 'fetch'>, options: RuntimeRoutesOptions = {}) {
  return (req: ExpressRequest, res: ExpressResponse, next: NextFunction): void => {
    if (req.path !== '/_lit-ui' && !req.path.startsWith('/_lit-ui/')) {
      next();
      return;
    }
    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    Promise.resolve()
      .then(() => runtime.fetch(toRequest(req, { stripPrefix: req.baseUrl, trustProxy: options.trustProxy, signal: abort.signal })))
      .then((response) => sendResponse(res, response))
      .catch(next);
  };
}
