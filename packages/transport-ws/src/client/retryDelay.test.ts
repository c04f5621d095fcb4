import { describe, expect, it } from 'vitest';
import { retryDelay } from './retryDelay.js';

describe('retryDelay', () => {
  it('doubles per attempt up to the cap', () => {
    const low = (attempt: number) => retryDelay(attempt, 250, 5000, () => 0);
    expect([0, 1, 2, 3, 4, 5, 50].map(low)).toEqual([125, 250, 500, 1000, 2000, 2500, 2500]);
  });

  it('adds at most half the delay as jitter', () => {
    expect(retryDelay(0, 250, 5000, () => 0.999)).toBeCloseTo(249.875);
    expect(retryDelay(2, 250, 5000, () => 0.5)).toBe(750);
    for (let i = 0; i < 100; i++) {
      const delay = retryDelay(3, 250, 5000);
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThan(2000);
    }
  });
});
