import type { ForwardMsg } from '../../protocol/forwardMsg.js';

/** One parsed server-sent event (comments are reported as `comment`). */
export interface TestEvent {
  readonly event: string;
  readonly id: string | undefined;
  readonly data: string;
  readonly comment: boolean;
}

/** Test helper: reads a `text/event-stream` body event by event, as a client would. */
export class TestEventReader {
  readonly events: TestEvent[] = [];
  private readonly reader: { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(reason?: unknown): Promise<void> };
  private readonly decoder = new TextDecoder();
  private buffer = '';
  private ended = false;

  constructor(body: ReadableStream<Uint8Array> | null) {
    if (!body) throw new Error('no body');
    this.reader = body.getReader();
  }

  get done(): boolean {
    return this.ended;
  }

  /** Every ForwardMsg of the data events read so far, in order. */
  messages(): ForwardMsg[] {
    return this.events.filter((e) => !e.comment && e.event === 'message').flatMap((e) => JSON.parse(e.data) as ForwardMsg[]);
  }

  /** Reads until `test` holds for the events read so far, or the stream ends (then throws). */
  async until(test: (reader: TestEventReader) => boolean): Promise<void> {
    while (!test(this)) {
      if (this.ended) throw new Error(`stream ended; events: ${JSON.stringify(this.events)}`);
      await this.readChunk();
    }
  }

  /** Reads to the end of the stream. */
  async toEnd(): Promise<void> {
    while (!this.ended) await this.readChunk();
  }

  cancel(): Promise<void> {
    return this.reader.cancel();
  }

  private async readChunk(): Promise<void> {
    const { done, value } = await this.reader.read();
    if (done || !value) {
      this.ended = true;
      return;
    }
    this.buffer += this.decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, cut);
      this.buffer = this.buffer.slice(cut + 2);
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith(':'))) {
        this.events.push({ event: '', id: undefined, data: lines.join('\n'), comment: true });
        continue;
      }
      const field = (name: string) => lines.filter((l) => l.startsWith(`${name}: `)).map((l) => l.slice(name.length + 2));
      this.events.push({ event: field('event')[0] ?? 'message', id: field('id')[0], data: field('data').join('\n'), comment: false });
    }
  }
}
