import type { OutgoingBackMsg, SessionIdStore, TransportName } from '@lit-ui/core/protocol';
import { connectWebSocket, sessionIdStore, webSocketUrl } from '@lit-ui/transport-ws/client';
import type { ClientConnection, ConnectionStatus, WebSocketClientOptions } from '@lit-ui/transport-ws/client';
import type { HttpStreamClientOptions } from './connectHttpStream.js';

/** Options of {@link connectToApp}. */
export interface AppConnectionOptions extends Omit<HttpStreamClientOptions, 'url' | 'storageKey'> {
  /** The app's mount URL (`<lit-ui-app src>`), absolute or relative to `base`. */
  readonly src: string;
  /** URL to resolve `src` against (the page's URL). */
  readonly base: string;
  /** `'auto'` (default): what the server's health route offers, WebSocket first, HTTP streaming when a WebSocket cannot be opened; or one transport only. */
  readonly transport?: 'auto' | TransportName;
  /** WebSocket constructor. Default `globalThis.WebSocket`; Node 20 passes `ws`'s. */
  readonly WebSocket?: WebSocketClientOptions['WebSocket'];
  /**
   * The transports the server serves, when the page already knows them (the
   * host page's `<lit-ui-app offers>`): no health request before connecting.
   * Default: asked from the health route.
   */
  readonly offered?: readonly string[];
  /**
   * The messages of the session the server started for this page (the host
   * page carries them): applied at once, and the WebSocket resumes that
   * session after them (see `WebSocketClientOptions.firstRun`). Not used
   * over HTTP streaming.
   */
  readonly firstRun?: WebSocketClientOptions['firstRun'];
  /** How long a first WebSocket may take to bring a session before HTTP streaming is used instead, in ms. Default 4000. */
  readonly fallbackAfterMs?: number;
  /**
   * Share one WebSocket with the page's other apps on the same server, one
   * channel each, when the server offers it (`'ws-mux'`, docs/embedding.md).
   * Default false: a socket of its own.
   */
  readonly multiplex?: boolean;
  /** Told which transport carries the connection (again after a fallback). */
  readonly onTransport?: (name: TransportName) => void;
}

const DEFAULT_FALLBACK_AFTER_MS = 4000;

/** The transports the server lists in its health route; `['ws']` for servers that predate the list, `undefined` when unreachable. */
async function offeredTransports(fetchImpl: typeof globalThis.fetch, mount: URL): Promise<readonly string[] | undefined> {
  const url = new URL(mount.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/_lit-ui/health`;
  try {
    const response = await fetchImpl(url.href, { cache: 'no-store', credentials: 'include' });
    if (!response.ok) return undefined;
    const health = (await response.json()) as { transports?: unknown };
    return Array.isArray(health.transports) ? (health.transports as string[]) : ['ws'];
  } catch {
    return undefined;
  }
}

/**
 * Connects `<lit-ui-app>` (or any client) to an app by the transport its
 * server offers, as the DESIGN says: the health route's `transports` list
 * decides; a WebSocket is preferred, and when one cannot be opened (a proxy
 * refuses upgrades: the first socket closes, or brings no session within
 * `fallbackAfterMs`) the connection moves to HTTP streaming, and the tab
 * remembers it (`sessionStorage`) so a reload goes there at once. Both
 * transports keep the session under one storage key, so either resumes it.
 *
 * @param options - Mount URL, the callbacks of a client connection, and the transport choice.
 * @returns A {@link ClientConnection} that forwards to the chosen transport;
 *   BackMsgs sent before the choice is made are queued (and numbered then).
 *
 * @example
 * ```ts
 * const connection = connectToApp({ src: '/explorer', base: location.href, hello, onMessage: (m) => store.apply(m) });
 * ```
 */
export function connectToApp(options: AppConnectionOptions): ClientConnection {
  const mount = new URL(options.src || '/', options.base);
  mount.hash = '';
  const fetchImpl = options.fetch ?? globalThis.fetch?.bind(globalThis);
  const storageKey = `lit-ui:session:${mount.href.replace(/\/+$/, '')}`;
  const preferenceKey = `lit-ui:transport:${mount.href.replace(/\/+$/, '')}`;
  const store: SessionIdStore | undefined = sessionIdStore(options.store);
  let inner: ClientConnection | undefined;
  let closed = false;
  let status: ConnectionStatus = 'connecting';
  const queued: OutgoingBackMsg[] = [];

  const onStatus = (next: ConnectionStatus): void => {
    status = next;
    options.onStatus?.(next);
  };
  const common = { hello: options.hello, onMessage: options.onMessage, store: options.store, storageKey, reconnect: options.reconnect };

  const use = (connection: ClientConnection, name: TransportName): void => {
    inner = connection;
    options.onTransport?.(name);
    for (const msg of queued.splice(0)) connection.send(msg);
  };

  // The HTTP streaming client is its own chunk, loaded only when it is used (most pages stay on WebSocket); BackMsgs
  // sent meanwhile are queued.
  const stream = (): void => {
    if (closed) return;
    import('./connectHttpStream.js').then(
      ({ connectHttpStream }) => {
        if (closed || inner !== undefined) return;
        use(connectHttpStream({ ...common, url: mount, onStatus, ...(options.fetch ? { fetch: options.fetch } : {}) }), 'http-stream');
      },
      () => onStatus('closed'),
    );
  };

  const webSocket = (canFallBack: boolean, shared?: WebSocketClientOptions['WebSocket']): void => {
    if (closed) return;
    let sessionStarted = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fallBack = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      if (sessionStarted || inner !== connection || closed) return;
      store?.setItem(preferenceKey, 'http-stream');
      inner = undefined;
      connection.close();
      stream();
    };
    // The page's first-run messages are applied inside connectWebSocket: their newSession did not come over the socket.
    let adopting = true;
    const connection = connectWebSocket({
      ...common,
      url: webSocketUrl(mount.href, mount.href),
      ...(shared || options.WebSocket ? { WebSocket: shared ?? options.WebSocket } : {}),
      ...(options.firstRun ? { firstRun: options.firstRun } : {}),
      onMessage: (msg) => {
        if (msg.type === 'newSession' && !adopting) {
          sessionStarted = true;
          if (timer !== undefined) clearTimeout(timer);
        }
        options.onMessage(msg);
      },
      onStatus: (next) => {
        if (canFallBack && !sessionStarted && next === 'reconnecting') return fallBack();
        if (inner === connection) onStatus(next);
      },
    });
    adopting = false;
    if (canFallBack) timer = setTimeout(fallBack, options.fallbackAfterMs ?? DEFAULT_FALLBACK_AFTER_MS);
    use(connection, 'ws');
  };

  const choose = async (): Promise<void> => {
    const forced = options.transport ?? 'auto';
    if (forced === 'ws') return webSocket(false);
    if (forced === 'http-stream' || typeof fetchImpl !== 'function') return forced === 'http-stream' ? stream() : webSocket(false);
    const offered = options.offered ?? (await offeredTransports(fetchImpl, mount));
    if (closed) return;
    const hasWebSocket = typeof (options.WebSocket ?? (globalThis as { WebSocket?: unknown }).WebSocket) === 'function';
    const wsOffered = offered === undefined || offered.includes('ws');
    const streamOffered = offered === undefined || offered.includes('http-stream');
    if (!wsOffered || !hasWebSocket || (streamOffered && store?.getItem(preferenceKey) === 'http-stream')) return stream();
    if (!options.multiplex || !offered?.includes('ws-mux')) return webSocket(streamOffered);
    // The shared socket is its own chunk too: only pages with several apps load it.
    const { sharedWebSocket } = await import('./sharedSocket.js');
    if (closed) return;
    const Real = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketClientOptions['WebSocket'] }).WebSocket;
    webSocket(streamOffered, sharedWebSocket(Real!));
  };
  void choose();

  return {
    send: (msg) => {
      if (inner) return inner.send(msg);
      queued.push(msg);
      return 0;
    },
    close: () => {
      closed = true;
      if (inner) inner.close();
      else onStatus('closed');
    },
    get status() {
      return inner?.status ?? status;
    },
    get sessionId() {
      return inner?.sessionId;
    },
    get sessionToken() {
      return inner?.sessionToken;
    },
    get refusal() {
      return inner?.refusal;
    },
    retry: () => inner?.retry?.(),
  };
}
