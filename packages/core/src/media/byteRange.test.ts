import { describe, expect, it } from 'vitest';
import { MAX_RANGES, multipartRanges, parseRanges } from './byteRange.js';

describe('parseRanges', () => {
  it('reads first-last, open-ended and suffix ranges, clamped to the resource', () => {
    expect(parseRanges('bytes=0-99', 1000)).toEqual([{ start: 0, end: 99 }]);
    expect(parseRanges('bytes=900-', 1000)).toEqual([{ start: 900, end: 999 }]);
    expect(parseRanges('bytes=-10', 1000)).toEqual([{ start: 990, end: 999 }]);
    expect(parseRanges('bytes=-5000', 1000)).toEqual([{ start: 0, end: 999 }]);
    expect(parseRanges('bytes=990-5000', 1000)).toEqual([{ start: 990, end: 999 }]);
  });

  it('reads several ranges, sorted, merged where they overlap or touch, the ones outside dropped', () => {
    expect(parseRanges('bytes=0-1,4-5', 10)).toEqual([
      { start: 0, end: 1 },
      { start: 4, end: 5 },
    ]);
    expect(parseRanges('bytes=50-, 0-9, 5-19, 20-24, -5, 100-200', 60)).toEqual([
      { start: 0, end: 24 },
      { start: 50, end: 59 },
    ]);
  });

  it('says unsatisfiable when no range lies inside the resource', () => {
    expect(parseRanges('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRanges('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseRanges('bytes=0-0', 0)).toBe('unsatisfiable');
    expect(parseRanges('bytes=1000-1001, 2000-', 1000)).toBe('unsatisfiable');
  });

  it('ignores what it may ignore: no header, other units, a malformed spec, too many ranges', () => {
    expect(parseRanges(null, 10)).toBeUndefined();
    expect(parseRanges('items=0-1', 10)).toBeUndefined();
    expect(parseRanges('bytes=5-2', 10)).toBeUndefined();
    expect(parseRanges('bytes=-', 10)).toBeUndefined();
    expect(parseRanges('bytes=0-1,x', 10)).toBeUndefined();
    const many = Array.from({ length: MAX_RANGES + 1 }, (_, i) => `${i * 10}-${i * 10 + 1}`).join(',');
    expect(parseRanges(`bytes=${many}`, 1000)).toBeUndefined();
    expect(parseRanges(`bytes=${many}`.replace(/,\d+-\d+$/, ''), 1000)).toHaveLength(MAX_RANGES);
  });
});

describe('multipartRanges', () => {
  it('makes one part per range with its type and Content-Range, and a closing boundary', async () => {
    const blob = new Blob([new TextEncoder().encode('0123456789abcdef')]);
    const { body, contentType } = multipartRanges(
      blob,
      [
        { start: 0, end: 2 },
        { start: 10, end: 15 },
      ],
      'video/mp4',
    );
    const boundary = /^multipart\/byteranges; boundary=(\S+)$/.exec(contentType)?.[1];
    expect(boundary).toBeDefined();
    expect(await body.text()).toBe(
      `\r\n--${boundary}\r\ncontent-type: video/mp4\r\ncontent-range: bytes 0-2/16\r\n\r\n012` +
        `\r\n--${boundary}\r\ncontent-type: video/mp4\r\ncontent-range: bytes 10-15/16\r\n\r\nabcdef` +
        `\r\n--${boundary}--\r\n`,
    );
  });
});
