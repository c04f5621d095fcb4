import { describe, expect, it } from 'vitest';
import { cursorMark, cursorRange, moveCursor, parseRangeText, rangeText, type GridCursor } from './dataframeCursor.js';

const size = { rows: 100, columns: 4, page: 10 };
const key = (k: string, mods: Partial<Pick<KeyboardEvent, 'shiftKey' | 'ctrlKey' | 'metaKey'>> = {}) =>
  ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, ...mods }) as KeyboardEvent;
const at = (position: number, c: number): GridCursor => ({ active: { position, c }, anchor: { position, c } });

describe('moveCursor', () => {
  it('starts at the first cell and moves by arrows, clamped to the table', () => {
    expect(moveCursor(undefined, key('ArrowDown'), size)?.active).toEqual({ position: 1, c: 0 });
    expect(moveCursor(at(0, 0), key('ArrowUp'), size)?.active).toEqual({ position: 0, c: 0 });
    expect(moveCursor(at(5, 3), key('ArrowRight'), size)?.active).toEqual({ position: 5, c: 3 });
    expect(moveCursor(at(5, 3), key('ArrowLeft'), size)?.active).toEqual({ position: 5, c: 2 });
  });

  it('pages, jumps to the edges with Ctrl/Meta, Home/End, and Tab across columns', () => {
    expect(moveCursor(at(5, 1), key('PageDown'), size)?.active).toEqual({ position: 15, c: 1 });
    expect(moveCursor(at(95, 1), key('PageDown'), size)?.active).toEqual({ position: 99, c: 1 });
    expect(moveCursor(at(5, 1), key('ArrowDown', { ctrlKey: true }), size)?.active).toEqual({ position: 99, c: 1 });
    expect(moveCursor(at(5, 1), key('End'), size)?.active).toEqual({ position: 5, c: 3 });
    expect(moveCursor(at(5, 1), key('Home', { metaKey: true }), size)?.active).toEqual({ position: 0, c: 0 });
    expect(moveCursor(at(5, 1), key('Tab'), size)?.active).toEqual({ position: 5, c: 2 });
    expect(moveCursor(at(5, 1), key('Tab', { shiftKey: true }), size)).toEqual(at(5, 0));
  });

  it('extends the range with Shift, from the anchor', () => {
    const one = moveCursor(at(2, 1), key('ArrowDown', { shiftKey: true }), size)!;
    const two = moveCursor(one, key('ArrowRight', { shiftKey: true }), size)!;
    expect(two).toEqual({ active: { position: 3, c: 2 }, anchor: { position: 2, c: 1 } });
    expect(cursorRange(two)).toEqual({ top: 2, bottom: 3, left: 1, right: 2 });
    expect(moveCursor(two, key('ArrowDown'), size)).toEqual(at(4, 2));
  });

  it('ignores other keys and empty tables', () => {
    expect(moveCursor(at(1, 1), key('a'), size)).toBeUndefined();
    expect(moveCursor(undefined, key('ArrowDown'), { rows: 0, columns: 3, page: 5 })).toBeUndefined();
  });
});

describe('cursorMark', () => {
  it('marks the active cell and the rest of the range', () => {
    const cursor = { active: { position: 3, c: 2 }, anchor: { position: 2, c: 1 } };
    expect(cursorMark(cursor, 3, 2)).toBe(' lu-df-cell--active');
    expect(cursorMark(cursor, 2, 1)).toBe(' lu-df-cell--range');
    expect(cursorMark(cursor, 4, 1)).toBe('');
    expect(cursorMark(undefined, 0, 0)).toBe('');
  });
});

describe('range text', () => {
  it('copies a range as tab-separated lines, nulls empty, tabs and breaks inside a cell flattened', () => {
    const data = [
      ['Paris', 2102650, true],
      ['Ly\ton', null, { a: 1 }],
    ];
    expect(rangeText({ top: 0, bottom: 1, left: 0, right: 2 }, (p, c) => data[p]?.[c])).toBe('Paris\t2102650\ttrue\nLy on\t\t{"a":1}');
  });

  it('parses what spreadsheets paste: CRLF or LF lines, one final break, tabs between cells', () => {
    expect(parseRangeText('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseRangeText('only')).toEqual([['only']]);
    expect(parseRangeText('x\t\ty')).toEqual([['x', '', 'y']]);
  });
});
