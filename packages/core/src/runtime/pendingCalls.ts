import { isControlFlow } from '../controlFlow.js';
import type { DeltaGeneratorHost } from '../dg/host.js';
import { uncaughtExceptionProto } from '../elements/exception.js';
import { alertProto } from '../elements/text.js';
import { ErrorCode } from '../errors.js';
import type { Container } from '../tree/treeWriter.js';
import type { RunContext } from './runContext.js';

/** What the page says about a call that was still running when its script ended. */
export interface PendingCallInfo {
  /** The call as the user wrote it, e.g. `` `st.spinner('Loading', …)` ``. */
  readonly call: string;
  /** The same call with `await`, e.g. `` `await st.spinner('Loading', …)` ``. */
  readonly fix: string;
  /** Where the call was made: the warning goes there. */
  readonly container: Container;
  /** True when the call shows its own errors (fragments and dialogs show theirs inside their container). */
  readonly showsOwnError?: boolean;
}

interface PendingCall extends PendingCallInfo {
  readonly outcome: Promise<{ readonly error?: unknown; readonly failed: boolean }>;
  readonly promise: Promise<unknown>;
}

/**
 * The async calls of a run that open a scope (fragments, dialogs, `st.spinner`,
 * `st.status(label, fn)`, `container.with(fn)`) and have not settled yet. A
 * Streamlit user writes `f(st)` where `await f(st)` is needed; when the
 * script returns while such a call is still running, the run shows a warning
 * ({@link ErrorCode.UnawaitedCall}) and waits for the call, so its output is
 * not lost (see docs/execution-model.md).
 */
export class PendingCalls {
  private readonly calls = new Set<PendingCall>();

  /** Tracks `promise` until it settles and returns it (for the caller to return to the app). */
  track<T>(promise: Promise<T>, info: PendingCallInfo): Promise<T> {
    const outcome = promise.then(
      () => ({ failed: false }),
      (error: unknown) => ({ error, failed: true }),
    );
    const call: PendingCall = { ...info, promise, outcome };
    this.calls.add(call);
    void outcome.then(() => this.calls.delete(call));
    return promise;
  }

  /** How many tracked calls have not settled. */
  get size(): number {
    return this.calls.size;
  }

  /** The calls still running, forgotten by this tracker (the run now owns them). */
  take(): PendingCall[] {
    const calls = [...this.calls];
    this.calls.clear();
    return calls;
  }
}

/** The warning shown where a call that was not awaited was made. */
export function unawaitedCallMessage(info: Pick<PendingCallInfo, 'call' | 'fix'>): string {
  return (
    `${info.call} was still running when the script ended: it was not awaited. lit-ui waited for it so its output is not lost, ` +
    `but what the script wrote after the call may be out of order. Add \`await\`: ${info.fix}. ` +
    `(${ErrorCode.UnawaitedCall}, see docs/errors.md)`
  );
}

/**
 * End of a script (or fragment) function: for every tracked call still
 * running, shows the {@link ErrorCode.UnawaitedCall} warning where it was
 * made and waits for it; an error it throws is shown there too (unless it
 * shows its own). Ends as the run was asked to (a control-flow request or an
 * interruption while waiting).
 * @throws the control-flow signal that ends the run, when one was requested meanwhile.
 */
export async function settlePendingCalls(host: DeltaGeneratorHost, run: RunContext, pending: PendingCalls): Promise<void> {
  while (pending.size > 0) {
    const calls = pending.take();
    for (const call of calls) {
      call.promise.catch(() => undefined);
      if (!run.ended) run.writer.putElement(call.container, alertProto('warning', unawaitedCallMessage(call)));
    }
    const outcomes = await Promise.all(calls.map((call) => call.outcome));
    outcomes.forEach((outcome, i) => {
      const call = calls[i]!;
      if (!outcome.failed || call.showsOwnError || isControlFlow(outcome.error) || run.ended) return;
      run.writer.putElement(call.container, uncaughtExceptionProto(outcome.error, host));
    });
  }
  run.checkpoint();
}
