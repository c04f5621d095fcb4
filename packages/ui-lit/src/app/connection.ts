import type { ForwardMsg, HelloInfo, TransportName } from '@lit-ui/core/protocol';
import { connectWebSocket, webSocketUrl } from '@lit-ui/transport-ws/client';
import type { ClientConnection, ConnectionRefusal, ConnectionStatus } from '@lit-ui/transport-ws/client';
import { connectToApp } from '../transport/connectToApp.js';

export type { ClientConnection, ConnectionRefusal, ConnectionStatus };

/** What `<lit-ui-app>` hands a connection factory. */
export interface ConnectionFactoryOptions {
  /** Browser facts for `hello`; call it at every (re)connect. */
  readonly hello: () => HelloInfo;
  /** Call with each ForwardMsg, in order, never twice. */
  readonly onMessage: (msg: ForwardMsg) => void;
  /** Call when the connection state changes (drives the reconnecting and refusal banners; `refused` again at each refusal). */
  readonly onStatus: (status: ConnectionStatus) => void;
  /** Call with the transport in use, if the factory knows it (the element reflects it as `active-transport`). */
  readonly onTransport?: (name: TransportName) => void;
  /** The messages of the session the server started for this page, when the host page carried them (see `connectToApp`'s `firstRun`). */
  readonly firstRun?: readonly ForwardMsg[];
}

/**
 * Opens the app's connection to its server. `<lit-ui-app>` picks WebSocket
 * or HTTP streaming from what the server offers by default (`transport`
 * attribute); set its `connectionFactory` property to use another
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
 * The default connection of `<lit-ui-app>`: the transport the server's
 * health route offers (`connectToApp`): a WebSocket when it can be opened,
 * else HTTP streaming; or the one `transport` names.
 *
 * @param src - the mount URL, absolute or relative to `base`.
 * @param base - the page URL (`location.href`).
 * @param transport - `'auto'` (default), `'ws'` or `'http-stream'`.
 * @param offered - The transports the server serves, when known (the host page's `offers` attribute): no health request first.
 * @param multiplex - Share one WebSocket with the page's other apps of the same server when it offers `'ws-mux'` (docs/embedding.md). Default false.
 */
export function defaultConnectionFactory(
  src: string,
  base: string,
  transport: 'auto' | TransportName = 'auto',
  offered?: readonly string[],
  multiplex = false,
): ConnectionFactory {
  return (options) =>
    connectToApp({
      src,
      base,
      transport,
      multiplex,
      ...(offered ? { offered } : {}),
      hello: options.hello,
      onMessage: options.onMessage,
      onStatus: options.onStatus,
      ...(options.onTransport ? { onTransport: options.onTransport } : {}),
      ...(options.firstRun ? { firstRun: options.firstRun } : {}),
    });
}

/**
 * A WebSocket-only connection: a WebSocket to `<src>/_lit-ui/ws`, with resumable
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
