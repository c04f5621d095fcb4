/**
 * `@lit-ui/transport-ws/shared-socket`: the browser side of the shared
 * WebSocket, where several apps of one page ride one socket per server, a
 * channel each (docs/embedding.md). Browser-safe; its own entry so that a
 * bundle loads it only on pages with several apps.
 */
export { sharedWebSocket } from './sharedWebSocket.js';
export type { WebSocketConstructor } from './sharedWebSocket.js';
export { MUX_PATH_SUFFIX } from '../muxFrame.js';
