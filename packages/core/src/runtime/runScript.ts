import { ControlFlowSignal, InterruptSignal, RerunSignal, StopSignal, SwitchPageSignal } from '../controlFlow.js';
import { exceptionProto, uncaughtExceptionProto } from '../elements/exception.js';
import { alertProto } from '../elements/text.js';
import { ErrorCode, LitUiError } from '../errors.js';
import { FragmentHandledError, rerunFragment } from '../fragments/fragment.js';
import type { RunEndStatus } from '../protocol/forwardMsg.js';
import type { DeltaGeneratorHost } from '../dg/host.js';
import type { QueryParams } from '../state/queryParams.js';
import type { SessionState, WidgetMetadata } from '../state/sessionState.js';
import { settlePendingCalls } from './pendingCalls.js';
import type { PendingChange, RerunRequest } from './rerunRequest.js';
import { RunContext, timeoutError, type AbandonReason } from './runContext.js';
import type { RunHost } from './runHost.js';
import { RunScopedHost } from './runScopedHost.js';
import type { RunSlot } from './runSlots.js';
import type { RunOutcome } from './scriptRunner.js';

let runCounter = 0;

/** How the run's script ended, as the race between it and abandonment tells. */
type Ending = { readonly error?: unknown; readonly abandoned?: AbandonReason };

/**
 * Runs one request in the session from start to end, as Streamlit's
 * `ScriptRunner._run_script`: applies the widget changes, calls the changed
 * widgets' callbacks, runs the script (or one fragment), and settles the
 * run — stale widgets, `clearOnSubmit`, forms without a submit button,
 * trims — before `scriptFinished`. Holds `slot` until the script settles,
 * or for `abandonGraceMs` after the run was abandoned (timed out, session
 * closed): then the runner moves on without waiting for the script. Never rejects.
 */
export async function runScript(host: RunHost, request: RerunRequest, slot: RunSlot): Promise<RunOutcome> {
  const session = host.session;
  const requested = request.scope === 'app' ? [] : [...request.scope];
  const fragmentId = requested.find((id) => session.fragments.get(id));
  const rest = requested.filter((id) => id !== fragmentId && session.fragments.get(id));
  const fullRun = fragmentId === undefined;
  // A fragment timer whose fragment is gone runs nothing; a user interaction with an unknown fragment reruns the app.
  if (fullRun && request.scope !== 'app' && request.auto && request.changes.length === 0) {
    slot.release();
    return {};
  }
  host.applyLocation(fullRun ? request.pagePath : undefined, request.query);
  session.queryParams.beginRun();

  const runId = `r${++runCounter}`;
  const writer = host.createWriter(fullRun);
  const run = new RunContext(runId, writer, submittedForms(session.state, request.changes), fullRun ? undefined : new Set([fragmentId]));
  if (request.announceQuery) run.queryParamsChanged = true;
  const scoped = new RunScopedHost(session, run);
  host.beginRun(run);
  const cancelDeadline = armDeadline(host, run);
  host.send({ type: 'sessionStatus', state: 'running', runId, ...(fragmentId ? { fragmentId } : {}) });

  const script = (async () => {
    const callbacks = session.state.beginRun(request.changes.map((c) => ({ id: c.id, value: c.value, runCallback: c.runCallback })));
    await runCallbacks(scoped, run, callbacks);
    if (fullRun) await host.script(scoped.st);
    else await rerunFragment(scoped, run, fragmentId);
    // A fragment, spinner or with(fn) the app forgot to await: warn and wait, so its output is not lost.
    await settlePendingCalls(scoped, run, run.pendingCalls);
  })();
  holdSlot(host, slot, script, run);
  const ending = await Promise.race<Ending>([
    script.then(
      () => ({}),
      (error: unknown) => ({ error }),
    ),
    run.abandoned.then((abandoned) => ({ abandoned })),
  ]);
  cancelDeadline();

  let status: RunEndStatus;
  let next: RerunRequest | undefined;
  let carry: PendingChange[] | undefined;
  // A request the app caught in its own try/catch is still honoured (see RunContext.control).
  const e = ending.error instanceof ControlFlowSignal ? ending.error : (run.controlRequest ?? ending.error);
  if (ending.abandoned === 'timeout') {
    status = 'error';
    writer.putElement(run.activeContainer(), exceptionProto(timeoutError(), session.showErrorDetails));
  } else if (ending.abandoned === 'closed') {
    status = 'stopped';
  } else if (!('error' in ending) && !run.controlRequest) {
    status = 'complete';
  } else if (e instanceof RerunSignal) {
    status = 'rerun';
    next =
      e.scope === 'fragment' && e.fragmentId
        ? { changes: [], scope: new Set([e.fragmentId]), preempt: false }
        : { changes: [], scope: 'app', preempt: false };
  } else if (e instanceof SwitchPageSignal) {
    status = 'rerun';
    // As Streamlit's st.switch_page: the new page starts with the query params it was given, else none; the browser URL follows.
    next = { changes: [], scope: 'app', preempt: false, pagePath: e.urlPath, query: e.query, announceQuery: true };
  } else if (e instanceof StopSignal) {
    status = 'stopped';
  } else if (e instanceof InterruptSignal) {
    status = 'interrupted';
    carry = unseenTriggers(session.state, run, request);
  } else {
    status = 'error';
    if (!(e instanceof FragmentHandledError)) writer.putElement(run.activeContainer(), uncaughtExceptionProto(e, session));
  }

  if (status === 'complete') settleForms(session.state, run, session.queryParams);
  if (status === 'complete') session.state.finishRun(run.widgetIds, fullRun ? undefined : new Set([fragmentId]));
  if (status === 'complete' && fullRun) session.queryParams.dropStaleBindings();
  else if (status === 'rerun') session.state.resetTriggers();
  if (status === 'complete' && fullRun) host.fragmentsSettled(run.newFragmentIds);
  const trims = status === 'interrupted' || status === 'rerun' ? [] : writer.finish();
  writer.takeConfirm();
  host.endRun(run);
  host.session.media.runEnded(status === 'complete' && fullRun);
  host.send({ type: 'scriptFinished', runId, status, trims, ...(fragmentId ? { fragmentId } : {}) });
  host.flush();
  if (rest.length > 0 && !next) next = { changes: [], scope: new Set(rest), preempt: false };
  return {
    ...(next ? { next } : {}),
    ...(carry?.length ? { carry: { changes: carry, scope: request.scope, preempt: false, ...(request.cseq ? { cseq: request.cseq } : {}) } } : {}),
  };
}

/**
 * The triggers of an interrupted run that no widget call of it returned:
 * the next run must see them (exactly once). A trigger the run already
 * handed out is spent, even though the run did not finish. Callbacks that
 * already ran are not called again.
 */
function unseenTriggers(state: SessionState, run: RunContext, request: RerunRequest): PendingChange[] {
  return request.changes
    .filter((c) => c.trigger && !state.triggerSeen(c.id))
    .map((c) => ({ ...c, runCallback: c.runCallback && !run.callbacksRun.has(c.id) }));
}

/** Abandons the run once it has taken `runTimeoutMs`; returns the cancel function. */
function armDeadline(host: RunHost, run: RunContext): () => void {
  if (host.runTimeoutMs === undefined) return () => {};
  const handle = host.scheduler.setTimeout(() => run.abandon('timeout'), host.runTimeoutMs);
  return () => host.scheduler.clearTimeout(handle);
}

/** Frees `slot` when the script settles, or `abandonGraceMs` after the run is abandoned, whichever comes first. */
function holdSlot(host: RunHost, slot: RunSlot, script: Promise<unknown>, run: RunContext): void {
  let grace: unknown;
  const release = () => {
    if (grace !== undefined) host.scheduler.clearTimeout(grace);
    slot.release();
  };
  script.then(release, release);
  void run.abandoned.then(() => {
    grace = host.scheduler.setTimeout(release, host.abandonGraceMs);
  });
}

/** The forms whose submit button is among the request's triggers. */
function submittedForms(state: SessionState, changes: readonly PendingChange[]): Set<string> {
  const forms = new Set<string>();
  for (const change of changes) {
    const meta = state.metadata.get(change.id);
    if (change.trigger && change.value === true && meta?.type === 'formSubmitButton' && meta.formId) forms.add(meta.formId);
  }
  return forms;
}

/**
 * Calls the changed widgets' callbacks before the script, in the order the
 * widgets were rendered, as Streamlit. Better than Streamlit: an error in a
 * callback is shown as an exception and the script still runs, with the
 * value the user gave the widget.
 */
async function runCallbacks(host: DeltaGeneratorHost, run: RunContext, callbacks: readonly WidgetMetadata[]): Promise<void> {
  for (const meta of callbacks) {
    run.callbacksRun.add(meta.id);
    try {
      await meta.callback?.();
      // A request the callback caught itself counts as if it had propagated.
      if (run.controlRequest) throw run.controlRequest;
    } catch (e) {
      if (e instanceof RerunSignal) {
        run.dropControl(e);
        run.writer.putElement(run.activeContainer(), alertProto('warning', 'Calling st.rerun() within a callback is a no-op.'));
      } else if (e instanceof StopSignal || e instanceof InterruptSignal || e instanceof SwitchPageSignal) {
        throw e;
      } else {
        run.writer.putElement(run.activeContainer(), uncaughtExceptionProto(e, host));
      }
    }
  }
}

/** End of a completed run: forms without a submit button get an error; submitted `clearOnSubmit` forms reset. */
function settleForms(state: SessionState, run: RunContext, params: QueryParams): void {
  for (const [formId, form] of run.forms) {
    if (!form.hasSubmitButton) {
      const error = new LitUiError(
        ErrorCode.MissingSubmitButton,
        `The form '${formId}' has no submit button, so its widgets' changes never reach the app. Add st.formSubmitButton() inside it.`,
      );
      run.writer.putElement(form.container, exceptionProto(error, false));
    }
    if (!form.clearOnSubmit || !run.submittedForms.has(formId)) continue;
    for (const meta of state.metadata.values()) {
      if (meta.formId !== formId || meta.trigger || !run.widgetIds.has(meta.id)) continue;
      state.resetWidget(meta.id, meta.defaultValue);
      run.writer.replaceWidgetValue(meta.id, meta.serialize(meta.defaultValue) ?? null);
      // A widget bound to the URL is back at its default: its param leaves the URL.
      if (meta.bound && meta.key !== undefined) params.writeBound(meta.key, []);
    }
  }
}
