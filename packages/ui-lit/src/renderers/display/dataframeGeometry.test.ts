import { describe, expect, it } from 'vitest';
import { bodyHeight, columnRange, firstRowAt, MAX_BODY_PX, rowRange, rowTop, stretchWidths } from './dataframeGeometry.js';

describe('row geometry', () => {
  it('maps scroll to rows one to one while the body fits', () => {
    expect(bodyHeight(1000, 35)).toBe(35_000);
    expect(firstRowAt(350, 1000, 35, 300)).toBe(10);
    expect(rowRange(10, 300, 35, 1000)).toEqual({ start: 4, end: 25 });
    expect(rowTop(12, 10, 350, 35)).toBe(420);
  });

  it('keeps every row of 3 million reachable with a capped body', () => {
    const rows = 3_000_000;
    const viewport = 325;
    expect(bodyHeight(rows, 35)).toBe(MAX_BODY_PX);
    const maxScroll = MAX_BODY_PX - viewport;
    const first = firstRowAt(maxScroll, rows, 35, viewport);
    const range = rowRange(first, viewport, 35, rows);
    expect(range.end).toBe(rows);
    // The last row ends exactly at the bottom of the body.
    expect(rowTop(rows - 1, first, maxScroll, 35) + 35).toBeCloseTo(MAX_BODY_PX, 6);
    expect(firstRowAt(0, rows, 35, viewport)).toBe(0);
    expect(firstRowAt(maxScroll / 2, rows, 35, viewport)).toBeCloseTo((rows - viewport / 35) / 2, 3);
  });
});

describe('column geometry', () => {
  it('finds the columns in view with their offset', () => {
    const widths = Array.from({ length: 100 }, () => 100);
    expect(columnRange(widths, 0, 800)).toEqual({ start: 0, end: 12, offset: 0 });
    expect(columnRange(widths, 5000, 800)).toEqual({ start: 45, end: 62, offset: 4500 });
    expect(columnRange([50, 60], 0, 800)).toEqual({ start: 0, end: 2, offset: 0 });
  });

  it('stretches narrow tables to the width available', () => {
    expect(stretchWidths([100, 100], 500)).toEqual([250, 250]);
    expect(stretchWidths([100, 300], 300)).toEqual([100, 300]);
  });
});
