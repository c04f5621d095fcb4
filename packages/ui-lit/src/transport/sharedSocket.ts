// The shared WebSocket of a page's apps, loaded by `connectToApp` only when an app multiplexes.
export { sharedWebSocket } from '@lit-ui/transport-ws/shared-socket';
