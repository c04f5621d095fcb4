/**
 * Path of the WebSocket endpoint under an app's mount path: a client of an
 * app mounted at `/explorer` connects to `/explorer/_lit-ui/ws`. Shared by
 * the browser client (`webSocketUrl`) and server adapters (upgrade matching).
 *
 * @example
 * ```ts
 * attachWebSocket(server, runtime, { path: `/explorer${WS_PATH_SUFFIX}` });
 * ```
 */
export const WS_PATH_SUFFIX = '/_lit-ui/ws';
