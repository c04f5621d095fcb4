import { isControlFlow } from '../controlFlow.js';
import type { AnyState } from '../app.js';
import { deltaGeneratorCore, type DeltaGenerator } from '../dg/deltaGenerator.js';
import type { DeltaGeneratorHost } from '../dg/host.js';
import { uncaughtExceptionProto } from '../elements/exception.js';
import { hashString } from '../hash/hasher.js';
import type { RunContext } from '../runtime/runContext.js';
import { nodeAt } from '../tree/elementTree.js';
import type { Container } from '../tree/treeWriter.js';
import { parseDuration, type Duration } from '../time/duration.js';
import type { FragmentEntry } from './fragmentRegistry.js';
import { resetOutsideWrappers } from './outsideWrites.js';
import type { PendingCallInfo } from '../runtime/pendingCalls.js';
import { checkWrapperOptions } from '../dg/unknownOptions.js';

/** Thrown out of a fragment whose error is already shown inside it, so nobody shows it twice. */
export class FragmentHandledError extends Error {
  override readonly name = 'FragmentHandledError';
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
  }
}

/** Options of {@link fragment}. */
export interface FragmentOptions {
  /** Rerun the fragment on a timer while the session is connected: ms, or a duration like `'5s'`. */
  readonly runEvery?: Duration;
}

/** A fragment function: call it from a run with `st` (or any container) first. */
export type FragmentFunction<A extends unknown[], R> = (st: DeltaGenerator<object>, ...args: A) => Promise<R>;

let nextIdentity = 0;

/**
 * Turns a function into a fragment, as Streamlit's `@st.fragment`: its
 * output goes into its own container, and an interaction with a widget
 * inside it reruns only this function (the rest of the script does not run,
 * and only this container is rebuilt). With `runEvery` it also reruns on a
 * timer while the session is connected. A full rerun re-registers it.
 *
 * The function gets the session's `st`, writing into the fragment's container.
 *
 * @example
 * const liveChart = fragment(async (st) => {
 *   const n = st.slider('Points', { value: 50 });
 *   st.lineChart(points(n));
 * }, { runEvery: '10s' });
 * export default defineApp(async (st) => { st.title('Dashboard'); await liveChart(st); });
 */
export function fragment<A extends unknown[], R, State extends object = AnyState>(
  fn: (st: DeltaGenerator<State>, ...args: A) => R | Promise<R>,
  options: FragmentOptions = {},
): FragmentFunction<A, Awaited<R>> {
  checkWrapperOptions('fragment', options);
  const identity = `fragment-${++nextIdentity}-${fn.name}`;
  const runEveryMs = options.runEvery === undefined ? undefined : parseDuration(options.runEvery);
  return (st, ...args): Promise<Awaited<R>> => {
    const core = deltaGeneratorCore(st);
    const host = core.host;
    const r = core.run();
    const parent = core.container(r);
    const index = parent.slot ?? r.writer.cursor(parent);
    const id = hashString(`${identity}|${parent.path.join('.')}|${index}`);
    const entry: FragmentEntry = {
      id,
      parentPath: parent.path,
      index,
      block: { type: 'vertical', fragmentId: id },
      invoke: () => fn(host.rootDeltaGenerator() as DeltaGenerator<State>, ...args),
      ...(parent.formId ? { formId: parent.formId } : {}),
      ...(parent.fragmentId ? { outerFragmentId: parent.fragmentId } : {}),
      ...(runEveryMs !== undefined ? { runEveryMs } : {}),
    };
    const name = fn.name || 'fragment';
    const call = { call: `The fragment \`${name}(st)\``, fix: `\`await ${name}(st)\`` };
    return runFragment(host, r, entry, parent, call) as Promise<Awaited<R>>;
  };
}

/**
 * Registers a fragment and runs it in its container: pushes the container so
 * bare `st.*` calls land in it, shows an error raised inside it there. A
 * synchronous fragment function completes synchronously, so a call the app
 * forgot to `await` still leaves the page in order; the returned promise
 * rejects (with {@link FragmentHandledError}) only for whoever awaits it.
 */
export function runFragment(
  host: DeltaGeneratorHost,
  run: RunContext,
  entry: FragmentEntry,
  parent: Container,
  call?: Pick<PendingCallInfo, 'call' | 'fix'>,
): Promise<unknown> {
  host.fragments.set(entry);
  run.newFragmentIds.add(entry.id);
  const box = run.writer.putBlock(parent, entry.block, { fragmentId: entry.id });
  run.stack.push(box);
  const outer = run.currentFragmentId;
  run.currentFragmentId = entry.id;
  if (run.fragmentIds?.has(entry.id)) resetOutsideWrappers(host, run, entry);
  const done = () => {
    const at = run.stack.lastIndexOf(box);
    if (at >= 0) run.stack.splice(at, 1);
    run.currentFragmentId = outer;
  };
  const failed = (e: unknown): never => {
    done();
    if (isControlFlow(e) || e instanceof FragmentHandledError) throw e;
    if (!run.ended) run.writer.putElement(box, uncaughtExceptionProto(e, host));
    throw new FragmentHandledError(e);
  };
  let outcome: Promise<unknown>;
  let running = false;
  try {
    const result: unknown = entry.invoke();
    running = result instanceof Promise;
    outcome =
      result instanceof Promise
        ? result.then((value: unknown) => {
            done();
            // A control-flow request the fragment caught itself still ends the run (see RunContext.control).
            if (run.controlRequest) throw run.controlRequest;
            return value;
          }, failed)
        : (done(), run.controlRequest ? Promise.reject(run.controlRequest) : Promise.resolve(result));
  } catch (e) {
    outcome = Promise.resolve().then(() => failed(e));
  }
  outcome.catch(() => undefined);
  // An async fragment the app does not await is still running when the script ends: the run warns and waits for it.
  if (call && running) void run.pendingCalls.track(outcome, { ...call, container: parent, showsOwnError: true });
  return outcome;
}

/**
 * Reruns a registered fragment alone (a fragment run). Returns false when it
 * cannot: unknown id, or its place in the tree is gone.
 */
export async function rerunFragment(host: DeltaGeneratorHost, run: RunContext, id: string): Promise<boolean> {
  const entry = host.fragments.get(id);
  if (!entry) return false;
  const node = nodeAt(host.tree, entry.parentPath);
  if (!node || node.kind !== 'block') return false;
  const parent: Container = {
    node,
    path: entry.parentPath,
    slot: entry.index,
    ...(entry.formId ? { formId: entry.formId } : {}),
    ...(entry.outerFragmentId ? { fragmentId: entry.outerFragmentId } : {}),
  };
  await runFragment(host, run, entry, parent);
  return true;
}
