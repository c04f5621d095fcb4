/**
 * The app the cluster tests run in every worker (`APP=.../clusterApp.ts`):
 * a counter in session state, keyed widgets, and two `cacheData` functions
 * that append a line to `COUNT_FILE` each time they compute, so a test can
 * count computations across worker processes.
 */
import { appendFileSync } from 'node:fs';
import { cacheData, defineApp } from '@lit-ui/core';

const countFile = process.env['COUNT_FILE'];
const computed = (what: string): void => {
  if (countFile) appendFileSync(countFile, `${what} ${process.env['WORKER_ID']}\n`);
};

/** Slow enough that callers in two workers overlap. */
const slowSquare = cacheData(async (n: number) => {
  computed(`square:${n}`);
  await new Promise((resolve) => setTimeout(resolve, 400));
  return { n, square: n * n, at: new Date(0) };
});

/** Lives 1.5 s in the cache. */
const shortLived = cacheData(
  async () => {
    computed('short');
    return 'fresh';
  },
  { ttl: 1500 },
);

export default defineApp<{ count: number }>(
  async (st) => {
    const n = st.slider('n', { minValue: 0, maxValue: 100, value: 3, key: 'n' });
    const name = st.textInput('name', { key: 'name' });
    if (st.button('inc', { key: 'inc' })) st.sessionState.count += 1;
    if (st.button('clear', { key: 'clear' })) await cacheData.clear();
    const square = (await slowSquare(n)).square;
    const short = await shortLived();
    st.markdown(`count=${st.sessionState.count} n=${n} name=${name} square=${square} short=${short} worker=${process.env['WORKER_ID']}`);
  },
  { initialState: () => ({ count: 0 }) },
);
