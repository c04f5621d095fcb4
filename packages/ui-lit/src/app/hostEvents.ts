import type { JsonValue } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../renderers/types.js';

/** The session's state as `<lit-ui-app>` reflects it in `run-state` and reports it in `lit-ui-run`. */
export type RunState = 'connecting' | 'running' | 'queued' | 'idle' | 'reconnecting';

/** What {@link runStateOf} reads. */
export interface RunStateSource {
  readonly store: { readonly state: { readonly sessionId: string | undefined; readonly running: boolean } };
  readonly status: string;
  readonly queued: boolean;
}

/** The run state of an app: connecting until its session starts, then reconnecting, queued, running or idle. */
export function runStateOf(source: RunStateSource): RunState {
  const state = source.store.state;
  if (state.sessionId === undefined) return 'connecting';
  if (source.status === 'reconnecting') return 'reconnecting';
  if (source.queued) return 'queued';
  return state.running ? 'running' : 'idle';
}

/** `detail` of `lit-ui-run`: the new run state and the one before (undefined for the first). */
export interface RunEventDetail {
  /** The run state now (as the element's `run-state` attribute). */
  readonly state: RunState;
  /** The run state before this change; undefined for the element's first event. */
  readonly previous: RunState | undefined;
}

/**
 * `detail` of `lit-ui-change`, fired when a change the user made reaches
 * the app (sent to the server: after the debounce of a drag or typing, at
 * submit for widgets in a form).
 */
export interface ChangeEventDetail {
  /** The widget's `key`, or undefined when the app gave none. */
  readonly key: string | undefined;
  /** The widget id. */
  readonly id: string;
  /** The element type (`slider`, `selectbox`, `button`, …). */
  readonly type: string;
  /**
   * The new value as the page shows it: the option text (or texts) for
   * `selectbox`, `radio`, `multiselect`, `selectSlider` and `pills`-like
   * widgets; otherwise the value the widget sends (a number, a string, a
   * boolean, `[low, high]`; dates as `'YYYY-MM-DD'` strings, slider dates as epoch ms; `true` for a click).
   */
  readonly value: JsonValue;
  /** True for one-run triggers: button clicks, form submits, chat messages. */
  readonly trigger: boolean;
}

/** Option widgets send indices; the host gets the option texts. */
function optionValue(proto: WidgetProto, value: JsonValue): JsonValue {
  const options = proto['options'];
  if (!Array.isArray(options)) return value;
  const text = (i: JsonValue): JsonValue => (typeof i === 'number' && typeof options[i] === 'string' ? options[i] : i);
  return Array.isArray(value) ? value.map(text) : text(value);
}

/** The `lit-ui-change` detail of one change. */
export function changeDetail(proto: WidgetProto, value: JsonValue, trigger: boolean): ChangeEventDetail {
  return { key: proto.key, id: proto.id, type: proto.type, value: optionValue(proto, value), trigger };
}
