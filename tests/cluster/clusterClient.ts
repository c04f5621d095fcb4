import { applyForwardMsg, createClientTree, type ClientNode, type ClientTree, type ForwardMsg } from '@lit-ui/core/protocol';
import { connectWebSocket, type ClientConnection } from '@lit-ui/transport-ws/client';
import WebSocket from 'ws';
import { waitUntil } from './waitUntil.js';

/** What the cluster app's page says: `count=… n=… name=… square=… short=… worker=…`, parsed. */
export interface AppLine {
  readonly count: number;
  readonly n: number;
  readonly name: string;
  readonly worker: string;
  readonly raw: string;
}

function parse(raw: string): AppLine {
  const field = (name: string) => new RegExp(`${name}=(\\S*)`).exec(raw)?.[1] ?? '';
  return { count: Number(field('count')), n: Number(field('n')), name: field('name'), worker: field('worker'), raw };
}

function elements(tree: ClientTree): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: ClientNode) => (node.kind === 'block' ? node.children.forEach(walk) : out.push(node.proto));
  tree.roots.forEach(walk);
  return out;
}

/** A client of the cluster app over a real WebSocket (through nginx or to one worker), as the browser's: resumes, re-sends, applies once. */
export interface ClusterClient {
  readonly connection: ClientConnection;
  /** The app's line as the client shows it now (undefined before the first run). */
  line(): AppLine | undefined;
  /** Sends a change of the widget with this label (a trigger for buttons). */
  set(label: string, value: unknown): void;
  click(label: string): void;
  /**
   * Clicks the button if the client shows it now and returns true; false while it does not (a resumed
   * session's client shows an empty page until the rerun after the resume has sent it again).
   */
  clickIfShown(label: string): boolean;
  /** Drops the TCP connection from the client side (a network loss); the client reconnects by itself. */
  drop(): void;
  /** Waits until every input is acknowledged, the session is idle, and `check` holds for the line. */
  settled(check?: (line: AppLine) => boolean, timeoutMs?: number): Promise<AppLine>;
  readonly newSessions: number;
  readonly messages: ForwardMsg[];
}

export function clusterClient(url: string): ClusterClient {
  let tree = createClientTree();
  const messages: ForwardMsg[] = [];
  const sockets: WebSocket[] = [];
  let sent = 0;
  let acked = 0;
  let state = '';
  let newSessions = 0;
  class TrackedWebSocket extends WebSocket {
    constructor(address: string) {
      super(address);
      sockets.push(this);
    }
  }
  const connection = connectWebSocket({
    url,
    WebSocket: TrackedWebSocket as unknown as new (url: string) => globalThis.WebSocket,
    store: null,
    hello: () => ({ url: 'http://cluster.test/', query: '' }),
    reconnect: { retryDelayMs: 20, maxRetryDelayMs: 200 },
    onMessage: (msg) => {
      messages.push(msg);
      tree = applyForwardMsg(tree, msg);
      if (msg.type === 'ack') acked = Math.max(acked, msg.cseq);
      if (msg.type === 'error' && msg.cseq !== undefined) acked = Math.max(acked, msg.cseq);
      if (msg.type === 'sessionStatus') state = msg.state;
      if (msg.type === 'newSession' && !msg.resumed) newSessions++;
    },
  });
  const widgetId = (label: string): string => {
    const proto = elements(tree).find((e) => e['label'] === label && typeof e['id'] === 'string');
    if (!proto) throw new Error(`no widget '${label}' in the client's tree`);
    return proto['id'] as string;
  };
  const line = () => {
    const body = elements(tree).find((e) => typeof e['body'] === 'string' && String(e['body']).startsWith('count='));
    return body ? parse(String(body['body'])) : undefined;
  };
  return {
    connection,
    messages,
    get newSessions() {
      return newSessions;
    },
    line,
    set: (label, value) => {
      sent = connection.send({ type: 'rerunScript', widgets: [{ id: widgetId(label), value: value as never }] });
    },
    click: (label) => {
      sent = connection.send({ type: 'rerunScript', widgets: [{ id: widgetId(label), value: true, trigger: true }] });
    },
    clickIfShown: (label) => {
      if (!elements(tree).some((e) => e['label'] === label && typeof e['id'] === 'string')) return false;
      sent = connection.send({ type: 'rerunScript', widgets: [{ id: widgetId(label), value: true, trigger: true }] });
      return true;
    },
    drop: () => sockets.at(-1)?.terminate(),
    settled: async (check = () => true, timeoutMs = 30_000) => {
      await waitUntil(
        () =>
          `the client to settle (status ${connection.status}, sent ${sent}, acked ${acked}, state ${state}, new sessions ${newSessions}, line ${line()?.raw}; ` +
          `last messages ${messages
            .slice(-12)
            .map((m) => `${m.type}${m.seq ? `:s${m.seq}` : ''}${'cseq' in m ? `:c${m.cseq}` : ''}`)
            .join(' ')})`,
        () => {
          const now = line();
          return connection.status === 'connected' && acked >= sent && state === 'idle' && now !== undefined && check(now);
        },
        timeoutMs,
      );
      return line()!;
    },
  };
}
