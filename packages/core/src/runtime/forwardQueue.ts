import type { ForwardMsg, UnsequencedForwardMsg } from '../protocol/forwardMsg.js';
import type { ServerConnection } from '../protocol/transport.js';
import type { Scheduler } from './runtimeOptions.js';

/** Messages that are about the connection, not the session: `seq` 0, never replayed. */
type ConnectionMsg = Extract<UnsequencedForwardMsg, { type: 'newSession' | 'ack' | 'error' | 'dataWindow' }>;

/**
 * A session's outgoing messages (Streamlit's ForwardMsgQueue): numbers them
 * (`seq`), keeps the most recent ones in a bounded ring for replay after a
 * reconnect, and writes them to the connection in batches, one frame per
 * flush. A flush is scheduled on a macrotask after the first message, so a
 * synchronous stretch of script output travels as one frame; `flush()` sends
 * at once (the runner calls it when a run ends).
 */
export class ForwardQueue {
  private seq = 0;
  private ring: ForwardMsg[] = [];
  private batch: ForwardMsg[] = [];
  private connection: ServerConnection | undefined;
  private timer: unknown;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly replayLimit: number,
    /** Called right before a batch goes out; what it returns is appended (the run's `confirm`). */
    private readonly beforeFlush: () => UnsequencedForwardMsg | undefined = () => undefined,
  ) {}

  /** Seq of the last numbered message. */
  get lastSeq(): number {
    return this.seq;
  }

  /** True while a connection is attached. */
  get connected(): boolean {
    return this.connection !== undefined;
  }

  /** Numbers a session message, keeps it for replay and queues it for the client. */
  enqueue(msg: UnsequencedForwardMsg): void {
    const numbered = { ...msg, seq: ++this.seq } as ForwardMsg;
    this.ring.push(numbered);
    if (this.ring.length > this.replayLimit) this.ring.splice(0, this.ring.length - this.replayLimit);
    this.push(numbered);
  }

  /** Queues a connection-level message (`seq` 0): sent with the next flush, never replayed. */
  enqueueConnectionMsg(msg: ConnectionMsg): void {
    this.push({ ...msg, seq: 0 });
  }

  /**
   * Binds a connection whose client has applied every message up to
   * `lastSeq` (0: none). Queues every kept message after it and returns true;
   * returns false when some of them are no longer kept, or the client claims
   * more than was sent (the caller sends a snapshot instead). `greeting`
   * goes out first (the `newSession`).
   */
  attach(connection: ServerConnection, lastSeq: number, greeting: readonly ForwardMsg[] = []): boolean {
    this.connection = connection;
    this.batch = [...greeting];
    this.schedule();
    if (lastSeq >= this.seq) return lastSeq === this.seq;
    const first = this.ring[0];
    if (!first || first.seq > lastSeq + 1) return false;
    for (const msg of this.ring) if (msg.seq > lastSeq) this.batch.push(msg);
    return true;
  }

  /** Unbinds the connection; messages are still numbered and kept for replay. */
  detach(connection?: ServerConnection): void {
    if (connection && connection !== this.connection) return;
    this.connection = undefined;
    this.batch = [];
  }

  /** Sends the pending batch now. */
  flush(): void {
    if (this.timer !== undefined) {
      this.scheduler.clearTimeout(this.timer);
      this.timer = undefined;
    }
    const extra = this.connection ? this.beforeFlush() : undefined;
    if (extra) this.enqueue(extra);
    if (!this.connection || this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.connection.send(batch);
  }

  private push(msg: ForwardMsg): void {
    if (!this.connection) return;
    this.batch.push(msg);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer === undefined) this.timer = this.scheduler.setTimeout(() => this.flush(), 0);
  }
}
