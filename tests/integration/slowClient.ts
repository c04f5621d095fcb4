import { request, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import type { ForwardMsg, TransportName } from '@lit-ui/core/protocol';
import { EventStreamParser } from '@lit-ui/ui-lit/transport';
import { frameText, waitFor } from './loopback.js';

/**
 * A raw client of either transport whose reading the test controls: it
 * reads until told to `pause()`, then leaves everything the server sends in
 * the network (its socket is paused, so TCP's window closes), while it can
 * still send BackMsgs.
 */
export interface SlowClient {
  readonly messages: ForwardMsg[];
  /** Widget ids by label. */
  readonly widgets: Map<string, string>;
  /** The close code the server ended the connection with (WebSocket close, or the stream's close event), once read. */
  readonly closeCode: number | undefined;
  /** Stops reading. */
  pause(): void;
  /** Reads again. */
  resume(): void;
  /** Sends one BackMsg (numbered here). */
  send(msg: Record<string, unknown>): Promise<void>;
  close(): void;
}

function track(messages: ForwardMsg[], widgets: Map<string, string>, batch: ForwardMsg[]): void {
  for (const msg of batch) {
    messages.push(msg);
    if (msg.type === 'delta' && 'element' in msg && typeof msg.element['id'] === 'string')
      widgets.set(String(msg.element['label']), msg.element['id']);
  }
}

/** Opens a slow client to the app at `mount` (`http://127.0.0.1:<port>/app`) over `transport`; resolves once it has its session. */
export async function slowClient(mount: string, transport: TransportName): Promise<SlowClient> {
  const messages: ForwardMsg[] = [];
  const widgets = new Map<string, string>();
  const hello = JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 });
  let cseq = 0;
  let closeCode: number | undefined;
  let client: SlowClient;

  if (transport === 'ws') {
    const ws = new WebSocket(`${mount.replace(/^http/, 'ws')}/_lit-ui/ws`, { perMessageDeflate: false });
    ws.on('message', (data) => track(messages, widgets, JSON.parse(frameText(data)) as ForwardMsg[]));
    ws.on('close', (code) => (closeCode = code));
    ws.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(hello);
    const socket = () => (ws as unknown as { _socket: Socket })._socket;
    client = {
      messages,
      widgets,
      get closeCode() {
        return closeCode;
      },
      pause: () => socket().pause(),
      resume: () => socket().resume(),
      send: async (msg) => void ws.send(JSON.stringify({ cseq: ++cseq, ...msg })),
      close: () => ws.terminate(),
    };
  } else {
    const parser = new EventStreamParser();
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(`${mount}/_lit-ui/stream`, { method: 'POST', headers: { 'content-type': 'application/json' } }, resolve);
      req.on('error', reject);
      req.end(hello);
    });
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      for (const event of parser.push(chunk)) {
        if (event.event === 'close') closeCode = (JSON.parse(event.data) as { code: number }).code;
        else track(messages, widgets, JSON.parse(event.data) as ForwardMsg[]);
      }
    });
    response.on('error', () => undefined);
    client = {
      messages,
      widgets,
      get closeCode() {
        return closeCode;
      },
      pause: () => response.pause(),
      resume: () => response.resume(),
      send: async (msg) => {
        const session = messages.find((m) => m.type === 'newSession');
        if (session?.type !== 'newSession') throw new Error('no session yet');
        const sent = await fetch(`${mount}/_lit-ui/send`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-ndjson',
            'x-lit-ui-session-id': session.sessionId,
            'x-lit-ui-session-token': session.sessionToken ?? '',
          },
          body: JSON.stringify({ cseq: ++cseq, ...msg }),
        });
        if (sent.status !== 202) throw new Error(`send: HTTP ${sent.status} ${await sent.text()}`);
      },
      close: () => response.destroy(),
    };
  }
  await waitFor(() => messages.some((m) => m.type === 'sessionStatus' && m.state === 'idle'));
  return client;
}
