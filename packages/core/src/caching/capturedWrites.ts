import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { alertProto } from '../elements/text.js';
import type { RunContext } from '../runtime/runContext.js';

/**
 * Finds `st.*` writes a cached function makes through a DeltaGenerator it
 * captured from outside (not its `st` argument): those are not recorded, so
 * a cache hit would lose them silently. While a computation is in flight,
 * a write whose async stack passes through the computation's marker frame,
 * and that is not a recorded call, gets a warning on the page naming the fix.
 * Writes made outside the computation (another session, the rest of the
 * script) have no marker frame. An engine without async stack traces, or a
 * write scheduled with `.then` instead of `await`, is not seen.
 */

/** Labels of the cached computations in flight, across sessions (a label once per computation). */
const computing: string[] = [];
/** Above 0 while a recorded call (through the `st` argument) runs: its writes are replayed. */
let recording = 0;
/** Labels already warned about, per run. */
const warned = new WeakMap<RunContext, Set<string>>();

/** The marker frame: a method (its name survives minifiers) that every computation awaits. */
const marker = {
  async litUiCachedCompute<T>(work: () => Promise<T>): Promise<T> {
    return await work();
  },
};
const MARK = 'litUiCachedCompute';
/** Frames looked at: deep enough for the marker under a few helpers and the DeltaGenerator's own frames. */
const STACK_FRAMES = 40;

/** Runs a cached function's computation (`label` names it in the warning). */
export async function computeCached<T>(label: string, work: () => Promise<T>): Promise<T> {
  computing.push(label);
  try {
    return await marker.litUiCachedCompute(work);
  } finally {
    computing.splice(computing.indexOf(label), 1);
  }
}

/** Runs a call made on the recorded `st` argument: its writes are replayed on hits, so they are fine. */
export function whileRecording<T>(call: () => T): T {
  recording++;
  try {
    return call();
  } finally {
    recording--;
  }
}

/** Called by every `st.*` write: warns (once per run and function) when a cached computation writes outside its `st` argument. */
export function checkCapturedWrite(core: DeltaGeneratorCore, run: RunContext): void {
  if (computing.length === 0 || recording > 0 || !inComputation()) return;
  const label = computing.length === 1 ? computing[0]! : 'a cached function';
  const seen = warned.get(run) ?? new Set<string>();
  if (seen.has(label)) return;
  seen.add(label);
  warned.set(run, seen);
  let container = run.activeContainer();
  try {
    const target = core.container(run);
    if (target.slot === undefined) container = target;
  } catch {
    // The write itself reports an expired container.
  }
  const name = label === 'a cached function' ? label : `${label}()`;
  run.writer.putElement(
    container,
    alertProto(
      'warning',
      `${name} is cached and wrote to the page through a DeltaGenerator it did not get as an argument: ` +
        'when the cache hits, the function does not run and that output is lost. ' +
        'Pass the container as an argument instead — cacheData(async (st, ...args) => { st.write(...) }) called as fn(container, ...args) — ' +
        'so its st.* calls are recorded and replayed on every hit.',
    ),
  );
}

/** V8's stack depth setting (absent from the standard library's types). */
const errorClass = Error as unknown as { stackTraceLimit?: number };

function inComputation(): boolean {
  const limit = errorClass.stackTraceLimit;
  errorClass.stackTraceLimit = STACK_FRAMES;
  try {
    return (new Error().stack ?? '').includes(MARK);
  } finally {
    errorClass.stackTraceLimit = limit;
  }
}
