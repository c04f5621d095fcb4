import type { ForwardMsg, HelloInfo } from '@lit-ui/core/protocol';
import { connectWebSocket, webSocketUrl } from '@lit-ui/transport-ws/client';
import type { ClientConnection, ConnectionRefusal, ConnectionStatus } from '@lit-ui/transport-ws/client';

export type { ClientConnection, ConnectionRefusal, ConnectionStatus };

/** What `<lit-ui-app>` hands a connection factory. */
export interface ConnectionFactoryOptions {
  /** Browser facts for `hello`; call it at every (re)connect. */
  readonly hello: () => HelloInfo;
  /** Call with each ForwardMsg, in order, never twice. */
  readonly onMessage: (msg: ForwardMsg) => void;
  /** Call when the connection state changes (drives the reconnecting and refusal banners; `refused` again at each refusal). */
  readonly onStatus: (status: ConnectionStatus) => void;
}

/**
 * Opens the app's connection to its server. `<lit-ui-app>` uses a WebSocket
 * to `src` by default; set its `connectionFactory` property to use another
 * transport, or to feed scripted messages in tests and previews.
 *
 * @example
 * app.connectionFactory = ({ onMessage, onStatus }) => {
 *   onStatus('connected');
 *   onMessage({ type: 'newSession', seq: 0, sessionId: 's', protocolVersion: 1, resumed: false, config });
 *   return { send: () => 1, close() {}, status: 'connected', sessionId: 's' };
 * };
 */
export type ConnectionFactory = (options: ConnectionFactoryOptions) => ClientConnection;

/**
 * The default connection: a WebSocket to `<src>/_lit-ui/ws`, with resumable
 * sessions (the tab's session id and token are kept in `sessionStorage`),
 * and a longer back-off while the server refuses the session (4429).
 *
 * @param src - the mount URL, absolute or relative to `base`.
 * @param base - the page URL (`location.href`).
 */
export function webSocketConnectionFactory(src: string, base: string): ConnectionFactory {
  return (options) =>
    connectWebSocket({
      url: webSocketUrl(src || '/', base),
      hello: options.hello,
      onMessage: options.onMessage,
      onStatus: options.onStatus,
    });
}
