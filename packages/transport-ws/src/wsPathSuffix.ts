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

/** Query parameter of the WebSocket URL by which a client asks for compressed frames (`?frames=gzip`). */
export const FRAMES_PARAM = 'frames';
/**
 * Value of {@link FRAMES_PARAM}: the client reads binary frames as
 * gzip-compressed JSON batches (the server sends large batches so, small
 * ones as text).
 */
export const GZIP_FRAMES = 'gzip';
