import type { Scheduler } from '../../protocol/scheduler.js';

/** Options of {@link EventStream}. */
export interface EventStreamOptions {
  /** A comment is written when nothing else was for this long, in ms; `0` turns keep-alives off. */
  readonly keepAliveMs: number;
  readonly scheduler: Pick<Scheduler, 'setTimeout' | 'clearTimeout'>;
  /** Called once when the stream ends, whichever side ended it. */
  readonly onEnd: () => void;
}

const encoder = new TextEncoder();

/**
 * The body of one `text/event-stream` response: text is written as UTF-8
 * chunks into a web `ReadableStream` that the host pulls as its socket
 * drains, so `bufferedBytes` is what the client has not taken yet (the
 * backpressure signal). Keep-alive comments go out when the stream is idle.
 * It ends when the server calls `end()` or the reader cancels (the client
 * went away), and tells `onEnd` once.
 */
export class EventStream {
  readonly body: ReadableStream<Uint8Array>;
  private controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  private open = true;
  private wrote = false;
  private timer: unknown;

  constructor(private readonly options: EventStreamOptions) {
    this.body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.controller = controller;
        },
        cancel: () => this.finish(),
      },
      // Count bytes, and let nothing pile up before the host reads: desiredSize is then minus the unread bytes.
      { highWaterMark: 0, size: (chunk) => chunk.byteLength },
    );
    this.schedule();
  }

  /** False once the stream has ended. */
  get isOpen(): boolean {
    return this.open;
  }

  /** Bytes written but not yet taken by the host's reader. */
  get bufferedBytes(): number {
    const desired = this.controller?.desiredSize ?? 0;
    return desired === null || desired >= 0 ? 0 : -desired;
  }

  /** Writes `text` (one or more complete events); returns its size in bytes, 0 once ended. */
  write(text: string): number {
    if (!this.open || !this.controller) return 0;
    const bytes = encoder.encode(text);
    this.wrote = true;
    this.controller.enqueue(bytes);
    return bytes.byteLength;
  }

  /** Ends the stream after what was written (the host still delivers it). */
  end(): void {
    if (!this.open) return;
    try {
      this.controller?.close();
    } catch {
      // Already closed by a cancel.
    }
    this.finish();
  }

  /**
   * Ends the stream at once, dropping what the host has not taken: the body
   * errors with an `AbortError`, so the host drops the response's
   * connection (for a client too slow to read even the end of the stream).
   */
  abort(): void {
    if (!this.open) return;
    try {
      this.controller?.error(Object.assign(new Error('The client fell too far behind'), { name: 'AbortError' }));
    } catch {
      // Already closed by a cancel.
    }
    this.finish();
  }

  private finish(): void {
    if (!this.open) return;
    this.open = false;
    if (this.timer !== undefined) this.options.scheduler.clearTimeout(this.timer);
    this.timer = undefined;
    this.options.onEnd();
  }

  private schedule(): void {
    if (!(this.options.keepAliveMs > 0)) return;
    this.timer = this.options.scheduler.setTimeout(() => {
      this.timer = undefined;
      if (!this.open) return;
      if (!this.wrote) this.write(':\n\n');
      this.wrote = false;
      this.schedule();
    }, this.options.keepAliveMs);
  }
}
