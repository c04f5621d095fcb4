import { describe, expect, it } from 'vitest';
import { EventStreamParser } from './eventStreamParser.js';

describe('EventStreamParser', () => {
  it('dispatches events at blank lines, whatever the chunking, with LF, CRLF or CR line ends', () => {
    const text = 'id: 1\ndata: [1]\n\n: keep-alive\n\nevent: close\r\ndata: {"code":1001}\r\n\r\nid: 7\rdata: a\rdata: b\r\r';
    const expected = [
      { event: 'message', data: '[1]', lastEventId: '1' },
      { event: 'close', data: '{"code":1001}', lastEventId: '1' },
      { event: 'message', data: 'a\nb', lastEventId: '7' },
    ];
    for (const size of [1, 2, 3, 5, 8, text.length]) {
      const parser = new EventStreamParser();
      const events = [];
      for (let i = 0; i < text.length; i += size) events.push(...parser.push(text.slice(i, i + size)));
      expect(events, `chunks of ${size}`).toEqual(expected);
    }
  });

  it('skips comments, unknown fields and events without data; keeps one leading space only', () => {
    const parser = new EventStreamParser();
    expect(parser.push(':comment\n\nretry: 10\nfoo: bar\n\nevent: x\n\ndata:  two spaces\ndata\n\n')).toEqual([
      { event: 'message', data: ' two spaces\n', lastEventId: '' },
    ]);
  });

  it('joins a data line that comes in many chunks (a large first load) once, whole', () => {
    const data = JSON.stringify(
      Array.from({ length: 5000 }, (_, i) => ({ type: 'delta', seq: i, path: [0, i], element: { type: 'text', body: `row ${i}` } })),
    );
    const text = `id: 5000\ndata: ${data}\n\n`;
    const parser = new EventStreamParser();
    const events = [];
    for (let i = 0; i < text.length; i += 16_384) events.push(...parser.push(text.slice(i, i + 16_384)));
    expect(events).toEqual([{ event: 'message', data, lastEventId: '5000' }]);
  });

  it('holds an incomplete event until its blank line arrives', () => {
    const parser = new EventStreamParser();
    expect(parser.push('data: [1,2')).toEqual([]);
    expect(parser.push(']\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'message', data: '[1,2]', lastEventId: '' }]);
  });
});
