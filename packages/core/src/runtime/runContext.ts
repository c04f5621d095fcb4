import { InterruptSignal, StopSignal } from '../controlFlow.js';
import { ErrorCode, LitUiError } from '../errors.js';
import type { Container, TreeWriter } from '../tree/treeWriter.js';

/** What a run knows about a form it rendered. */
export interface FormRecord {
  readonly container: Container;
  readonly clearOnSubmit: boolean;
  hasSubmitButton: boolean;
}

/** Why a run is asked to end early. */
export type EndRequest = 'interrupt' | 'stop' | 'timeout';

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
  private endRequest: EndRequest | undefined;
  private finished = false;

  constructor(
    readonly id: string,
    readonly writer: TreeWriter,
    /** Forms whose submit button was clicked for this run. */
    readonly submittedForms: ReadonlySet<string>,
    /** For fragment runs: the fragments being rerun. */
    readonly fragmentIds?: ReadonlySet<string>,
  ) {}

  /** True once the run has ended. */
  get ended(): boolean {
    return this.finished;
  }

  /** Why the run was asked to end early, if it was. */
  get pendingEnd(): EndRequest | undefined {
    return this.endRequest;
  }

  /**
   * Called at the start of every `st.*` command (Streamlit's yield point):
   * throws the signal that ends the run when one was requested.
   */
  checkpoint(): void {
    switch (this.endRequest) {
      case 'interrupt':
        throw new InterruptSignal();
      case 'stop':
        throw new StopSignal();
      case 'timeout':
        throw new LitUiError(ErrorCode.RunTimeout, "The script run took longer than the runtime's runTimeoutMs and was stopped.");
      case undefined:
        return;
    }
  }

  /** Asks the run to end at its next `st.*` call, and aborts `st.signal`. */
  requestEnd(kind: EndRequest): void {
    if (this.finished || this.endRequest === 'stop') return;
    this.endRequest = kind;
    this.abort.abort(kind === 'interrupt' ? new InterruptSignal() : kind === 'stop' ? new StopSignal() : undefined);
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
