/**
 * `@lit-ui/transport-ws`: the server side of lit-ui's WebSocket transport,
 * attached to any Node `http`/`https` server. The browser side is
 * `@lit-ui/transport-ws/client`.
 */
export { attachWebSocket } from './attachWebSocket.js';
export type { PerMessageDeflateOptions, WebSocketTransport, WebSocketTransportOptions } from './attachWebSocket.js';
export { WS_PATH_SUFFIX } from './wsPathSuffix.js';
export { MUX_PATH_SUFFIX } from './muxFrame.js';
