/** One server-sent event, as the HTML standard's event stream interpretation dispatches it. */
export interface ServerSentEvent {
  /** `event:` field, `'message'` when absent. */
  readonly event: string;
  /** The `data:` lines joined with `\n`. */
  readonly data: string;
  /** The last `id:` seen so far on the stream (it persists across events), `''` if none. */
  readonly lastEventId: string;
}

/**
 * An incremental `text/event-stream` parser (the HTML standard's
 * interpretation, without the `retry` field): feed it decoded text in
 * chunks of any size; it returns the events completed by each chunk. Lines
 * end with CRLF, LF or CR; comments (`:`) and unknown fields are skipped;
 * an event without data is not dispatched.
 *
 * @example
 * ```ts
 * const parser = new EventStreamParser();
 * parser.push('id: 3\ndata: [1,');   // []
 * parser.push('2]\n\n');             // [{ event: 'message', data: '[1,2]', lastEventId: '3' }]
 * ```
 */
export class EventStreamParser {
  /** Text of the line not yet ended, in the pieces it came in (joined once, when it ends: a first load is one long line). */
  private pending: string[] = [];
  /** The last chunk ended in CR: an LF starting the next one belongs to it. */
  private afterCR = false;
  private data: string[] = [];
  private event = '';
  private lastEventId = '';

  /** Parses `chunk` (decoded text); returns the events it completed, in order. */
  push(chunk: string): ServerSentEvent[] {
    if (this.afterCR && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.afterCR = false;
    const events: ServerSentEvent[] = [];
    // Only the new chunk is scanned: what is pending holds no line end.
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c !== '\n' && c !== '\r') continue;
      const piece = chunk.slice(start, i);
      const line = this.pending.length > 0 ? this.pending.join('') + piece : piece;
      this.pending = [];
      this.line(line, events);
      if (c === '\r') {
        if (i === chunk.length - 1) this.afterCR = true;
        else if (chunk[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    if (start < chunk.length) this.pending.push(chunk.slice(start));
    return events;
  }

  private line(line: string, events: ServerSentEvent[]): void {
    if (line === '') {
      if (this.data.length > 0) events.push({ event: this.event || 'message', data: this.data.join('\n'), lastEventId: this.lastEventId });
      this.data = [];
      this.event = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
  }
}
