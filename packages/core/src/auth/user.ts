import { ErrorCode, LitUiError, invalidArgument } from '../errors.js';
import type { RequestContext } from '../protocol/transport.js';

/**
 * The routes of the host app that `st.login()` and `st.logout()` send the browser to (runtime option `auth`).
 * The host app authenticates (OIDC, sessions, SSO…); lit-ui only reads who is logged in, through the adapter's
 * `getUser`.
 */
export interface AuthRoutes {
  /**
   * Where `st.login(provider?)` goes: a URL (absolute, or a path of the host app such as `'/auth/login'`), or a
   * function of the provider name `st.login` got (`undefined` without one) that returns the URL.
   */
  readonly loginUrl?: string | ((provider: string | undefined) => string);
  /** Where `st.logout()` goes: a URL or a path of the host app, such as `'/auth/logout'`. */
  readonly logoutUrl?: string;
}

/**
 * Who the host app authenticated, as Streamlit's `st.user`: `isLoggedIn`, and
 * the identity claims the adapter's `getUser(request)` returned (`st.user.email`,
 * `st.user['name']`). A claim the host did not give reads `undefined`.
 * Read-only, and only the server's `getUser` sets it: nothing the browser
 * sends can change it. It is evaluated when the session connects (a new tab,
 * a reconnect, a reload), so after the host's login or logout the next page
 * load sees the new user.
 */
export interface UserInfo {
  /** True when the adapter's `getUser` returned a user (anything but `null`, `undefined` or `false`). */
  readonly isLoggedIn: boolean;
  /** An identity claim (`email`, `name`, `sub`, …) of the object `getUser` returned. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the claims are whatever the host's auth gives
  readonly [claim: string]: any;
}

/** The claims of a user value: an object's own properties; a bare value (a user id string) as `{ id }`. */
function claimsOf(user: unknown): Record<string, unknown> {
  if (user === undefined || user === null || user === false) return {};
  if (typeof user === 'object' && !Array.isArray(user)) return { ...(user as Record<string, unknown>) };
  return { id: user };
}

/** Body of `st.user`: a read-only view of the connection's `RequestContext.user`. */
export function userInfo(context: RequestContext | undefined): UserInfo {
  const user = context?.user;
  const claims = Object.freeze({ ...claimsOf(user), isLoggedIn: user !== undefined && user !== null && user !== false });
  const refuse = (): never => {
    throw invalidArgument('st.user is read-only: the host app sets it through the adapter option getUser.');
  };
  return new Proxy(claims, { set: refuse, deleteProperty: refuse, defineProperty: refuse });
}

/**
 * The URL `st.login(provider)` or `st.logout()` sends the browser to.
 * @throws LitUiError `AuthNotConfigured` when the runtime option `auth` has no such route; `InvalidArgument`
 *   for a provider that is not a string, or a route that is not an http(s) URL or a path.
 */
export function authUrl(routes: AuthRoutes | undefined, action: 'login' | 'logout', provider?: string): string {
  if (provider !== undefined && typeof provider !== 'string') throw invalidArgument('st.login(provider) takes a provider name (a string).');
  const route = action === 'login' ? routes?.loginUrl : routes?.logoutUrl;
  if (route === undefined) {
    const option = action === 'login' ? 'loginUrl' : 'logoutUrl';
    throw new LitUiError(
      ErrorCode.AuthNotConfigured,
      `st.${action}() needs a route of the host app: pass auth: { ${option}: '/auth/${action}' } to the adapter (or the runtime). lit-ui does not implement the login itself.`,
    );
  }
  const url = typeof route === 'function' ? route(provider) : route;
  if (typeof url !== 'string' || !(url.startsWith('/') || /^https?:\/\//i.test(url)) || url.startsWith('//')) {
    throw invalidArgument(
      `The auth ${action} route must be a path of the host app ('/auth/${action}') or an http(s) URL, not ${JSON.stringify(url)}.`,
    );
  }
  return url;
}
