// A lit-ui client over a real WebSocket (ws), as the browser's is: connectWebSocket from
// @lit-ui/transport-ws/client (ClientSession: hello, seq, cseq, acknowledgements). It counts the bytes
// of the frames it receives and resolves waits on what the page shows.
import WebSocket from 'ws';
import { connectWebSocket } from '@lit-ui/transport-ws/client';

/**
 * Opens a session on `wsUrl`. `onDelta(msg)` sees every delta. Returns
 * { ready, bytes, sliderId, idle(), send(msg), close() }; `ready` resolves after the first run.
 */
export function openClient(wsUrl, { onDelta } = {}) {
  const stats = { bytes: 0, frames: 0 };
  class CountingWebSocket extends WebSocket {
    constructor(url) {
      super(url);
      this.addEventListener('message', (event) => {
        stats.bytes += Buffer.byteLength(event.data);
        stats.frames += 1;
      });
    }
  }
  let sliderId;
  let waiters = [];
  const connection = connectWebSocket({
    url: wsUrl,
    WebSocket: CountingWebSocket,
    store: null,
    hello: () => ({ url: wsUrl, pagePath: '', query: '' }),
    onMessage: (msg) => {
      if (msg.type === 'delta') {
        if (msg.element?.type === 'slider') sliderId = msg.element.id;
        onDelta?.(msg);
      }
      if (msg.type === 'sessionStatus' && msg.state === 'idle') {
        const current = waiters;
        waiters = [];
        for (const resolve of current) resolve();
      }
    },
  });
  const idle = () => new Promise((resolve) => waiters.push(resolve));
  const client = {
    ready: idle(),
    stats,
    get sliderId() {
      return sliderId;
    },
    idle,
    setSlider: (value) => connection.send({ type: 'rerunScript', widgets: [{ id: sliderId, value }] }),
    close: () => connection.close(),
  };
  return client;
}
