import { describe, expect, it } from 'vitest';
import { columnWidths, formatBigInt, formatCell, formatDate, formatNumber, indexWidth } from './cells.js';

describe('cell formatting', () => {
  it('formats numbers with thousands separators and at most 4 decimals', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(-0.5)).toBe('-0.5');
    expect(formatNumber(3.14159265)).toBe('3.1416');
    expect(formatNumber(2.5)).toBe('2.5');
  });

  it('shortens ISO dates', () => {
    expect(formatDate('2024-01-05T00:00:00.000Z')).toBe('2024-01-05');
    expect(formatDate('2024-01-05T13:45:00.000Z')).toBe('2024-01-05 13:45:00');
    expect(formatDate('2024-01-05T13:45:00.250+02:00')).toBe('2024-01-05 13:45:00.250+02:00');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('gives each value a kind', () => {
    expect(formatCell(null, 'number')).toEqual({ text: 'null', kind: 'null' });
    expect(formatCell(true, 'boolean')).toEqual({ text: 'true', kind: 'boolean' });
    expect(formatCell('2024-01-05T00:00:00.000Z', 'date')).toEqual({ text: '2024-01-05', kind: 'date' });
    expect(formatCell({ a: [1] }, 'object')).toEqual({ text: '{"a":[1]}', kind: 'object' });
    expect(formatCell(12, 'object').kind).toBe('number');
  });

  it('sizes columns from header and content within bounds', () => {
    const [short, long] = columnWidths(
      [
        { name: 'a', type: 'number' },
        { name: 'b', type: 'string' },
      ],
      [[1, 'x'.repeat(500)]],
    );
    expect(short).toBe(64);
    expect(long).toBe(420);
  });

  it('shows big integers exactly, times and lists', () => {
    expect(formatBigInt('-12345678901234567890')).toBe('-12,345,678,901,234,567,890');
    expect(formatCell('1180591620717411303424', 'bigint')).toEqual({ text: '1,180,591,620,717,411,303,424', kind: 'number' });
    expect(formatCell('01:02:03.500', 'time')).toEqual({ text: '01:02:03.500', kind: 'date' });
    expect(formatCell([1, 2], 'list')).toEqual({ text: '[1,2]', kind: 'object' });
  });
});

describe('index column', () => {
  it('fits the last index as shown, thousands separators included', () => {
    expect(indexWidth(10)).toBe(44);
    // "2,999,999": 9 characters of 7.6 px plus 26 px of padding, not the 7 digits of 2999999.
    expect(indexWidth(3_000_000)).toBeCloseTo(9 * 7.6 + 26);
    expect(indexWidth(1_000)).toBeCloseTo(3 * 7.6 + 26);
  });
});
