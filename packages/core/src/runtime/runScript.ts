import { InterruptSignal, RerunSignal, StopSignal, SwitchPageSignal } from '../controlFlow.js';
import { exceptionProto } from '../elements/exception.js';
import { alertProto } from '../elements/text.js';
import { ErrorCode, LitUiError } from '../errors.js';
import { FragmentHandledError, rerunFragment } from '../fragments/fragment.js';
import type { RunEndStatus } from '../protocol/forwardMsg.js';
import type { WidgetMetadata } from '../state/sessionState.js';
import { TreeWriter } from '../tree/treeWriter.js';
import type { AppSession } from './appSession.js';
import type { PendingChange, RerunRequest } from './rerunRequest.js';
import { RunContext } from './runContext.js';
import type { RunOutcome } from './scriptRunner.js';

let runCounter = 0;

/**
 * Runs one request in `session` from start to end, as Streamlit's
 * `ScriptRunner._run_script`: applies the widget changes, calls the changed
 * widgets' callbacks, runs the script (or one fragment), and settles the
 * run — stale widgets, `clearOnSubmit`, forms without a submit button,
 * trims — before `scriptFinished`. Never rejects.
 */
export async function runScript(session: AppSession, request: RerunRequest): Promise<RunOutcome> {
  const requested = request.scope === 'app' ? [] : [...request.scope];
  const fragmentId = requested.find((id) => session.fragments.get(id));
  const rest = requested.filter((id) => id !== fragmentId && session.fragments.get(id));
  const fullRun = fragmentId === undefined;
  // A fragment timer whose fragment is gone runs nothing; a user interaction with an unknown fragment reruns the app.
  if (fullRun && request.scope !== 'app' && request.auto && request.changes.length === 0) return {};
  if (fullRun && request.pagePath !== undefined) session.pagePath = request.pagePath;
  if (request.query !== undefined) session.queryParams.load(request.query);

  const runId = `r${++runCounter}`;
  const writer = new TreeWriter(session.tree, (delta) => session.queue.enqueue(delta), session.widgetIndex, fullRun);
  const run = new RunContext(runId, writer, submittedForms(session, request.changes), fullRun ? undefined : new Set([fragmentId]));
  session.beginRun(run);
  session.queue.enqueue({ type: 'sessionStatus', state: 'running', runId, ...(fragmentId ? { fragmentId } : {}) });

  let status: RunEndStatus = 'complete';
  let next: RerunRequest | undefined;
  let carry: PendingChange[] | undefined;
  try {
    const callbacks = session.state.beginRun(request.changes.map((c) => ({ id: c.id, value: c.value, runCallback: c.runCallback })));
    await runCallbacks(session, run, callbacks);
    if (fullRun) await session.app.script(session.st);
    else await rerunFragment(session, run, fragmentId);
  } catch (e) {
    if (e instanceof RerunSignal) {
      status = 'rerun';
      next =
        e.scope === 'fragment' && e.fragmentId
          ? { changes: [], scope: new Set([e.fragmentId]), preempt: false }
          : { changes: [], scope: 'app', preempt: false };
    } else if (e instanceof SwitchPageSignal) {
      status = 'rerun';
      // As Streamlit's st.switch_page: the new page starts without query params.
      next = { changes: [], scope: 'app', preempt: false, pagePath: e.urlPath, query: '' };
    } else if (e instanceof StopSignal) {
      status = 'stopped';
    } else if (e instanceof InterruptSignal) {
      status = 'interrupted';
      carry = request.changes.filter((c) => c.trigger).map((c) => ({ ...c, runCallback: false }));
    } else {
      status = 'error';
      if (!(e instanceof FragmentHandledError)) writer.putElement(run.activeContainer(), exceptionProto(e, session.showErrorDetails));
    }
  }

  if (status === 'complete') settleForms(session, run);
  if (status === 'complete') session.state.finishRun(run.widgetIds, fullRun ? undefined : new Set([fragmentId]));
  else if (status === 'rerun') session.state.resetTriggers();
  if (status === 'complete' && fullRun) session.fragmentsSettled(run.newFragmentIds);
  const trims = status === 'interrupted' || status === 'rerun' ? [] : writer.finish();
  writer.takeConfirm();
  session.endRun(run);
  session.queue.enqueue({ type: 'scriptFinished', runId, status, trims, ...(fragmentId ? { fragmentId } : {}) });
  session.queue.flush();
  if (rest.length > 0 && !next) next = { changes: [], scope: new Set(rest), preempt: false };
  return { ...(next ? { next } : {}), ...(carry?.length ? { carry } : {}) };
}

/** The forms whose submit button is among the request's triggers. */
function submittedForms(session: AppSession, changes: readonly PendingChange[]): Set<string> {
  const forms = new Set<string>();
  for (const change of changes) {
    const meta = session.state.metadata.get(change.id);
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
async function runCallbacks(session: AppSession, run: RunContext, callbacks: readonly WidgetMetadata[]): Promise<void> {
  for (const meta of callbacks) {
    try {
      await meta.callback?.();
    } catch (e) {
      if (e instanceof RerunSignal) {
        run.writer.putElement(run.activeContainer(), alertProto('warning', 'Calling st.rerun() within a callback is a no-op.'));
      } else if (e instanceof StopSignal || e instanceof InterruptSignal || e instanceof SwitchPageSignal) {
        throw e;
      } else {
        run.writer.putElement(run.activeContainer(), exceptionProto(e, session.showErrorDetails));
      }
    }
  }
}

/** End of a completed run: forms without a submit button get an error; submitted `clearOnSubmit` forms reset. */
function settleForms(session: AppSession, run: RunContext): void {
  for (const [formId, form] of run.forms) {
    if (!form.hasSubmitButton) {
      const error = new LitUiError(
        ErrorCode.MissingSubmitButton,
        `The form '${formId}' has no submit button, so its widgets' changes never reach the app. Add st.formSubmitButton() inside it.`,
      );
      run.writer.putElement(form.container, exceptionProto(error, false));
    }
    if (!form.clearOnSubmit || !run.submittedForms.has(formId)) continue;
    for (const meta of session.state.metadata.values()) {
      if (meta.formId !== formId || meta.trigger || !run.widgetIds.has(meta.id)) continue;
      session.state.resetWidget(meta.id, meta.defaultValue);
      run.writer.replaceWidgetValue(meta.id, meta.serialize(meta.defaultValue) ?? null);
    }
  }
}
