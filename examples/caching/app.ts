/**
 * Caching: `cacheData` for a slow computation (with a TTL, an LRU bound and
 * `st.*` calls replayed on hits), `cacheResource` for one object shared by
 * every session, and buttons that clear them.
 */
import { cacheData, cacheResource, defineApp, type App, type DeltaGenerator } from '@lit-ui/core';
import { loadWeather } from '../explorer/data.js';

/** Monthly figures of one year of Seattle weather. */
export interface MonthStats {
  readonly month: string;
  readonly 'Precipitation (mm)': number;
  readonly 'Mean high (°C)': number;
}

/** Options of {@link createCachingApp}. */
export interface CachingAppOptions {
  /** How long the "slow query" takes on a cache miss, in ms. Default 2000. */
  readonly delayMs?: number;
}

const YEARS = [2012, 2013, 2014, 2015] as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const clock = () => new Date().toISOString().slice(11, 19);

/**
 * One object for the whole server, whatever the session: the same instance
 * is handed to every caller (no copy), as a database pool or a model would be.
 */
export const getVisitCounter = cacheResource(() => ({ createdAt: clock(), visits: 0 }));

/** Builds the caching example (tests pass a shorter delay). */
export function createCachingApp(options: CachingAppOptions = {}): App {
  const delayMs = options.delayMs ?? 2000;

  // `st` is not part of the key; the caption it writes is recorded and replayed on every hit.
  const monthlyStats = cacheData(
    async (st: DeltaGenerator, year: number): Promise<MonthStats[]> => {
      await sleep(delayMs); // a slow database query
      const days = (await loadWeather()).filter((d) => d.date.startsWith(String(year)));
      const months = new Map<string, { rain: number; highs: number[] }>();
      for (const day of days) {
        const m = months.get(day.date.slice(0, 7)) ?? { rain: 0, highs: [] };
        m.rain += day.precipitation;
        m.highs.push(day.temp_max);
        months.set(day.date.slice(0, 7), m);
      }
      st.caption(`🧮 Computed at ${clock()} UTC; hits replay this caption.`);
      return [...months].map(([month, m]) => ({
        month,
        'Precipitation (mm)': Math.round(m.rain),
        'Mean high (°C)': Math.round((10 * m.highs.reduce((a, b) => a + b, 0)) / m.highs.length) / 10,
      }));
    },
    { ttl: '30s', maxEntries: 3 },
  );

  return defineApp(async (st) => {
    st.title('🗄️ Caching');
    st.markdown(
      "`cacheData` stores a function's result per argument value, for every session. " +
        `The first call for a year takes **${(delayMs / 1000).toFixed(1)} s** (a pretend slow query); ` +
        'later calls answer from the cache in about a millisecond, until the entry is 30 s old ' +
        '(`ttl`) or three other years pushed it out (`maxEntries`).',
    );

    const counter = await getVisitCounter();
    counter.visits += 1;

    const [controls, result] = st.columns([1, 3], { gap: 'large' });
    const year = controls.selectbox('Year', YEARS, { index: YEARS.length - 1, key: 'year' });
    controls.button("Clear this function's cache", { key: 'clear_one', onClick: () => monthlyStats.clear() });
    controls.button('Clear every cacheData cache', { key: 'clear_all', onClick: () => cacheData.clear() });
    controls.button('Reset the shared counter', { key: 'reset_counter', onClick: () => getVisitCounter.clear() });

    const started = performance.now();
    const stats = await monthlyStats(result, year);
    const elapsedMs = Math.round(performance.now() - started);
    const hit = elapsedMs < delayMs / 2;
    result.metric(`Loading ${year}`, `${elapsedMs} ms`, {
      delta: hit ? 'cache hit' : 'cache miss',
      deltaColor: hit ? 'normal' : 'inverse',
    });
    result.barChart(stats, { x: 'month', y: 'Precipitation (mm)', height: 260 });
    result.dataframe(stats, { hideIndex: true, height: 240 });

    st.divider();
    st.subheader('A shared resource');
    st.metric('Runs of this page, all sessions together', counter.visits, { help: 'One object returned by cacheResource to every session.' });
    st.caption(`The counter object was created at ${counter.createdAt} UTC. Open this page in another tab: both count on the same object.`);
  });
}

/** The caching example. */
export default createCachingApp();
