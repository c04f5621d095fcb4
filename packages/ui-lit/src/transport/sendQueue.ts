import { NDJSON, SESSION_ID_HEADER, SESSION_TOKEN_HEADER } from '@lit-ui/core/protocol';

/** Options of {@link SendQueue}. */
export interface SendQueueOptions {
  /** Absolute URL of `<mount>/_lit-ui/send`. */
  readonly url: string;
  readonly fetch: typeof globalThis.fetch;
  /** The session's id and token, read at each POST (they go in headers, never the URL). */
  readonly session: () => { readonly id: string | undefined; readonly token: string | undefined };
  /** Delay before retrying after `failures` failed POSTs in a row, in ms. */
  readonly retryDelayMs: (failures: number) => number;
  /** The server no longer knows this stream (404, 401, 403): the connection reopens it, which re-sends every unacknowledged frame. */
  readonly onStreamLost: () => void;
  /** The server refused this frame alone (400, 413): it will never be taken, so the connection drops it. */
  readonly onRefused: (frame: string, status: number, message: string) => void;
}

/** Largest body the queue puts in one POST before it has heard the server's limit, in bytes. */
const DEFAULT_BATCH_BYTES = 64 * 1024;
const encoder = new TextEncoder();

/**
 * The upward half of the HTTP streaming client: BackMsg frames go out as
 * `POST <mount>/_lit-ui/send`, one POST at a time, each carrying every
 * frame queued meanwhile (one per line). Strict order matters: the server
 * ignores a `cseq` at or below the last it applied, so a later frame must
 * never overtake an earlier one. A POST that fails (network, 5xx, 429) is
 * retried with the same frames, with back-off; the server applies a repeated
 * `cseq` once. Nothing goes out until `start()` (the stream has said which
 * session it is); `reset()` drops everything when the stream is lost, because
 * the session re-sends every unacknowledged frame on the next stream.
 */
export class SendQueue {
  /** Largest POST body, in bytes (the stream's `x-lit-ui-max-post-bytes`). */
  maxBodyBytes = DEFAULT_BATCH_BYTES;
  private frames: string[] = [];
  private ready = false;
  private busy = false;
  private generation = 0;
  private failures = 0;
  private oneByOne = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly options: SendQueueOptions) {}

  /** Frames queued or in flight. */
  get pending(): number {
    return this.frames.length;
  }

  /** Queues a frame; it goes out as soon as the queue is started and no POST is in flight. */
  push(frame: string): void {
    this.frames.push(frame);
    this.pump();
  }

  /** The stream knows the session: send. */
  start(): void {
    this.ready = true;
    this.pump();
  }

  /** The stream is gone: forget queued frames, abandon the POST in flight and any retry. */
  reset(): void {
    this.generation++;
    this.ready = false;
    this.busy = false;
    this.frames = [];
    this.failures = 0;
    this.oneByOne = 0;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  private pump(): void {
    if (!this.ready || this.busy || this.timer !== undefined || this.frames.length === 0) return;
    const { id, token } = this.options.session();
    if (id === undefined || token === undefined) return;
    const batch = this.take();
    const generation = this.generation;
    this.busy = true;
    this.abort = new AbortController();
    this.options
      .fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': NDJSON, [SESSION_ID_HEADER]: id, [SESSION_TOKEN_HEADER]: token },
        body: batch.join('\n'),
        signal: this.abort.signal,
        cache: 'no-store',
        credentials: 'include',
      })
      .then(
        async (response) => {
          if (generation !== this.generation) return;
          const message = response.ok ? '' : await response.text().catch(() => '');
          if (generation !== this.generation) return;
          this.busy = false;
          this.answered(batch, response.status, message);
        },
        () => {
          if (generation !== this.generation) return;
          this.busy = false;
          this.retryLater(batch);
        },
      );
  }

  /** The next POST's frames: as many as fit the body limit, at least one (or one alone while splitting a refused batch). */
  private take(): string[] {
    if (this.oneByOne > 0) {
      this.oneByOne--;
      return this.frames.splice(0, 1);
    }
    let bytes = 0;
    let count = 0;
    for (const frame of this.frames) {
      const size = encoder.encode(frame).byteLength + 1;
      if (count > 0 && bytes + size > this.maxBodyBytes) break;
      bytes += size;
      count++;
    }
    return this.frames.splice(0, count);
  }

  private answered(batch: string[], status: number, message: string): void {
    if (status >= 200 && status < 300) {
      this.failures = 0;
    } else if (status === 400 || status === 413) {
      if (batch.length > 1) {
        this.frames.unshift(...batch);
        this.oneByOne = batch.length;
      } else {
        this.options.onRefused(batch[0]!, status, message);
      }
    } else if (status === 401 || status === 403 || status === 404) {
      this.frames.unshift(...batch);
      this.options.onStreamLost();
      return;
    } else {
      this.retryLater(batch);
      return;
    }
    this.pump();
  }

  private retryLater(batch: string[]): void {
    this.frames.unshift(...batch);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, this.options.retryDelayMs(this.failures++));
  }
}
