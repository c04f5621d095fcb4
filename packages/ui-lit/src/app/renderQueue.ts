/**
 * Rendering deferred past the first screen: tasks that render a slice of a
 * long block each time they run, between which the browser paints and
 * handles input. A task gets the time (`performance.now()` scale) by which
 * it should yield, and returns true while it has more to do.
 */
export interface RenderQueue {
  /** Runs `task` soon (in order with the other tasks), again and again while it returns true. */
  schedule(task: (deadline: number) => boolean): void;
}

/** Options of {@link createRenderQueue}. */
export interface RenderQueueOptions {
  /** Work of the first slice before yielding to the browser, in ms. Default 8 (half a 60 Hz frame). */
  readonly sliceMs?: number;
  /** Longest slice, in ms: while work is left, each slice is twice as long as the one before, up to this. Default 64. */
  readonly maxSliceMs?: number;
  /** The clock. Default `performance.now`. */
  readonly now?: () => number;
  /** Runs `fn` in a later task. Default: a `MessageChannel` message (no timer clamping), else `setTimeout(fn, 0)`. */
  readonly post?: (fn: () => void) => void;
}

function defaultPost(): (fn: () => void) => void {
  if (typeof MessageChannel !== 'function') return (fn) => void setTimeout(fn, 0);
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return (fn) => {
    waiting.push(fn);
    channel.port2.postMessage(null);
  };
}

/**
 * A {@link RenderQueue} that runs its tasks in slices, one slice per
 * browser task, so a page of thousands of elements renders progressively
 * without blocking input or paint for long. The first slice lasts
 * `sliceMs`, and each next one twice as long as the last, up to
 * `maxSliceMs`, until the queue is empty: every frame between two slices
 * lays out and paints the whole page rendered so far, so a long page
 * renders in a few growing slices (a few frames) rather than in hundreds
 * of short ones, whose frames would cost time in proportion to the page
 * each (measured: 5,000 elements took about 500 frames in 8 ms slices).
 *
 * @example
 * const queue = createRenderQueue();
 * queue.schedule((deadline) => renderSomeMore(deadline)); // true: more to render
 */
export function createRenderQueue(options: RenderQueueOptions = {}): RenderQueue {
  const sliceMs = options.sliceMs ?? 8;
  const maxSliceMs = Math.max(sliceMs, options.maxSliceMs ?? 64);
  let nextSliceMs = sliceMs;
  const now = options.now ?? (() => performance.now());
  const post = options.post ?? defaultPost();
  let tasks: ((deadline: number) => boolean)[] = [];
  let posted = false;

  const runSlice = (): void => {
    posted = false;
    const deadline = now() + nextSliceMs;
    while (tasks.length > 0 && now() < deadline) {
      const task = tasks[0]!;
      if (task(deadline)) break;
      tasks.shift();
    }
    nextSliceMs = tasks.length > 0 ? Math.min(maxSliceMs, nextSliceMs * 2) : sliceMs;
    if (tasks.length > 0) ensurePosted();
  };
  const ensurePosted = (): void => {
    if (posted) return;
    posted = true;
    post(runSlice);
  };
  return {
    schedule(task) {
      if (!tasks.includes(task)) tasks = [...tasks, task];
      ensurePosted();
    },
  };
}
