import { formatMuxFrame, MUX_PATH_SUFFIX, parseMuxFrame } from '../muxFrame.js';
import { frameInbox, withGzipFrames } from './frameInbox.js';

/** A WebSocket constructor, as `connectWebSocket` takes one. */
export type WebSocketConstructor = new (url: string) => WebSocket;

/** One shared socket of a page to one server, and its channels by id. */
interface Shared {
  readonly ws: WebSocket;
  readonly channels: Map<number, ChannelSocket>;
  readonly pending: string[];
  next: number;
}

/** `WS_PATH_SUFFIX`, spelled out: importing it would split it into a chunk of its own in the initial browser bundle. */
const WS_PATH_SUFFIX = '/_lit-ui/ws';
const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

/** The part of `WebSocket` that `connectWebSocket` uses. */
interface ChannelSocket {
  readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  opened(): void;
  deliver(text: string): void;
  /** The channel could not be opened here: the app uses its own socket for this connection. */
  fallBack(): void;
  ended(code: number, reason: string): void;
}

const registries = new WeakMap<WebSocketConstructor, Map<string, Shared>>();

/**
 * A WebSocket constructor whose sockets are channels of one shared socket
 * per server (docs/embedding.md, "Several apps on one page"): pass it to
 * `connectWebSocket` as `WebSocket` and every app of the page whose
 * endpoint (`<mount>/_lit-ui/ws`) is on the same origin rides one real
 * socket, opened at `<mount>/_lit-ui/mux` of the first app to connect and
 * closed when its last channel closes. Each channel behaves as the app's own
 * socket would: it opens when the server has routed it to the app, gets
 * the app's frames only, and closes with the code the server gave it; when
 * the shared socket drops, every channel closes with its code and each app
 * reconnects and resumes. A channel the server refuses to open (an app it
 * does not serve, another origin rule) or that the shared socket could not
 * carry opens the app's own socket instead, for that connection.
 *
 * @param Real - The constructor of real sockets (`globalThis.WebSocket` in browsers, `ws`'s in Node).
 * @returns A constructor; the same one for the same `Real`, so that all apps share its sockets.
 *
 * @example
 * ```ts
 * connectWebSocket({ url: webSocketUrl('/explorer', location.href), WebSocket: sharedWebSocket(WebSocket), hello, onMessage });
 * ```
 */
export function sharedWebSocket(Real: WebSocketConstructor): WebSocketConstructor {
  let sockets = registries.get(Real);
  if (!sockets) registries.set(Real, (sockets = new Map<string, Shared>()));
  const registry = sockets;

  const openShared = (key: string, url: URL): Shared => {
    const mux = new URL(url.href);
    mux.pathname = mux.pathname.slice(0, -WS_PATH_SUFFIX.length) + MUX_PATH_SUFFIX;
    mux.search = '';
    // Large frames may come gzip-compressed (binary: a whole frame, channel id included), as on an app's own socket.
    const shared: Shared = { ws: new Real(withGzipFrames(mux.href)), channels: new Map(), pending: [], next: 0 };
    const { ws } = shared;
    ws.binaryType = 'arraybuffer';
    registry.set(key, shared);
    ws.onopen = () => {
      for (const text of shared.pending.splice(0)) ws.send(text);
    };
    const inbox = frameInbox(
      (text) => {
        const frame = parseMuxFrame(text);
        const channel = frame && shared.channels.get(frame.channel);
        if (!frame || !channel) return;
        if (frame.kind === 'data') return channel.deliver(frame.text);
        if (frame.kind === 'open') return channel.opened();
        if (channel.readyState === CONNECTING) channel.fallBack();
        else channel.ended(frame.code, frame.reason);
      },
      () => ws.close(1007, 'Malformed compressed frame'),
    );
    ws.onmessage = (event: MessageEvent) => inbox(event.data);
    ws.onclose = (event: CloseEvent) => {
      if (registry.get(key) === shared) registry.delete(key);
      for (const channel of shared.channels.values()) {
        if (channel.readyState === CONNECTING) channel.fallBack();
        else channel.ended(event.code, event.reason);
      }
      shared.channels.clear();
    };
    // An error is followed by a close event.
    ws.onerror = () => undefined;
    return shared;
  };
  const send = (shared: Shared, text: string): void => {
    if (shared.ws.readyState === OPEN) shared.ws.send(text);
    else shared.pending.push(text);
  };
  const release = (shared: Shared, id: number): void => {
    if (!shared.channels.delete(id) || shared.channels.size > 0) return;
    for (const [key, value] of registry) if (value === shared) registry.delete(key);
    shared.ws.close(1000);
  };

  return class SharedChannel implements ChannelSocket {
    onopen: ((event: Event) => void) | null = null;
    onmessage: ((event: MessageEvent) => void) | null = null;
    onclose: ((event: CloseEvent) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    #state = CONNECTING;
    #direct: WebSocket | undefined;
    #shared: Shared | undefined;
    #id = 0;

    constructor(readonly url: string) {
      const target = new URL(url);
      if (!target.pathname.endsWith(WS_PATH_SUFFIX)) {
        this.fallBack();
        return;
      }
      const key = `${target.protocol}//${target.host}`;
      const existing = registry.get(key);
      const shared = existing && existing.ws.readyState <= OPEN ? existing : openShared(key, target);
      this.#shared = shared;
      this.#id = ++shared.next;
      shared.channels.set(this.#id, this);
      send(shared, formatMuxFrame({ kind: 'open', channel: this.#id, path: target.pathname + target.search }));
    }

    get readyState(): number {
      return this.#direct ? this.#direct.readyState : this.#state;
    }

    send(text: string): void {
      if (this.#direct) this.#direct.send(text);
      else if (this.#state === OPEN && this.#shared) send(this.#shared, formatMuxFrame({ kind: 'data', channel: this.#id, text }));
    }

    close(code = 1000, reason = ''): void {
      if (this.#direct) return this.#direct.close(code, reason);
      const shared = this.#shared;
      if (this.#state === CLOSED || !shared) return;
      this.#state = CLOSED;
      if (shared.channels.has(this.#id)) send(shared, formatMuxFrame({ kind: 'close', channel: this.#id, code, reason }));
      release(shared, this.#id);
      // As a socket's close event, after the call returns.
      setTimeout(() => this.onclose?.({ code, reason, wasClean: true } as CloseEvent), 0);
    }

    opened(): void {
      this.#state = OPEN;
      this.onopen?.(new Event('open'));
    }

    deliver(text: string): void {
      if (this.#state === OPEN) this.onmessage?.({ data: text } as MessageEvent);
    }

    fallBack(): void {
      if (this.#shared) release(this.#shared, this.#id);
      this.#shared = undefined;
      const direct = new Real(this.url);
      this.#direct = direct;
      direct.onopen = (event) => this.onopen?.(event);
      direct.onmessage = (event: MessageEvent) => this.onmessage?.(event);
      direct.onclose = (event) => this.onclose?.(event);
      direct.onerror = (event) => this.onerror?.(event);
    }

    ended(code: number, reason: string): void {
      if (this.#state === CLOSED) return;
      this.#state = CLOSED;
      if (this.#shared) release(this.#shared, this.#id);
      this.onclose?.({ code, reason, wasClean: false } as CloseEvent);
    }
  } as unknown as WebSocketConstructor;
}
