/**
 * Fragments: parts of a page that rerun alone. The page's expensive part
 * runs once per full rerun (counted in session state); the chart fragment
 * reruns alone when its own widgets change; the live fragment reruns
 * itself every two seconds while the tab is connected.
 */
import { defineApp, fragment, type App, type DeltaGenerator } from '@lit-ui/core';

/** Session state of the fragments page. */
export interface FragmentsState {
  /** Full runs of the script. */
  fullRuns: number;
  /** Runs of the chart fragment (full runs included). */
  chartRuns: number;
  /** Runs of the live fragment (timer ticks included). */
  ticks: number;
  /** The live random walk. */
  walk: number[];
}

type St = DeltaGenerator<FragmentsState>;

/** Options of {@link createFragmentsApp}. */
export interface FragmentsAppOptions {
  /** Extra time the expensive part takes, in ms. Default 600. */
  readonly expensiveMs?: number;
  /** Interval of the live fragment. Default `'2s'`. */
  readonly liveEvery?: string | number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Counts primes below `limit` with a sieve: real CPU work for the "expensive" part. */
export function countPrimes(limit: number): number {
  const composite = new Uint8Array(limit);
  let count = 0;
  for (let n = 2; n < limit; n++) {
    if (composite[n]) continue;
    count += 1;
    for (let m = n * n; m < limit; m += n) composite[m] = 1;
  }
  return count;
}

/** `points` samples of a wave with some noise, for the chart fragment. */
export function wave(points: number, frequency: number): { x: number; y: number }[] {
  return Array.from({ length: points }, (_, i) => ({ x: i, y: Math.round(100 * Math.sin((i / points) * 2 * Math.PI * frequency)) / 100 }));
}

/** Builds the fragments example (tests pass a shorter delay). */
export function createFragmentsApp(options: FragmentsAppOptions = {}): App<FragmentsState> {
  const expensiveMs = options.expensiveMs ?? 600;

  const chart = fragment((st: St) => {
    st.sessionState.chartRuns += 1;
    st.subheader('📈 A fragment');
    st.caption('Its widgets rerun only this box: the counter on the left stays put.');
    const points = st.slider('Points', { minValue: 20, maxValue: 400, value: 120, key: 'points' });
    const frequency = st.selectSlider('Frequency', [1, 2, 3, 4, 5], { value: 2, key: 'frequency' });
    st.lineChart(wave(points, frequency), { x: 'x', y: 'y', height: 260 });
    st.caption(`This fragment has run ${st.sessionState.chartRuns} time(s).`);
  });

  const live = fragment(
    (st: St) => {
      st.sessionState.ticks += 1;
      const walk = st.sessionState.walk;
      const next = (walk.at(-1) ?? 0) + (Math.random() - 0.5) * 2;
      st.sessionState.walk = [...walk, Math.round(next * 100) / 100].slice(-60);
      st.subheader('⏱️ A live fragment');
      st.caption(`\`runEvery: '${options.liveEvery ?? '2s'}'\` — it reruns by itself while this tab is open.`);
      st.metric('Server time', new Date().toISOString().slice(11, 19) + ' UTC', { delta: `tick ${st.sessionState.ticks}`, deltaColor: 'off' });
      st.areaChart(st.sessionState.walk, { height: 200, yLabel: 'random walk' });
    },
    { runEvery: options.liveEvery ?? '2s' },
  );

  return defineApp<FragmentsState>(
    async (st) => {
      st.setPageConfig({ pageTitle: 'Fragments', pageIcon: '🧩', layout: 'wide' });
      st.sessionState.fullRuns += 1;
      st.title('🧩 Fragments');
      st.markdown(
        'A Streamlit script reruns from the top on every interaction. A **fragment** is a function that can rerun ' +
          'on its own: its widgets rerun only it, and a `runEvery` fragment refreshes itself on a timer.',
      );

      const primes = await st.spinner('Crunching the expensive part…', async () => {
        await sleep(expensiveMs, st.signal);
        return countPrimes(2_000_000);
      });

      const [left, middle, right] = st.columns([1, 2, 2], { gap: 'large' });
      left.metric('Full script runs', st.sessionState.fullRuns);
      left.metric('Primes below 2,000,000', primes.toLocaleString('en-US'));
      left.caption(`The expensive part takes about ${expensiveMs} ms and runs once per full rerun.`);
      left.button('Rerun the whole page', { key: 'full_rerun' });
      await chart(middle);
      await live(right);
    },
    { initialState: () => ({ fullRuns: 0, chartRuns: 0, ticks: 0, walk: [] }) },
  );
}

/** The fragments example. */
export default createFragmentsApp();
