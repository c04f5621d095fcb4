/**
 * Control-flow signals: thrown by `st.rerun()`, `st.stop()`, `st.switchPage()`
 * and by the runner when a newer request interrupts a run. The ScriptRunner
 * catches them. An app's own `catch` that swallows one does not cancel it:
 * the run remembers the request, its next `st.*` call throws it again, and
 * the run honours it when the script or fragment function returns (as
 * Streamlit, where these are not `Exception`s).
 */
export abstract class ControlFlowSignal extends Error {}

/** `st.rerun()`: end this run and start another, of the app or of the current fragment. */
export class RerunSignal extends ControlFlowSignal {
  /** The signal's class name, kept through minification. */
  override readonly name = 'RerunSignal';
  constructor(
    /** `'app'` reruns the whole app; `'fragment'` only the current fragment (as Streamlit's `st.rerun(scope=...)`). */
    readonly scope: 'app' | 'fragment',
    /** The fragment to rerun, for `scope: 'fragment'`. */
    readonly fragmentId?: string,
  ) {
    super('st.rerun() was called');
  }
}

/** `st.stop()`: end this run here; nothing after it renders. */
export class StopSignal extends ControlFlowSignal {
  /** The signal's class name, kept through minification. */
  override readonly name = 'StopSignal';
  constructor() {
    super('st.stop() was called');
  }
}

/** `st.switchPage(page)`: end this run and run another page. */
export class SwitchPageSignal extends ControlFlowSignal {
  /** The signal's class name, kept through minification. */
  override readonly name = 'SwitchPageSignal';
  constructor(
    /** URL path of the page to run next (`''` for the default page). */
    readonly urlPath: string,
    /** Query string (without `?`) the next page starts with; `''`: none, as Streamlit's `st.switch_page`. */
    readonly query = '',
  ) {
    super(`st.switchPage('${urlPath}') was called`);
  }
}

/** A newer rerun or stop request arrived: the run stops at its next `st.*` call. */
export class InterruptSignal extends ControlFlowSignal {
  /** The signal's class name, kept through minification. */
  override readonly name = 'InterruptSignal';
  constructor() {
    super('The run was interrupted by a newer request');
  }
}

/** True when `e` is one of the control-flow signals. */
export function isControlFlow(e: unknown): e is ControlFlowSignal {
  return e instanceof ControlFlowSignal;
}
