import type { WidthOption } from './layoutOptions.js';
import { exceptionProto } from '../elements/exception.js';
import { hostEventProto } from '../elements/hostEvent.js';
import {
  effectProto,
  progressProto,
  spinner,
  statusBlock,
  statusWith,
  toastProto,
  type ProgressOptions,
  type SpinnerOptions,
  type StatusOptions,
  type StatusUpdate,
  type ToastOptions,
} from '../elements/status.js';
import { alertProto, type AlertOptions } from '../elements/text.js';
import { TextCommands } from './textCommands.js';
import { coreOf, wrapCore } from './deltaGeneratorBase.js';

/**
 * Streamlit's alert and status commands, from `st.success` to `st.snow` (and lit-ui's `st.dispatchEvent`): part of
 * {@link DeltaGenerator}, which is what apps use (this class is never made on its own).
 */
export abstract class StatusCommands extends TextCommands {
  /** A green success box, as Streamlit's `st.success`. */
  success(body: string, options?: AlertOptions): void {
    coreOf(this).element(alertProto('success', body, options));
  }

  /** A blue info box, as Streamlit's `st.info`. */
  info(body: string, options?: AlertOptions): void {
    coreOf(this).element(alertProto('info', body, options));
  }

  /** A yellow warning box, as Streamlit's `st.warning`. */
  warning(body: string, options?: AlertOptions): void {
    coreOf(this).element(alertProto('warning', body, options));
  }

  /** A red error box, as Streamlit's `st.error`. */
  error(body: string, options?: AlertOptions): void {
    coreOf(this).element(alertProto('error', body, options));
  }

  /** An error with its message (and stack when `showErrorDetails` is on), as Streamlit's `st.exception`. */
  exception(error: unknown, options?: WidthOption): void;
  // The layout options are taken by the command wrapper (unknownOptions.ts), not here.
  exception(error: unknown, _options?: WidthOption): void {
    coreOf(this).element(exceptionProto(error, coreOf(this).host.showErrorDetails));
  }

  /**
   * A progress bar, as Streamlit's `st.progress`: `value` is an integer 0–100
   * or a fraction 0.0–1.0. Returns a handle; `.progress()` on it updates the bar.
   * @throws LitUiError `InvalidArgument` for a value outside those ranges.
   * @example const bar = st.progress(0, { text: 'Working' }); bar.progress(50);
   */
  progress(value: number, options: ProgressOptions = {}): this {
    return wrapCore<this>(coreOf(this).elementHandle(progressProto(value, options.text)));
  }

  /**
   * Shows a spinner while `work` runs, as Streamlit's `with st.spinner()`:
   * only after 500 ms (on the runtime's `scheduler`), so fast work shows nothing.
   * @param text - The message next to the spinner.
   * @param work - The slow part, sync or async; the spinner goes away when it settles.
   * @param options - `width` (default `'content'`, as Streamlit's) sizes the spinner's element; `showTime` shows
   *   the time elapsed next to the text, counting on in the browser, as Streamlit's `show_time`.
   * @returns What `work` returns (awaited).
   * @throws What `work` throws, after removing the spinner.
   * @example const data = await st.spinner('Loading…', () => loadData(), { width: 'stretch', showTime: true });
   */
  spinner<R>(text: string, work: () => R | Promise<R>, options?: SpinnerOptions): Promise<R> {
    return spinner(coreOf(this), text, work, options);
  }

  /**
   * An expandable status box for long work, as Streamlit's `st.status`.
   * @param label - The header's text.
   * @param options - `expanded`: open at first (default false); `state`: the first icon (default `'running'`).
   * @returns The box, a container (write into it like `st`), with
   * `update(change)` to change its label, state or expansion later in the run.
   * @example const s = st.status('Downloading…'); s.text('step 1'); s.update({ label: 'Done', state: 'complete' });
   */
  status(
    label: string,
    options?: StatusOptions,
  ): this & {
    /** Changes the box's label, state or expansion; omitted fields keep their value. */
    update(change: StatusUpdate): void;
  };
  /**
   * A status box around `fn`, as Streamlit's `with st.status(label) as status:`. `fn` gets the box (a container
   * with `update`), and bare `st.*` calls inside it land in the box, as {@link DeltaGenerator.with}. When `fn`
   * returns (or its promise resolves), a box still `'running'` turns `'complete'`; when it throws, `'error'`, and the
   * error is rethrown. `expanded` stays as the options (or `update`) set it, as in Streamlit.
   * @param label - The header's text.
   * @param fn - The work, sync or async; it may call `status.update(...)` itself (then its state is kept).
   * @param options - As the other form: `expanded` (default false), `state` (default `'running'`).
   * @returns What `fn` returns (a promise for an async `fn`: await it).
   * @throws What `fn` throws, after the box turned `'error'`.
   * @example const rows = await st.status('Downloading data…', async (status) => { st.write('Searching…'); return load(); });
   */
  status<R>(
    label: string,
    fn: (
      status: this & {
        /** Changes the box's label, state or expansion; omitted fields keep their value. */
        update(change: StatusUpdate): void;
      },
    ) => R,
    options?: StatusOptions,
  ): R;
  status(label: string, fnOrOptions?: StatusOptions | ((status: never) => unknown), options?: StatusOptions): unknown {
    const fn = typeof fnOrOptions === 'function' ? fnOrOptions : undefined;
    const status = statusBlock(coreOf(this), label, fn ? options : (fnOrOptions as StatusOptions | undefined));
    const handle = Object.assign(wrapCore<this>(status.box), { update: status.update });
    return fn ? statusWith(coreOf(this), status, handle as never, label, fn) : handle;
  }

  /**
   * A short notification in the corner of the page, as Streamlit's `st.toast`:
   * it shows for about 4 s, also when the run that sent it has ended, and the
   * same text sent twice shows twice.
   * @param body - The message (markdown).
   * @param options - `icon`: an emoji shown before it.
   * @example st.toast('Saved!', { icon: '✅' })
   */
  toast(body: string, options?: ToastOptions): void {
    coreOf(this).event((nonce) => toastProto(body, nonce, options));
  }

  /**
   * Tells the host page something happened: `<lit-ui-app>` dispatches a DOM
   * `CustomEvent` named `name` with `detail`, bubbling and composed, once per
   * call (a rerun that calls it again dispatches again). For a host page's own
   * code — React, Vue or plain JS — to react to the app (no Streamlit
   * equivalent: Streamlit apps are not embedded as elements).
   * @param name - The event's type: letters, digits and `-_.:`, with at least one `-` or `:` (so it never reads as a
   *   browser event such as `click`), at most 100 characters, not starting with `lit-ui-`.
   * @param detail - The event's `detail`, converted to JSON as `st.json` converts (dates to ISO strings, maps to objects).
   * @throws LitUiError `InvalidArgument` for another name.
   * @example
   * if (st.button('Place order')) st.dispatchEvent('order-placed', { id: order.id, total: 42.5 });
   * // host page: app.addEventListener('order-placed', (e) => cart.clear(e.detail.id));
   */
  dispatchEvent(name: string, detail: unknown = null): void {
    coreOf(this).event((nonce) => hostEventProto(name, detail, nonce));
  }

  /** Celebratory balloons, as Streamlit's `st.balloons`. */
  balloons(): void {
    coreOf(this).event((nonce) => effectProto('balloons', nonce));
  }

  /** Falling snowflakes, as Streamlit's `st.snow`. */
  snow(): void {
    coreOf(this).event((nonce) => effectProto('snow', nonce));
  }
}
