import { describe, expect, it } from 'vitest';
import { decimalsOf, formatPrintf, formatWidgetNumber } from './printf.js';

describe('formatPrintf', () => {
  it('formats the conversions Streamlit apps use', () => {
    expect(formatPrintf('%d', 42.9)).toBe('42');
    expect(formatPrintf('%.2f', 3.14159)).toBe('3.14');
    expect(formatPrintf('%0.1f%%', 12.345)).toBe('12.3%');
    expect(formatPrintf('%e', 12345)).toBe('1.234500e+04');
    expect(formatPrintf('%.1E', 0.00012)).toBe('1.2E-04');
    expect(formatPrintf('%05d', -42)).toBe('-0042');
    expect(formatPrintf('%+d', 5)).toBe('+5');
    expect(formatPrintf('$%,.2f', 1234567.891)).toBe('$1,234,567.89');
    expect(formatPrintf('%-4d|', 7)).toBe('7   |');
    expect(formatPrintf('%g', 0.5)).toBe('0.5');
    expect(formatPrintf('%x', 255)).toBe('ff');
    expect(formatPrintf('%.0f', -0.2)).toBe('0');
  });
});

describe('formatWidgetNumber', () => {
  it('uses the format, a named format, or the step precision', () => {
    expect(formatWidgetNumber(3, '%d years', 1, true)).toBe('3 years');
    expect(formatWidgetNumber(0.256, 'percent', 0.01, false)).toBe('25.60%');
    expect(formatWidgetNumber(1234.5, 'dollar', 0.01, false)).toBe('$1,234.50');
    expect(formatWidgetNumber(0.5, undefined, 0.01, false)).toBe('0.50');
    expect(formatWidgetNumber(0.125, undefined, 0.005, false)).toBe('0.125');
    expect(formatWidgetNumber(7, undefined, 1, true)).toBe('7');
  });

  it('counts decimals', () => {
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(3)).toBe(0);
  });
});
