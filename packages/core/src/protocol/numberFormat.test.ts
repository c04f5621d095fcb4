import { describe, expect, it } from 'vitest';
import { NAMED_NUMBER_FORMATS, formatNumber, isNamedNumberFormat, numberFormatProblem } from './numberFormat.js';

const fmt = (value: number, format: string): string => formatNumber(value, format, 'en-US');

describe('formatNumber: named formats (as Streamlit, in en-US)', () => {
  it.each([
    [1234.567, 'plain', '1234.567'],
    [-0.5, 'plain', '-0.5'],
    [1234.567, 'localized', '1,234.567'],
    [1234.567, 'percent', '123,456.70%'],
    [0.00001, 'percent', '0.00%'],
    [1234.567, 'dollar', '$1,234.57'],
    [-5, 'dollar', '-$5.00'],
    [1234.567, 'euro', '€1,234.57'],
    [1234.567, 'yen', '¥1,235'],
    [1234, 'accounting', '1,234.00'],
    [-1234.5, 'accounting', '(1,234.50)'],
    [1234.567, 'compact', '1.2K'],
    [123456789, 'compact', '123.5M'],
    [10, 'compact', '10'],
    [1234.567, 'scientific', '1.235E3'],
    [0.000123, 'scientific', '1.23E-4'],
    [1234.567, 'engineering', '1.235E3'],
    [123456789, 'engineering', '123.457E6'],
  ])('%s as %s is %s', (value, format, expected) => {
    expect(fmt(value, format)).toBe(expected);
  });

  it('covers every named format, and follows the locale', () => {
    expect([...NAMED_NUMBER_FORMATS].sort()).toEqual(
      ['accounting', 'compact', 'dollar', 'engineering', 'euro', 'localized', 'percent', 'plain', 'scientific', 'yen'].sort(),
    );
    for (const name of NAMED_NUMBER_FORMATS) expect(isNamedNumberFormat(name)).toBe(true);
    expect(isNamedNumberFormat('%d')).toBe(false);
    expect(isNamedNumberFormat('toString')).toBe(false);
    expect(formatNumber(1234.5, 'localized', 'de-DE')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'euro', 'de-DE')).toBe('1.234,50\u00a0€');
  });
});

describe('formatNumber: printf formats through sprintf-js (as Streamlit)', () => {
  it.each([
    [10.123, '%d', '10'],
    [10.9, '%i', '10'],
    [-3.7, '%d', '-3'],
    [10.123, '%f', '10.123'],
    [3.14159, '%.2f', '3.14'],
    [0.1, '%.2f', '0.10'],
    [12.345, '%0.1f%%', '12.3%'],
    [10.126, '$%.2f', '$10.13'],
    [10.126, '($%.2f)', '($10.13)'],
    [65, '%d years', '65 years'],
    [5, '%d ⭐', '5 ⭐'],
    [-0.2, '%.0f', '-0'],
    [0.123456, '%.4g', '0.1235'],
    [0.5, '%g', '0.5'],
    [1234567, '%.3g', '1230000'],
    [12345, '%e', '1.2345e+4'],
    [1234.5678, '%.2e', '1.23e+3'],
    [0.000123456, '%.2e', '1.23e-4'],
    [42, '%05d', '00042'],
    [-42, '%05d', '-0042'],
    [-3.14159, '%08.3f', '-003.142'],
    [5, '%+d', '+5'],
    [2, '%+.1f', '+2.0'],
    [12345, '%8d', '   12345'],
    [12.34, '%8.2f', '   12.34'],
    [12345, "%'_8d", '___12345'],
    [7, '%-4d|', '7   |'],
    [12.34, '%-8.2f|', '12.34   |'],
    [255, '%x', 'ff'],
    [255, '%X', 'FF'],
    [8, '%o', '10'],
    [5, '%b', '101'],
    [3.5, '%s', '3.5'],
    [1, 'no placeholder', 'no placeholder'],
  ])('%s with %s is %s', (value, format, expected) => {
    expect(fmt(value, format)).toBe(expected);
  });

  it('gives no text for a non-finite number', () => {
    expect(fmt(Number.NaN, '%d')).toBe('');
    expect(fmt(Number.POSITIVE_INFINITY, 'dollar')).toBe('');
  });

  it('throws for what sprintf-js cannot read', () => {
    expect(() => fmt(1, '%,.2f')).toThrow(SyntaxError);
    expect(() => fmt(1, '%.1E')).toThrow(SyntaxError);
    expect(() => fmt(1, '%d and %d')).toThrow(TypeError);
  });
});

describe('numberFormatProblem', () => {
  it('accepts named and printf formats of one number', () => {
    for (const format of ['%d', '%.2f', '%0.1f%%', "%'_8d", 'percent', 'compact', 'no placeholder'])
      expect(numberFormatProblem(format)).toBeUndefined();
  });

  it('names the format and the fix otherwise', () => {
    expect(numberFormatProblem('%,.2f')).toMatch(
      /^'%,\.2f' is not a printf format of one number \(unexpected placeholder\); use e\.g\. '%d'.*'percent'/,
    );
    expect(numberFormatProblem('%d of %d')).toMatch(/expecting number but found undefined/);
    expect(numberFormatProblem('%q')).toMatch(/is not a printf format/);
    expect(numberFormatProblem(5 as unknown as string)).toBe('A number format must be a string, not number.');
  });
});
