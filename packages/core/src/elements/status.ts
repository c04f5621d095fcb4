import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { isControlFlow } from '../controlFlow.js';
import { invalidArgument } from '../errors.js';
import { display, event } from '../protocol/elementSpec.js';
import type { BlockProtoOf, ElementProtoOf } from '../protocol/elements.js';
import { emptyHandle, emptyProto } from './layout.js';
import { makeProto } from './proto.js';
import { takeLayout, type WidthOption } from '../dg/layoutOptions.js';

/** Status elements in the element map: progress and spinner, and the `event` root's toasts and effects. */
export const statusElements = {
  /** `value` is an integer percentage 0–100 (the AppTest value). */
  progress: display<
    {
      /** Percentage done, an integer 0–100. */
      value: number;
      /** Text shown above the bar (markdown). */
      text?: string;
    },
    number
  >((proto) => proto.value),
  /** The spinner of `st.spinner`, shown while its work runs (after a short delay, so fast work never flickers). */
  spinner: display<{
    /** Text shown next to the spinner. */
    text: string;
    /** Show the time elapsed since the work began, counting on in the browser (`showTime`). */
    showTime?: boolean;
    /** With `showTime`: the time the work had already run when the spinner was written, in ms. */
    elapsedMs?: number;
  }>(),
  /** Lives in the `event` root. `nonce` changes per call so a repeat call shows again. */
  toast: event<{
    /** The message (markdown). */
    body: string;
    /** An emoji shown before the message. */
    icon?: string;
    /** Changes per call, so the same toast shows again. */
    nonce: string;
  }>(),
  /** `st.balloons`: balloons float up once. Lives in the `event` root. */
  balloons: event<{
    /** Changes per call, so a repeat call shows them again. */
    nonce: string;
  }>(),
  /** `st.snow`: snowflakes fall once. Lives in the `event` root. */
  snow: event<{
    /** Changes per call, so a repeat call shows them again. */
    nonce: string;
  }>(),
};

/** Options of `st.progress`. */
export interface ProgressOptions extends WidthOption {
  /** Text shown above the bar (markdown). */
  readonly text?: string;
}

/**
 * Proto of `st.progress`: `value` is an integer 0–100 or a fraction
 * 0.0–1.0, as Streamlit's `st.progress`. JavaScript has no separate float
 * type, so `0` and `1` read as percentages (0 % and 1 %); pass `1.0` as `100`.
 *
 * @throws LitUiError `InvalidArgument` for a value outside those ranges.
 */
export function progressProto(value: number, text?: string): ElementProtoOf<'progress'> {
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalidArgument(`st.progress() takes a number (got ${String(value)}).`);
  let percent: number;
  if (Number.isInteger(value) && value >= 0 && value <= 100) percent = value;
  else if (value >= 0 && value <= 1) percent = Math.round(value * 100);
  else throw invalidArgument(`st.progress() takes an integer 0–100 or a float 0.0–1.0 (got ${value}).`);
  return makeProto('progress', { value: percent, text });
}

/** Options of `st.spinner`, as Streamlit's `st.spinner`. */
export interface SpinnerOptions extends WidthOption {
  /** Show the time elapsed since the work began next to the text (`(2.4 seconds)`), as Streamlit's `show_time`. Default false. */
  readonly showTime?: boolean;
}

/**
 * Proto of the spinner shown by `st.spinner`.
 * @param text - The message next to the spinner.
 * @param elapsedMs - With `showTime`: how long the work has run when the spinner is written, in ms.
 */
export function spinnerProto(text: string, showTime = false, elapsedMs = 0): ElementProtoOf<'spinner'> {
  return makeProto('spinner', showTime ? { text, showTime, elapsedMs } : { text });
}

/** Options of `st.toast`, as Streamlit's `st.toast`. */
export interface ToastOptions {
  /** An emoji (`'🎉'`) shown before the text. Default: none. */
  readonly icon?: string;
}

/** Proto of `st.toast` (event root). */
export function toastProto(body: string, nonce: string, options: ToastOptions = {}): ElementProtoOf<'toast'> {
  return makeProto('toast', { body, icon: options.icon, nonce });
}

/** Proto of `st.balloons` / `st.snow` (event root). */
export function effectProto(type: 'balloons' | 'snow', nonce: string): ElementProtoOf<'balloons' | 'snow'> {
  return makeProto(type, { nonce });
}

/** Options of `st.status`, as Streamlit's `st.status`. */
export interface StatusOptions extends WidthOption {
  /** Show the contents at first. Default false. */
  readonly expanded?: boolean;
  /** The header's first icon (see {@link StatusUpdate.state}). Default `'running'`. */
  readonly state?: StatusUpdate['state'];
}

/** What `status.update()` takes (as Streamlit's `status.update`); omitted fields keep their value. */
export interface StatusUpdate {
  /** The text in the status box's header. */
  readonly label?: string;
  /** The header's icon: `'running'` (a spinner), `'complete'` (a check mark) or `'error'` (a cross). */
  readonly state?: 'running' | 'complete' | 'error';
  /** Open (true) or collapse (false) the box. */
  readonly expanded?: boolean;
}

/** Body of `st.status`: the status block, and the `update` of its handle. */
export function statusBlock(
  core: DeltaGeneratorCore,
  label: string,
  options: StatusOptions = {},
): { readonly box: DeltaGeneratorCore; readonly update: (change: StatusUpdate) => void; readonly state: () => StatusUpdate['state'] } {
  let proto: BlockProtoOf<'status'> = { type: 'status', label, state: options.state ?? 'running', expanded: Boolean(options.expanded) };
  const box = core.block(proto);
  const update = (change: StatusUpdate): void => {
    const run = box.run();
    const container = box.container(run);
    // The box as written (with its `width`), so an update keeps it.
    const written = container.node.proto as BlockProtoOf<'status'>;
    proto = { ...written, label: change.label ?? proto.label, state: change.state ?? proto.state, expanded: change.expanded ?? proto.expanded };
    run.writer.updateBlock(container, proto);
  };
  return { box, update, state: () => proto.state };
}

/**
 * Body of `st.status(label, fn, options)`, as Streamlit's `with st.status(...)`: runs `fn` with the box (and bare
 * `st.*` calls routed into it, as `container.with(fn)`); when `fn` returns, a box still `'running'` turns
 * `'complete'`; when it throws, `'error'`, and the error goes on. Expansion stays as set. Returns what `fn` returns.
 */
export function statusWith<H, R>(
  core: DeltaGeneratorCore,
  status: ReturnType<typeof statusBlock>,
  handle: H,
  label: string,
  fn: (status: H) => R,
): R {
  const settle = (state: 'complete' | 'error'): void => {
    if (status.state() !== 'running') return;
    try {
      status.update({ state });
    } catch {
      // The run is ending (a newer interaction, st.stop()): the box stays as it was.
    }
  };
  const failed = (e: unknown): never => {
    if (!isControlFlow(e)) settle('error');
    throw e;
  };
  const run = core.run();
  const caller = core.container(run);
  let result: R;
  try {
    result = status.box.with(() => fn(handle), null);
  } catch (e) {
    return failed(e);
  }
  if (!(result instanceof Promise)) {
    settle('complete');
    return result;
  }
  const call = { call: `\`st.status('${label}', fn)\``, fix: `\`await st.status('${label}', async (status) => { … })\``, container: caller };
  const done = result.then((value: unknown) => {
    settle('complete');
    return value;
  }, failed);
  return run.pendingCalls.track(done, call) as R;
}

/** The spinner appears only when the work takes longer than this, so fast work never flickers (as Streamlit). */
export const SPINNER_DELAY_MS = 500;

/**
 * Body of `st.spinner`: shows a spinner in a placeholder after
 * {@link SPINNER_DELAY_MS} ms on the runtime's `scheduler` (fake time in
 * tests) while `work` runs, then clears it. Async work the app does not
 * await is tracked (see PendingCalls): the run warns and waits for it.
 */
export function spinner<R>(core: DeltaGeneratorCore, text: string, work: () => R | Promise<R>, options: SpinnerOptions = {}): Promise<R> {
  const run = core.run();
  const caller = core.container(run);
  // The spinner (written later, by the timer) takes the call's `width`; the placeholder before it has none.
  const shown = takeLayout(spinnerProto(text, options.showTime === true, SPINNER_DELAY_MS));
  const slot = emptyHandle(core);
  const container = slot.container(run);
  const { scheduler } = core.host;
  const timer = scheduler.setTimeout(() => {
    if (!run.ended && run.pendingEnd === undefined) run.writer.putElement(container, shown);
  }, SPINNER_DELAY_MS);
  const clear = (): void => {
    scheduler.clearTimeout(timer);
    if (!run.ended) run.writer.putElement(container, emptyProto());
  };
  let result: R | Promise<R>;
  try {
    result = work();
  } catch (e) {
    clear();
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- rejects with what work threw, as an async function would.
    return Promise.reject(e);
  }
  if (!(result instanceof Promise)) {
    clear();
    return Promise.resolve(result);
  }
  const call = { call: `\`st.spinner('${text}', …)\``, fix: `\`await st.spinner('${text}', …)\``, container: caller };
  return run.pendingCalls.track(result.finally(clear), call);
}
