import { checkOrigin, type OriginCheck, type OriginOptions, type OriginRequest } from '@lit-ui/core';
import type { ConnectionHandle, ServerConnection } from '@lit-ui/core/protocol';

/** A queue whose `next()` waits for the next item pushed (test helper). */
export class Inbox<T> {
  readonly items: T[] = [];
  private read = 0;
  private waiters: Array<(item: T) => void> = [];

  push(item: T): void {
    this.items.push(item);
    const waiter = this.waiters.shift();
    if (waiter) {
      this.read++;
      waiter(item);
    }
  }

  /** The next item not yet returned by `next`, waiting up to `timeoutMs`. */
  next(timeoutMs = 2000): Promise<T> {
    if (this.read < this.items.length) return Promise.resolve(this.items[this.read++] as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Inbox.next timed out')), timeoutMs);
      this.waiters.push((item) => {
        clearTimeout(timer);
        resolve(item);
      });
    });
  }
}

/** One connection the fake runtime was handed. */
export interface FakeConnection {
  readonly conn: ServerConnection;
  /** Frames exactly as the transport passed them to `receive`. */
  readonly frames: Inbox<unknown>;
  closed: boolean;
  readonly whenClosed: Promise<void>;
}

/** A stand-in for the runtime: records connections and frames; tests script the replies. */
export interface FakeRuntime {
  readonly connections: Inbox<FakeConnection>;
  connect(conn: ServerConnection): ConnectionHandle;
  /** The real origin rule of core, with the options given to {@link createFakeRuntime}. */
  checkOrigin(request: OriginRequest): OriginCheck;
  /** Throw from the next `connect` call. */
  failNextConnect?: Error;
  /** Throw from every `receive` call while set. */
  failReceive?: Error;
}

/** Creates a {@link FakeRuntime} whose origin rule has `origins`' options. */
export function createFakeRuntime(origins: OriginOptions = {}): FakeRuntime {
  const runtime: FakeRuntime = {
    connections: new Inbox<FakeConnection>(),
    checkOrigin: (request) => checkOrigin(request, origins),
    connect(conn) {
      const failure = runtime.failNextConnect;
      if (failure) {
        runtime.failNextConnect = undefined;
        throw failure;
      }
      let markClosed: () => void = () => undefined;
      const record: FakeConnection = {
        conn,
        frames: new Inbox<unknown>(),
        closed: false,
        whenClosed: new Promise<void>((resolve) => (markClosed = resolve)),
      };
      runtime.connections.push(record);
      return {
        receive(frame) {
          if (runtime.failReceive) throw runtime.failReceive;
          record.frames.push(frame);
        },
        closed() {
          record.closed = true;
          markClosed();
        },
      };
    },
  };
  return runtime;
}
