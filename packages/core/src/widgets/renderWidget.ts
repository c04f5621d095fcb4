import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { alertProto } from '../elements/text.js';
import { ErrorCode, LitUiError, invalidArgument } from '../errors.js';
import { checkFormPlacement } from '../forms/formPlacement.js';
import type { WidgetIdType } from '../protocol/elements.js';
import { computeWidgetId } from '../state/widgetId.js';
import { bindQueryParam } from './queryParamBinding.js';
import type { WidgetDefinition } from './widgetDefinition.js';

/**
 * Runs one widget call, the body every widget command shares: placement
 * rules (forms, fragments), the widget id, session state (a value set in
 * `st.sessionState[key]` before the widget wins, as Streamlit's), and the
 * proto at the cursor. Returns the widget's current value. With
 * `pinBottom`, a call on the root `st` outside containers writes to the
 * `bottom` root (`st.chatInput`).
 *
 * @throws LitUiError `DuplicateWidgetID`, `StateAssignmentNotAllowed`, `FragmentWidgetOutside`, the form errors of
 *   {@link checkFormPlacement}, or `InvalidArgument` when session state holds a value that does not fit the widget.
 */
export function renderWidget<V, T extends WidgetIdType>(core: DeltaGeneratorCore, def: WidgetDefinition<V, T>, pinBottom = false): V {
  const run = core.run();
  let container = core.container(run);
  if (pinBottom && core.target.kind === 'main' && run.stack.length === 0) container = run.writer.root(3);
  const { formId, fragmentId } = container;
  if (run.currentFragmentId !== undefined && fragmentId !== run.currentFragmentId) {
    throw new LitUiError(
      ErrorCode.FragmentWidgetOutside,
      `A fragment run cannot add a widget to a container outside the fragment that the fragment did not write to during the full run (st.${def.type} "${def.label}"). ` +
        'Write to that container from the fragment in every full run too, or create the widget inside the fragment.',
    );
  }
  checkFormPlacement(def, formId);
  const { state, pagePath } = core.host;
  const key = def.options.key;
  const id = computeWidgetId(def.type, key, { label: def.label, ...def.identity }, { ...(formId ? { formId } : {}), pagePath });
  if (run.widgetIds.has(id)) throw duplicateWidget(def.type, def.label, key);
  run.widgetIds.add(id);
  def.rendered?.(id);
  const prefill = key !== undefined && def.prefillFromState && state.isNewStateValue(key) ? prefillOf(def, key, state.get(key)) : undefined;
  if (key !== undefined && state.isNewStateValue(key) && !def.prefillFromState) {
    if (def.writable === false) {
      throw new LitUiError(ErrorCode.StateAssignmentNotAllowed, `st.${def.type} values cannot be set using st.sessionState (key "${key}").`);
    }
    if (def.customDefault) {
      run.writer.putElement(
        container,
        alertProto('warning', `The widget with key "${key}" was created with a default value but also had its value set via the Session State API.`),
      );
    }
  }
  const binding = bindQueryParam(def, id, state, core.host.queryParams);
  const registered = state.registerWidget({
    id,
    type: def.type,
    ...(key !== undefined ? { key } : {}),
    defaultValue: def.defaultValue,
    deserialize: def.deserialize,
    serialize: def.serialize as (value: unknown) => ReturnType<typeof def.serialize>,
    ...(def.trigger ? { trigger: def.trigger } : {}),
    ...(def.callback ? { callback: def.callback } : {}),
    ...(formId ? { formId } : {}),
    ...(fragmentId ? { fragmentId } : {}),
    ...(def.options.persist !== undefined ? { persist: def.options.persist } : {}),
    ...(binding ? { bound: true } : {}),
  });
  let value = registered.value as V;
  if (def.prefillFromState && registered.setFromState) {
    // The text went into the box, not into the value: the widget returns its default and the key reads it from now on.
    value = def.defaultValue;
    state.resetWidget(id, value);
  }
  let wire = def.serialize(value);
  if (wire === undefined) {
    if (registered.setFromState) {
      throw invalidArgument(`st.sessionState.${key} holds ${JSON.stringify(value)}, which is not a valid value for ${def.type} "${def.label}".`);
    }
    value = def.defaultValue;
    wire = def.serialize(value) ?? null;
    state.resetWidget(id, value);
  }
  binding?.write(wire);
  const { help, disabled, labelVisibility } = def.options;
  const proto = def.proto({
    id,
    label: def.label,
    value: wire,
    ...(key !== undefined ? { key } : {}),
    ...(help !== undefined ? { help } : {}),
    ...(disabled ? { disabled: true } : {}),
    ...(labelVisibility && labelVisibility !== 'visible' ? { labelVisibility } : {}),
    ...(formId ? { formId } : {}),
    ...(fragmentId ? { fragmentId } : {}),
  });
  run.writer.putElement(container, core.withLayout(prefill !== undefined ? { ...proto, prefill } : proto));
  return value;
}

/** The text a session-state value pre-fills a widget's box with (nothing for null). @throws LitUiError `InvalidArgument` for a value that is not text. */
function prefillOf<V, T extends WidgetIdType>(def: WidgetDefinition<V, T>, key: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw invalidArgument(`st.sessionState.${key} holds ${JSON.stringify(value)}: st.${def.type} "${def.label}" can only be pre-filled with text.`);
  }
  return value;
}

function duplicateWidget(type: string, label: string, key: string | undefined): LitUiError {
  const message =
    key !== undefined
      ? `There are multiple widgets with the same key "${key}". To fix this, make sure each widget's key is unique.`
      : `There are multiple \`${type}\` widgets with the same auto-generated ID (same label "${label}" and parameters). ` +
        `To fix this, give each a unique \`key\`, e.g. st.${type}(${JSON.stringify(label)}, { key: 'my_${type}_2' }).`;
  return new LitUiError(ErrorCode.DuplicateWidgetID, message);
}
