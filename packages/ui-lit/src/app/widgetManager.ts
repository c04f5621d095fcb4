import { systemScheduler } from '@lit-ui/core/protocol';
import type { JsonValue, OutgoingBackMsg, Scheduler, WidgetChange } from '@lit-ui/core/protocol';
import type { WidgetManager, WidgetProto } from '../renderers/types.js';

/** Options of {@link createWidgetManager}. */
export interface WidgetManagerOptions {
  /** Sends a BackMsg and returns its `cseq` (the connection's `send`). */
  readonly send: (msg: OutgoingBackMsg) => number;
  /** Debounce of `set(..., { debounce: true })`, in ms; read at each set (it comes with `newSession`). */
  readonly debounceMs: () => number;
  /**
   * The submit button `submitForm(formId)` triggers: the form's first
   * `formSubmitButton`, or undefined when the form has none or does not
   * submit on Enter (`enterToSubmit: false`).
   */
  readonly submitButtonOf?: (formId: string) => WidgetProto | undefined;
  /**
   * The server acknowledged a change: it now holds `value` for the widget and
   * will not send it back (it diffs against what the client shows), so the
   * client's copy of the proto must take the value too.
   */
  readonly onAcked?: (proto: WidgetProto, value: JsonValue) => void;
  /** Called for each change as it is sent (held form changes at submit; triggers with `trigger` true). */
  readonly onSent?: (proto: WidgetProto, value: JsonValue, trigger: boolean) => void;
  /** Timers for the debounce and the held repaints. Default: `systemScheduler` (the global timers). */
  readonly scheduler?: Scheduler;
  /**
   * Longest wait, in ms, for the server's answer before a change set with `paintWithRun` is shown anyway.
   * Default {@link DEFAULT_ECHO_HOLD_MS}.
   */
  readonly echoHoldMs?: number;
}

/**
 * Default of {@link WidgetManagerOptions.echoHoldMs}: two 60 Hz frames, in ms. A server that answers
 * within it paints the widget and the run's output together; a slower one shows the widget after it
 * (well within the 100 ms in which a response still feels immediate).
 */
export const DEFAULT_ECHO_HOLD_MS = 32;

/** The client's widget state: {@link WidgetManager} plus the hooks the app drives. */
export interface ClientWidgetManager extends WidgetManager {
  /** The server acknowledged every BackMsg up to `cseq`. */
  ack(cseq: number): void;
  /**
   * The server refused the BackMsg `cseq` (an `error` naming it, sent before
   * its `ack`): its changes are dropped, the widgets show their protos' values.
   */
  refused(cseq: number): void;
  /** A delta brought a new proto for a widget: the server's value wins unless a change is unacknowledged. */
  protoArrived(proto: WidgetProto): void;
  /** The session went idle: every change has been applied by the server. */
  idle(): void;
  /** Number of changes held by forms, waiting to be sent, or unacknowledged. */
  readonly pendingCount: number;
  /** Cancels timers and forgets every change. */
  dispose(): void;
}

type EntryState = 'held' | 'debouncing' | 'sent' | 'acked';

interface Entry {
  state: EntryState;
  value: JsonValue;
  proto: WidgetProto;
  /** cseq of the rerunScript that carried it (sent/acked). */
  cseq: number;
}

/**
 * Creates the client's widget state manager (Streamlit's WidgetStateManager),
 * behaving as {@link WidgetManager}'s TSDoc says:
 *
 * - a changed value is shown until the server has it: while held by a form,
 *   debouncing, or unacknowledged — and after the `ack`, for the widget's
 *   old proto, until the server sends its new proto or goes idle, so a
 *   widget never jumps back to its previous value mid-run;
 * - a new proto (a delta) wins when the widget has no unacknowledged change;
 * - form widgets hold changes; the form's submit trigger sends them all with
 *   the trigger in ONE `rerunScript`;
 * - debounced changes wait `debounceMs`, flushed at once by a later
 *   non-debounced change or a trigger;
 * - a batch carries `fragmentId` only when every widget in it has that same one;
 * - a change set with `paintWithRun` is sent at once, but its listeners hear
 *   of it when its `ack` arrives (with the run's first output), when it is
 *   refused, when the session goes idle, or `echoHoldMs` after it, whichever
 *   comes first: the widget and the run's output paint in one frame.
 *
 * @example
 * const widgets = createWidgetManager({ send: (m) => conn.send(m), debounceMs: () => 200 });
 * widgets.set(sliderProto, 42, { debounce: true });
 */
export function createWidgetManager(options: WidgetManagerOptions): ClientWidgetManager {
  const scheduler = options.scheduler ?? systemScheduler;
  const entries = new Map<string, Entry>();
  const listeners = new Map<string, Set<() => void>>();
  let debounceTimer: unknown;
  /** Widgets whose new value is shown when the rerunScript of this cseq is acknowledged (`paintWithRun`). */
  const held = new Map<string, number>();
  let holdTimer: unknown;

  const notify = (id: string): void => {
    const set = listeners.get(id);
    if (set) for (const fn of [...set]) fn();
  };

  const drop = (id: string): void => {
    held.delete(id);
    if (entries.delete(id)) notify(id);
  };

  /** Shows the held widgets whose rerunScript is acknowledged up to `cseq` (all of them without). */
  const release = (cseq = Infinity): void => {
    for (const [id, heldCseq] of [...held]) {
      if (heldCseq > cseq) continue;
      held.delete(id);
      notify(id);
    }
    if (held.size === 0 && holdTimer !== undefined) {
      scheduler.clearTimeout(holdTimer);
      holdTimer = undefined;
    }
  };

  const send = (changes: WidgetChange[], protos: WidgetProto[]): number => {
    const fragments = new Set(protos.map((p) => p.fragmentId));
    const [only] = fragments;
    const fragmentId = fragments.size === 1 && only !== undefined ? only : undefined;
    return options.send({
      type: 'rerunScript',
      widgets: changes,
      ...(fragmentId !== undefined ? { fragmentId } : {}),
    });
  };

  /** Sends `extra` (plus every debouncing change) in one rerunScript; returns its cseq (undefined: nothing sent). */
  const flush = (extra: Entry[] = [], trigger?: { proto: WidgetProto; value: JsonValue }): number | undefined => {
    if (debounceTimer !== undefined) scheduler.clearTimeout(debounceTimer);
    debounceTimer = undefined;
    const batch = [...[...entries.values()].filter((e) => e.state === 'debouncing'), ...extra];
    if (batch.length === 0 && trigger === undefined) return undefined;
    const changes: WidgetChange[] = batch.map((e) => ({ id: e.proto.id, value: e.value }));
    const protos = batch.map((e) => e.proto);
    if (trigger !== undefined) {
      changes.push({ id: trigger.proto.id, value: trigger.value, trigger: true });
      protos.push(trigger.proto);
    }
    const cseq = send(changes, protos);
    for (const e of batch) {
      e.state = 'sent';
      e.cseq = cseq;
      entries.set(e.proto.id, e);
    }
    if (options.onSent) {
      for (const e of batch) options.onSent(e.proto, e.value, false);
      if (trigger !== undefined) options.onSent(trigger.proto, trigger.value, true);
    }
    return cseq;
  };

  const manager: ClientWidgetManager = {
    value(proto) {
      const entry = entries.get(proto.id);
      if (entry === undefined) return proto.value;
      if (entry.state === 'acked' && entry.proto !== proto) {
        entries.delete(proto.id);
        return proto.value;
      }
      return entry.value;
    },

    set(proto, value, setOptions) {
      const formId = proto.formId;
      if (formId !== undefined) {
        entries.set(proto.id, { state: 'held', value, proto, cseq: 0 });
        notify(proto.id);
        return;
      }
      const entry: Entry = { state: 'debouncing', value, proto, cseq: 0 };
      entries.set(proto.id, entry);
      if (setOptions?.paintWithRun === true && setOptions.debounce !== true) {
        const cseq = flush();
        held.set(proto.id, cseq ?? 0);
        holdTimer ??= scheduler.setTimeout(() => {
          holdTimer = undefined;
          release();
        }, options.echoHoldMs ?? DEFAULT_ECHO_HOLD_MS);
        return;
      }
      held.delete(proto.id);
      notify(proto.id);
      if (setOptions?.debounce === true) {
        if (debounceTimer !== undefined) scheduler.clearTimeout(debounceTimer);
        debounceTimer = scheduler.setTimeout(() => {
          debounceTimer = undefined;
          flush();
        }, options.debounceMs());
        return;
      }
      flush();
    },

    trigger(proto, value = true) {
      const held: Entry[] = [];
      const formId = proto.formId;
      if (proto.type === 'formSubmitButton' && formId !== undefined) {
        for (const e of entries.values()) if (e.state === 'held' && e.proto.formId === formId) held.push(e);
      }
      flush(held, { proto, value });
      for (const e of held) notify(e.proto.id);
    },

    submitForm(formId) {
      const button = options.submitButtonOf?.(formId);
      if (button !== undefined) manager.trigger(button, true);
    },

    subscribe(id, listener) {
      let set = listeners.get(id);
      if (set === undefined) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(id);
      };
    },

    ack(cseq) {
      for (const e of entries.values()) {
        if (e.state !== 'sent' || e.cseq > cseq) continue;
        e.state = 'acked';
        options.onAcked?.(e.proto, e.value);
      }
      release(cseq);
    },

    refused(cseq) {
      for (const [id, e] of [...entries]) if (e.state === 'sent' && e.cseq === cseq) drop(id);
    },

    protoArrived(proto) {
      const entry = entries.get(proto.id);
      if (entry === undefined) return;
      if (entry.state === 'acked') drop(proto.id);
      else if (entry.state === 'held' && entry.proto.formId !== proto.formId) drop(proto.id);
      else entry.proto = proto;
    },

    idle() {
      release();
      for (const [id, e] of [...entries]) if (e.state === 'acked') drop(id);
    },

    get pendingCount() {
      return entries.size;
    },

    dispose() {
      if (debounceTimer !== undefined) scheduler.clearTimeout(debounceTimer);
      debounceTimer = undefined;
      if (holdTimer !== undefined) scheduler.clearTimeout(holdTimer);
      holdTimer = undefined;
      held.clear();
      entries.clear();
      listeners.clear();
    },
  };
  return manager;
}
