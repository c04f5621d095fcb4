import type { ForwardMsg } from '../protocol/forwardMsg.js';
import type { Scheduler } from '../protocol/scheduler.js';
import { CloseCode, type ServerConnection } from '../protocol/transport.js';
import { collapseDeltas } from './collapseDeltas.js';

/** Runtime option `backpressure`: how a session treats a client that reads more slowly than the app writes. */
export interface BackpressureOptions {
  /**
   * Bytes the transport may hold unsent (`ServerConnection.bufferedBytes`)
   * before the client counts as lagging: its batches then wait, and waiting
   * deltas for the same delta path collapse into the latest. Default 262 144.
   */
  readonly lagBytes?: number;
  /**
   * Bytes of output that may wait for a lagging client beyond `lagBytes`:
   * when what the transport holds plus what waits in the session's queue
   * (JSON) passes `lagBytes + maxQueuedBytes`, the client is disconnected
   * with `CloseCode.tryAgainLater` (1013), and it catches up by replay or
   * snapshot when it reconnects. Default 8 388 608.
   */
  readonly maxQueuedBytes?: number;
  /** How often a lagging connection is checked again, in ms. Default 25. */
  readonly pollMs?: number;
}

/** A connection with its outbound buffer; `dispose()` stops it when the transport reports the connection gone. */
export interface BufferedConnection extends ServerConnection {
  /** Bytes waiting in this buffer (JSON length of the held batch); 0 while the client keeps up. */
  readonly queuedBytes: number;
  dispose(): void;
}

/**
 * A session's bounded outbound queue in front of one transport connection.
 * While the client keeps up (the transport holds at most `lagBytes`), each
 * batch goes straight through. When it lags, batches are held here and
 * composed with `collapseDeltas` (one delta per path), and sent as one
 * batch once the transport has drained below `lagBytes`; if what is held
 * plus what the transport holds still grows past `lagBytes +
 * maxQueuedBytes` (the app keeps adding new elements), the connection is
 * closed with 1013 and the session waits for the client to resume. Memory
 * per slow client is thus bounded by `lagBytes + maxQueuedBytes` plus one
 * batch, plus the replay ring.
 *
 * @param connection - The transport's connection (it reports `bufferedBytes`; one without it never lags).
 * @param options - Thresholds, defaults filled in.
 * @param scheduler - Timers for the polls while lagging.
 * @returns A {@link BufferedConnection} to hand the session.
 */
export function withOutboundBuffer(
  connection: ServerConnection,
  options: Required<BackpressureOptions>,
  scheduler: Pick<Scheduler, 'setTimeout' | 'clearTimeout'>,
): BufferedConnection {
  let held: ForwardMsg[] = [];
  let heldBytes = 0;
  let timer: unknown;
  let done = false;
  const lagging = () => (connection.bufferedBytes ?? 0) > options.lagBytes;

  const stop = (): void => {
    done = true;
    held = [];
    heldBytes = 0;
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
  };

  const poll = (): void => {
    timer = undefined;
    if (done || held.length === 0) return;
    if (lagging()) {
      timer = scheduler.setTimeout(poll, options.pollMs);
      return;
    }
    const batch = held;
    held = [];
    heldBytes = 0;
    connection.send(batch);
  };

  return {
    context: connection.context,
    get bufferedBytes() {
      return connection.bufferedBytes;
    },
    get queuedBytes() {
      return heldBytes;
    },
    send(batch) {
      if (done) return 0;
      if (held.length === 0 && !lagging()) return connection.send(batch);
      held = collapseDeltas([...held, ...batch]);
      heldBytes = JSON.stringify(held).length;
      // What the transport still holds counts too: a flush moves the queue into it, so the two together stay bounded.
      if (heldBytes + (connection.bufferedBytes ?? 0) > options.lagBytes + options.maxQueuedBytes) {
        stop();
        connection.close(CloseCode.tryAgainLater, 'The client fell too far behind; reconnect to resume.');
        return 0;
      }
      if (timer === undefined) timer = scheduler.setTimeout(poll, options.pollMs);
      return 0;
    },
    close(code, reason) {
      stop();
      connection.close(code, reason);
    },
    dispose: stop,
  };
}
