/**
 * `@lit-ui/transport-ws/client`: the browser side of lit-ui's WebSocket
 * transport. Browser-safe: no Node modules, no `ws`.
 */
export { connectWebSocket } from './connectWebSocket.js';
export { webSocketUrl } from './webSocketUrl.js';
export { WS_PATH_SUFFIX } from '../wsPathSuffix.js';
export { retryDelay } from './retryDelay.js';
export { sessionIdStore } from './sessionIdStore.js';
export type { ClientConnection, ConnectionRefusal, ConnectionStatus, WebSocketClientOptions } from './types.js';
