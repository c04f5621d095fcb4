import { cacheData, cacheResource } from '@lit-ui/core';
import { AppTest } from '@lit-ui/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCachingApp } from './app.js';

const DELAY_MS = 150;

async function start() {
  const at = AppTest.fromFunction(createCachingApp({ delayMs: DELAY_MS }));
  await at.run();
  return at;
}

const loading = (at: Awaited<ReturnType<typeof start>>) => at.metric.find((m) => m.label?.startsWith('Loading'))!;
const computedAt = (at: Awaited<ReturnType<typeof start>>) => at.caption.find((c) => String(c.value).startsWith('🧮'))?.value;

describe('caching example', () => {
  beforeEach(async () => {
    await cacheData.clear();
    await cacheResource.clear();
  });

  it('is slow on the first call and fast on the next', async () => {
    const at = await start();
    expect(at.exception).toHaveLength(0);
    expect(loading(at).proto['delta']).toBe('cache miss');
    expect(parseInt(String(loading(at).value), 10)).toBeGreaterThanOrEqual(DELAY_MS - 5);
    const caption = computedAt(at);

    await at.run();
    expect(loading(at).proto['delta']).toBe('cache hit');
    expect(parseInt(String(loading(at).value), 10)).toBeLessThan(DELAY_MS / 2);
    // The caption written inside the cached function is replayed on the hit, unchanged.
    expect(computedAt(at)).toBe(caption);
    expect(at.dataframe[0]?.value).toHaveLength(12);
  });

  it('keys entries on the arguments', async () => {
    const at = await start();
    await at.selectbox[0]!.select(2012).run();
    expect(loading(at).label).toBe('Loading 2012');
    expect(loading(at).proto['delta']).toBe('cache miss');
    await at.selectbox[0]!.select(2015).run();
    expect(loading(at).proto['delta']).toBe('cache hit');
  });

  it('the clear buttons empty the cache', async () => {
    const at = await start();
    await at.button
      .find((b) => b.label === "Clear this function's cache")!
      .click()
      .run();
    expect(loading(at).proto['delta']).toBe('cache miss');
    await at.run();
    expect(loading(at).proto['delta']).toBe('cache hit');
    await at.button
      .find((b) => b.label === 'Clear every cacheData cache')!
      .click()
      .run();
    expect(loading(at).proto['delta']).toBe('cache miss');
  });

  it('shares one resource between sessions', async () => {
    const first = await start();
    const second = await start();
    const views = (at: typeof first) => at.metric.find((m) => m.label === 'Runs of this page, all sessions together')?.value;
    expect(views(first)).toBe('1');
    expect(views(second)).toBe('2');
    await second.button
      .find((b) => b.label === 'Reset the shared counter')!
      .click()
      .run();
    expect(views(second)).toBe('1');
  });
});
