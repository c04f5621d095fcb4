// A lit-ui client over a real WebSocket (ws), as the browser's is: connectWebSocket from
// @lit-ui/transport-ws/client (ClientSession: hello, seq, cseq, acknowledgements). It counts the bytes
// of the frames it receives and resolves waits on what the page shows.
import WebSocket from 'ws';
import { connectWebSocket } from '@lit-ui/transport-ws/client';

/** @typedef {import('@lit-ui/core/protocol').DeltaMsg} DeltaMsg */
/** @typedef {NonNullable<import('@lit-ui/transport-ws/client').WebSocketClientOptions['WebSocket']>} ClientWebSocket */

/**
 * Opens a session on `wsUrl`. `onDelta(msg)` sees every delta. Returns
 * { ready, stats, sliderId, idle(), setSlider(value), close() }; `ready` resolves after the first run.
 * @param {string} wsUrl
 * @param {{ onDelta?: (msg: DeltaMsg) => void }} [options]
 */
export function openClient(wsUrl, { onDelta } = {}) {
  const stats = { bytes: 0, frames: 0 };
  class CountingWebSocket extends WebSocket {
    /** @param {string} url */
    constructor(url) {
      super(url);
      this.addEventListener('message', (event) => {
        stats.bytes += Buffer.byteLength(/** @type {string | Buffer} */ (event.data));
        stats.frames += 1;
      });
    }
  }
  /** @type {string | undefined} */
  let sliderId;
  /** @type {(() => void)[]} */
  let waiters = [];
  const connection = connectWebSocket({
    url: wsUrl,
    // ws's class implements the browser WebSocket API the client uses; its declared types differ in detail.
    WebSocket: /** @type {ClientWebSocket} */ (/** @type {unknown} */ (CountingWebSocket)),
    store: null,
    hello: () => ({ url: wsUrl, pagePath: '', query: '' }),
    onMessage: (msg) => {
      if (msg.type === 'delta') {
        if ('element' in msg && msg.element.type === 'slider') sliderId = /** @type {string} */ (msg.element.id);
        onDelta?.(msg);
      }
      if (msg.type === 'sessionStatus' && msg.state === 'idle') {
        const current = waiters;
        waiters = [];
        for (const resolve of current) resolve();
      }
    },
  });
  /** @returns {Promise<void>} resolves when the session is next idle */
  const idle = () => new Promise((resolve) => waiters.push(() => resolve()));
  const client = {
    ready: idle(),
    stats,
    get sliderId() {
      return sliderId;
    },
    idle,
    /** @param {number} value */
    setSlider: (value) => connection.send({ type: 'rerunScript', widgets: [{ id: sliderId ?? '', value }] }),
    close: () => connection.close(),
  };
  return client;
}
