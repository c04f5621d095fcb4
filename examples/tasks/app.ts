/**
 * Long tasks: `st.background(key, task)` runs work that outlives reruns.
 * A button starts a report that takes several seconds; the page shows its
 * progress while the user keeps using the other widgets, and the result
 * when it is done. The page updates by itself: the task pushes reruns.
 */
import { defineApp, type App, type BackgroundTaskContext } from '@lit-ui/core';
import { loadWeather } from '../explorer/data.js';

/** One line of the report. */
export interface YearSummary {
  readonly year: string;
  readonly days: number;
  readonly 'Rainy days': number;
  readonly 'Hottest (°C)': number;
  readonly 'Coldest (°C)': number;
}

/** Session state of the tasks page. */
export interface TasksState {
  /** The user asked for the report (the task starts, or is read, in every run after). */
  started: boolean;
}

/** Options of {@link createTasksApp}. */
export interface TasksAppOptions {
  /** Steps of simulated work. Default 12. */
  readonly steps?: number;
  /** Duration of one step, in ms. Default 500 (six seconds in all). */
  readonly stepMs?: number;
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('cancelled'));
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(new Error('cancelled'))), { once: true });
  });
}

/** The long job: a yearly weather summary, computed slowly on purpose, reporting progress. */
export function reportTask(steps: number, stepMs: number) {
  return async ({ progress, signal }: BackgroundTaskContext): Promise<YearSummary[]> => {
    const days = await loadWeather();
    for (let step = 1; step <= steps; step++) {
      await pause(stepMs, signal);
      progress(step / steps, `Step ${step} of ${steps}: crunching ${days.length} days…`);
    }
    const years = new Map<string, YearSummary>();
    for (const d of days) {
      const year = d.date.slice(0, 4);
      const y = years.get(year) ?? { year, days: 0, 'Rainy days': 0, 'Hottest (°C)': -Infinity, 'Coldest (°C)': Infinity };
      years.set(year, {
        year,
        days: y.days + 1,
        'Rainy days': y['Rainy days'] + (d.weather === 'rain' ? 1 : 0),
        'Hottest (°C)': Math.max(y['Hottest (°C)'], d.temp_max),
        'Coldest (°C)': Math.min(y['Coldest (°C)'], d.temp_min),
      });
    }
    return [...years.values()];
  };
}

/** Builds the tasks example (tests pass shorter steps). */
export function createTasksApp(options: TasksAppOptions = {}): App<TasksState> {
  const task = reportTask(options.steps ?? 12, options.stepMs ?? 500);

  return defineApp<TasksState>(
    (st) => {
      st.title('⏳ Long tasks');
      st.markdown(
        'A rerun stops the script, so long work started in it would die with it. `st.background(key, task)` ' +
          'keeps a task alive across reruns: read its `status`, `progress` and `result` in any run. ' +
          'It reruns the page when it reports progress and when it ends — no polling, no click needed.',
      );
      const [report, meanwhile] = st.columns([3, 2], { gap: 'large' });

      report.subheader('📄 Yearly weather report');
      if (!st.sessionState.started) {
        report.button('Build the report', { type: 'primary', onClick: () => void (st.sessionState.started = true) });
        report.caption('It takes a few seconds. Keep using the widgets on the right meanwhile.');
      } else {
        const job = st.background('report', task);
        if (job.status === 'running') {
          report.progress(job.progress, { text: job.message ?? 'Starting…' });
          report.button('Cancel', { onClick: () => job.cancel() });
        } else if (job.status === 'done') {
          const seconds = ((job.finishedAt ?? job.startedAt) - job.startedAt) / 1000;
          report.success(`Report ready in ${seconds.toFixed(1)} s.`);
          report.dataframe(job.result ?? [], { hideIndex: true });
          report.button('Build it again', { onClick: () => job.dismiss() });
        } else {
          const why = job.status === 'cancelled' ? 'The report was cancelled.' : `The report failed: ${String(job.error)}`;
          report.warning(why);
          report.button('Start over', { onClick: () => job.dismiss() });
        }
      }

      meanwhile.subheader('🎛️ Meanwhile');
      const n = meanwhile.slider('Pick a number', { minValue: 1, maxValue: 50, value: 12, key: 'n' });
      meanwhile.metric(`${n} squared`, n * n);
      const note = meanwhile.textInput('A note to yourself', { key: 'note' });
      if (note) meanwhile.info(`📝 ${note}`);
      meanwhile.caption('Every change here reruns the script; the report keeps going.');
    },
    { initialState: () => ({ started: false }) },
  );
}

/** The long-tasks example. */
export default createTasksApp();
