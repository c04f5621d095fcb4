/**
 * Delay before reconnect attempt number `attempt` (0 for the first retry):
 * exponential backoff capped at `maxMs`, with "equal jitter" — half the
 * delay is fixed, half random — so a crowd of tabs that lost the same server
 * does not come back in lockstep, and no retry is immediate.
 *
 * @param attempt - Failed attempts so far (≥ 0).
 * @param baseMs - Delay of the first retry before jitter, in ms.
 * @param maxMs - Cap of the delay before jitter, in ms.
 * @param random - Source in [0, 1). Default `Math.random`.
 * @returns Milliseconds in `[d / 2, d)` where `d = min(maxMs, baseMs · 2^attempt)`.
 *
 * @example
 * ```ts
 * retryDelay(0, 250, 5000, () => 0.5); // 187.5
 * retryDelay(10, 250, 5000, () => 0);  // 2500
 * ```
 */
export function retryDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const capped = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return capped / 2 + (random() * capped) / 2;
}
