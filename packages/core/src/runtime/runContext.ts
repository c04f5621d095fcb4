import { InterruptSignal, StopSignal, type ControlFlowSignal } from '../controlFlow.js';
import { ErrorCode, LitUiError } from '../errors.js';
import type { Container, TreeWriter } from '../tree/treeWriter.js';
import { PendingCalls } from './pendingCalls.js';

/** What a run knows about a form it rendered. */
export interface FormRecord {
  readonly container: Container;
  readonly clearOnSubmit: boolean;
  hasSubmitButton: boolean;
}

/** Why a run is asked to end early. */
export type EndRequest = 'interrupt' | 'stop' | 'timeout';

/** Why a run was abandoned: it outlived `runTimeoutMs`, or its session closed. */
export type AbandonReason = 'timeout' | 'closed';

/**
 * One script run (or fragment run), as Streamlit's ScriptRunContext: the
 * tree writer with its cursors, what the run has created so far (widget ids,
 * forms, fragments), the stack of containers that bare `st.*` calls write to,
 * and the request to end early that the next `st.*` call acts on.
 */
export class RunContext {
  readonly abort = new AbortController();
  readonly widgetIds = new Set<string>();
  readonly formIds = new Set<string>();
  readonly forms = new Map<string, FormRecord>();
  /** Fragments registered (called) during this run. */
  readonly newFragmentIds = new Set<string>();
  /** Containers pushed by `container.with(fn)` and by fragments; bare `st.*` writes to the top. */
  readonly stack: Container[] = [];
  /** The fragment whose function is running, if any. */
  currentFragmentId: string | undefined;
  /** Set when `st.queryParams` changed in this run. */
  queryParamsChanged = false;
  /** Widgets whose callback this run has started (a carried trigger must not call it again). */
  readonly callbacksRun = new Set<string>();
  /** Fragments, dialogs, spinners, `st.status(label, fn)` and `container.with(fn)` calls still running (see PendingCalls). */
  readonly pendingCalls = new PendingCalls();
  /** Settles when the run is abandoned (see {@link RunContext.abandon}); never rejects. */
  readonly abandoned: Promise<AbandonReason>;
  private endRequest: EndRequest | undefined;
  private requested: ControlFlowSignal | undefined;
  private finished = false;
  private abandonReason: AbandonReason | undefined;
  private settleAbandoned!: (reason: AbandonReason) => void;

  constructor(
    readonly id: string,
    readonly writer: TreeWriter,
    /** Forms whose submit button was clicked for this run. */
    readonly submittedForms: ReadonlySet<string>,
    /** For fragment runs: the fragments being rerun. */
    readonly fragmentIds?: ReadonlySet<string>,
  ) {
    this.abandoned = new Promise((resolve) => (this.settleAbandoned = resolve));
  }

  /** True once the run has ended. */
  get ended(): boolean {
    return this.finished;
  }

  /** Set once the run was abandoned: its script may still be going, but nothing it does reaches the session. */
  get abandonedFor(): AbandonReason | undefined {
    return this.abandonReason;
  }

  /** Why the run was asked to end early, if it was. */
  get pendingEnd(): EndRequest | undefined {
    return this.endRequest;
  }

  /** The last `st.rerun()`, `st.stop()` or `st.switchPage()` of this run, honoured even if the app caught its signal. */
  get controlRequest(): ControlFlowSignal | undefined {
    return this.requested;
  }

  /**
   * Remembers a control-flow request of the app and returns its signal to
   * throw. In Streamlit these are not `Exception`s, so an `except Exception`
   * cannot swallow them; a JavaScript `catch` can, so the run remembers the
   * request: the next `st.*` call throws it again, and the run honours it
   * when the script (or fragment) function returns.
   */
  control<S extends ControlFlowSignal>(signal: S): S {
    this.requested = signal;
    return signal;
  }

  /** Forgets `signal` if it is the remembered request (`st.rerun()` in a callback is a no-op). */
  dropControl(signal: ControlFlowSignal): void {
    if (this.requested === signal) this.requested = undefined;
  }

  /**
   * Called at the start of every `st.*` command (Streamlit's yield point):
   * throws the signal that ends the run when one was requested.
   */
  checkpoint(): void {
    if (this.requested) throw this.requested;
    switch (this.endRequest) {
      case 'interrupt':
        throw new InterruptSignal();
      case 'stop':
        throw new StopSignal();
      case 'timeout':
        throw timeoutError();
      case undefined:
        return;
    }
  }

  /** Asks the run to end at its next `st.*` call, and aborts `st.signal`. */
  requestEnd(kind: EndRequest): void {
    if (this.finished || this.abandonReason !== undefined || this.endRequest === 'stop') return;
    this.endRequest = kind;
    this.abort.abort(kind === 'interrupt' ? new InterruptSignal() : kind === 'stop' ? new StopSignal() : timeoutError());
  }

  /**
   * Gives up on the run without waiting for its script (which may await
   * forever without calling `st`): aborts `st.signal`, and every later `st.*`
   * call of this run throws (`RunTimeout` after a timeout, a stop otherwise)
   * instead of reaching the session. The runner moves on at once.
   */
  abandon(reason: AbandonReason): void {
    if (this.abandonReason !== undefined) return;
    this.abandonReason = reason;
    this.endRequest = reason === 'timeout' ? 'timeout' : 'stop';
    if (!this.abort.signal.aborted) this.abort.abort(reason === 'timeout' ? timeoutError() : new StopSignal());
    this.settleAbandoned(reason);
  }

  /** The container bare `st.*` calls write to: the top of the stack, else `main`. */
  activeContainer(): Container {
    return this.stack.at(-1) ?? this.writer.root(0);
  }

  /** Marks the run over; later `st.*` calls on it fail. */
  end(): void {
    this.finished = true;
  }
}

/** The error a timed-out run shows, and that its later `st.*` calls throw. */
export function timeoutError(): LitUiError {
  return new LitUiError(ErrorCode.RunTimeout, "The script run took longer than the runtime's runTimeoutMs and was stopped.");
}
