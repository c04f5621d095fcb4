import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Name of the cookie nginx hashes for sticky routing (`hash $cookie_lit_ui_route consistent`). */
export const ROUTE_COOKIE = 'lit_ui_route';

/**
 * Express middleware that gives each browser a random, meaningless routing
 * cookie, so that nginx sends all its requests — the page, the WebSocket,
 * media and uploads — to the same worker while that worker lives. It holds
 * no secret and no session: losing it only costs a resume from the store.
 */
export function routeCookie() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!/(?:^|;\s*)lit_ui_route=/.test(req.headers.cookie ?? '')) {
      res.cookie(ROUTE_COOKIE, randomBytes(9).toString('base64url'), { httpOnly: true, sameSite: 'lax', path: '/' });
    }
    next();
  };
}
