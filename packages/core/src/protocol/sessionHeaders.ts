/**
 * Headers of the HTTP side channels (uploads, POSTs, HTTP streaming) that
 * name the session a request belongs to. Both are required; the token is the
 * session's secret from `newSession`. Custom headers also make a browser
 * preflight any cross-origin request, which the origin rule then refuses.
 * Never put either value in a URL.
 */
export const SESSION_ID_HEADER = 'x-lit-ui-session-id';
/** See {@link SESSION_ID_HEADER}. */
export const SESSION_TOKEN_HEADER = 'x-lit-ui-session-token';
