/**
 * The HTTP streaming transport's wire (docs/transports.md): for browsers
 * and hosts that cannot use a WebSocket (Next.js route handlers, proxies
 * that refuse upgrades).
 *
 * - `POST <mount>/_lit-ui/stream` with the `hello` frame as its JSON body
 *   opens a long-lived `text/event-stream` response. Each ForwardMsg batch
 *   is one event: `id: <last seq of the batch>` and `data: <JSON array>`.
 *   Comments (`:`) keep idle proxies from cutting it. When the server ends
 *   the connection it sends `event: close` with `{ code, reason }` (the
 *   WebSocket close codes of `CloseCode`) first.
 * - `POST <mount>/_lit-ui/send` carries BackMsgs up: one JSON frame per line
 *   (`application/x-ndjson`), with the session's id and token in
 *   `SESSION_ID_HEADER` / `SESSION_TOKEN_HEADER`. It is answered `202`
 *   once every frame is handed to the runtime (acks come down the stream).
 */
export const HTTP_STREAM_PATH = '/_lit-ui/stream';
/** See {@link HTTP_STREAM_PATH}. */
export const HTTP_SEND_PATH = '/_lit-ui/send';
/** Event name of the stream's last event, whose data is `{ code, reason }`. */
export const STREAM_CLOSE_EVENT = 'close';
/** Response header of the stream: the keep-alive interval in ms (a client that hears nothing for much longer reconnects). */
export const KEEP_ALIVE_HEADER = 'x-lit-ui-keep-alive-ms';
/** Response header of the stream: the largest `send` body the server takes, in bytes. */
export const MAX_POST_BYTES_HEADER = 'x-lit-ui-max-post-bytes';
/** Content type of `send` bodies: one BackMsg JSON frame per line. */
export const NDJSON = 'application/x-ndjson';

/**
 * The transports a server can offer; the health route lists those it
 * serves (`transports`), in its order of preference.
 */
export type TransportName = 'ws' | 'http-stream';

/**
 * What a health route's `transports` may list: the {@link TransportName}s,
 * and `'ws-mux'`, the server's shared WebSocket endpoint, where several apps
 * of one page share one socket (docs/embedding.md); a connection over it is
 * a `'ws'` connection.
 */
export type OfferedTransport = TransportName | 'ws-mux';

/** Data of the stream's `close` event. */
export interface StreamCloseData {
  /** A WebSocket close code (`CloseCode`): 1001 going away, 4429 refused, ... */
  readonly code: number;
  /** Why, for people (the WebSocket close reason's text). */
  readonly reason: string;
}
