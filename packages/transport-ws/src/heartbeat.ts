import type { Scheduler } from '@lit-ui/core';

/** The part of a socket the heartbeat drives (a `ws` WebSocket fits). */
export interface HeartbeatSocket {
  ping(): void;
  terminate(): void;
}

/** Options of {@link createHeartbeat}. */
export interface HeartbeatOptions {
  /** Ping interval in ms; a socket that has not answered the previous ping is terminated. */
  readonly pingMs: number;
  /** Timers. Default: the global ones (unref'ed, so they never keep the process alive). */
  readonly scheduler?: Pick<Scheduler, 'setTimeout' | 'clearTimeout'>;
}

/** Liveness checks for a set of sockets. */
export interface Heartbeat {
  /** Starts watching a socket (alive until a ping goes unanswered). */
  track(socket: HeartbeatSocket): void;
  /** The socket answered (a pong, or any frame): it is alive. */
  alive(socket: HeartbeatSocket): void;
  /** Stops watching a socket (it closed). */
  untrack(socket: HeartbeatSocket): void;
  /** Stops the timer; tracked sockets are left alone. */
  stop(): void;
}

const defaultTimers: Pick<Scheduler, 'setTimeout' | 'clearTimeout'> = {
  setTimeout(fn, ms) {
    const handle = setTimeout(fn, ms);
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * One timer for every socket of a transport: each `pingMs`, a socket that
 * answered since the last round is pinged again, one that did not is
 * terminated (its `close` event then fires as usual). Half-open TCP
 * connections, which never report a close, are found within two intervals.
 *
 * @param options - Interval (ms) and timers.
 * @returns A {@link Heartbeat}; the timer runs only while sockets are tracked.
 *
 * @example
 * ```ts
 * const heartbeat = createHeartbeat({ pingMs: 30_000 });
 * heartbeat.track(ws);
 * ws.on('pong', () => heartbeat.alive(ws));
 * ws.on('close', () => heartbeat.untrack(ws));
 * ```
 */
export function createHeartbeat(options: HeartbeatOptions): Heartbeat {
  const timers = options.scheduler ?? defaultTimers;
  const answered = new Map<HeartbeatSocket, boolean>();
  let timer: unknown;
  let running = false;

  const schedule = (): void => {
    if (running || answered.size === 0 || !(options.pingMs > 0)) return;
    running = true;
    timer = timers.setTimeout(tick, options.pingMs);
  };

  function tick(): void {
    running = false;
    for (const [socket, ok] of answered) {
      if (!ok) {
        answered.delete(socket);
        socket.terminate();
        continue;
      }
      answered.set(socket, false);
      try {
        socket.ping();
      } catch {
        // A socket that cannot be pinged is closing; its close event untracks it.
      }
    }
    schedule();
  }

  return {
    track(socket) {
      answered.set(socket, true);
      schedule();
    },
    alive(socket) {
      if (answered.has(socket)) answered.set(socket, true);
    },
    untrack(socket) {
      answered.delete(socket);
    },
    stop() {
      if (running) timers.clearTimeout(timer);
      running = false;
      answered.clear();
    },
  };
}
