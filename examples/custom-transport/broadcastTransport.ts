/**
 * A lit-ui transport over `BroadcastChannel`, both halves in one file: the
 * server half hands each connection to `runtime.connect`, the client half
 * wraps `ClientSession`. The channel works between a page and a Worker (run
 * the whole runtime in the browser), between tabs, and inside Node.
 */
import type { Runtime } from '@lit-ui/core';
import { ClientSession, type ConnectionHandle, type ForwardMsg, type HelloInfo, type OutgoingBackMsg } from '@lit-ui/core/protocol';

/** What travels on the channel: one connection's frame, addressed by connection id. */
type Envelope =
  | { readonly to: 'server'; readonly conn: string; readonly kind: 'open' | 'close' }
  | { readonly to: 'server' | 'client'; readonly conn: string; readonly kind: 'frame'; readonly text: string }
  | { readonly to: 'client'; readonly conn: string; readonly kind: 'close' | 'ready' };

/** Server half: serves `runtime` to every client on channel `name`. Returns a function that stops it. */
export function serveOverBroadcastChannel(runtime: Pick<Runtime, 'connect'>, name: string): () => void {
  const channel = new BroadcastChannel(name);
  const connections = new Map<string, ConnectionHandle>();
  const post = (envelope: Envelope) => channel.postMessage(envelope);
  channel.onmessage = ({ data: envelope }: { data: Envelope }) => {
    const { conn } = envelope;
    if (envelope.to !== 'server') return;
    if (envelope.kind === 'open') {
      const handle = runtime.connect({
        context: { url: `broadcast://${name}`, headers: {}, cookies: {} },
        send: (batch) => post({ to: 'client', conn, kind: 'frame', text: JSON.stringify(batch) }),
        close: () => {
          post({ to: 'client', conn, kind: 'close' });
          connections.delete(conn);
        },
      });
      connections.set(conn, handle);
    } else if (envelope.kind === 'frame') {
      connections.get(conn)?.receive(envelope.text); // the runtime parses and validates it
    } else {
      connections.get(conn)?.closed(); // the session waits sessionTtlMs for a resume
      connections.delete(conn);
    }
  };
  post({ to: 'client', conn: '*', kind: 'ready' }); // clients that opened before this server existed open again
  return () => {
    for (const handle of connections.values()) handle.closed();
    connections.clear();
    channel.close();
  };
}

/** Options of {@link connectOverBroadcastChannel}: what `<lit-ui-app>` gives a connection factory. */
export interface BroadcastClientOptions {
  readonly hello: () => HelloInfo;
  readonly onMessage: (msg: ForwardMsg) => void;
  readonly onStatus?: (status: 'connected' | 'closed') => void;
}

/** A client connection, shaped like the one `<lit-ui-app>.connectionFactory` returns. */
export interface BroadcastClient {
  send(msg: OutgoingBackMsg): number;
  close(): void;
  readonly status: 'connected' | 'closed';
  readonly sessionId: string | undefined;
}

/** Client half: connects to the runtime served on channel `name`. */
export function connectOverBroadcastChannel(name: string, options: BroadcastClientOptions): BroadcastClient {
  const channel = new BroadcastChannel(name);
  const conn = crypto.randomUUID();
  const session = new ClientSession({ storageKey: `lit-ui:${name}`, hello: options.hello, onMessage: options.onMessage });
  let status: BroadcastClient['status'] = 'connected';
  const setStatus = (next: BroadcastClient['status']) => void ((status = next), options.onStatus?.(next));
  const open = () => {
    channel.postMessage({ to: 'server', conn, kind: 'open' } satisfies Envelope);
    session.opened((text) => channel.postMessage({ to: 'server', conn, kind: 'frame', text } satisfies Envelope));
    setStatus('connected');
  };
  channel.onmessage = ({ data: envelope }: { data: Envelope }) => {
    if (envelope.to !== 'client') return;
    if (envelope.kind === 'ready') return open(); // a server (re)started: connect to it
    if (envelope.conn !== conn) return;
    if (envelope.kind === 'frame') session.receive(envelope.text);
    else setStatus('closed');
  };
  open();
  return {
    send: (msg) => session.send(msg),
    close: () => {
      channel.postMessage({ to: 'server', conn, kind: 'close' } satisfies Envelope);
      session.closed();
      channel.close();
      setStatus('closed');
    },
    get status() {
      return status;
    },
    get sessionId() {
      return session.id;
    },
  };
}
