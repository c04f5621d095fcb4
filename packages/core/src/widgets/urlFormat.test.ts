import { describe, expect, it } from 'vitest';
import { urlValuesOf, wireOfUrlValues, type UrlFormat } from './urlFormat.js';

describe('URL formats of bound widgets', () => {
  it('round-trips each kind of item', () => {
    const cases: [UrlFormat, unknown, string[]][] = [
      [{ item: 'text' }, 'a b', ['a b']],
      [{ item: 'number' }, -1.5, ['-1.5']],
      [{ item: 'boolean' }, false, ['false']],
      [{ item: 'day' }, Date.UTC(2024, 4, 1), ['2024-05-01']],
      [{ item: 'instant' }, Date.UTC(2024, 4, 1, 13, 30), ['2024-05-01T13:30']],
      [{ item: 'instant' }, Date.UTC(2024, 4, 1, 13, 30, 5), ['2024-05-01T13:30:05']],
      [{ item: { labels: ['x', 'y'] } }, 1, ['y']],
      [{ item: { labels: ['x', 'y'] }, list: true }, [1, 0], ['y', 'x']],
      [{ item: 'number', list: true }, [10, 90], ['10', '90']],
    ];
    for (const [format, wire, values] of cases) {
      expect(urlValuesOf(format, wire as never)).toEqual(values);
      expect(wireOfUrlValues(format, values)).toEqual(wire);
    }
  });

  it('a cleared widget is one empty value; a scalar reads the last of a repeated key', () => {
    expect(urlValuesOf({ item: 'number' }, null)).toEqual(['']);
    expect(urlValuesOf({ item: 'text', list: true }, [])).toEqual(['']);
    expect(wireOfUrlValues({ item: 'number' }, [''])).toBeNull();
    expect(wireOfUrlValues({ item: 'text', list: true }, [''])).toEqual([]);
    expect(wireOfUrlValues({ item: 'number' }, ['1', '2'])).toBe(2);
  });

  it('hands on what does not parse, for the widget to refuse', () => {
    expect(wireOfUrlValues({ item: 'number' }, ['12abc'])).toBe('12abc');
    expect(wireOfUrlValues({ item: 'boolean' }, ['yes'])).toBe('yes');
    expect(wireOfUrlValues({ item: 'day' }, ['2024-13-45'])).toBe('2024-13-45');
    expect(wireOfUrlValues({ item: { labels: ['x'] } }, ['z'])).toBe('z');
    expect(wireOfUrlValues({ item: 'boolean' }, ['TRUE'])).toBe(true);
  });
});
