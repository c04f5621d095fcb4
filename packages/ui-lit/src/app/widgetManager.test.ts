import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutgoingBackMsg, Scheduler } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../renderers/types.js';
import { createWidgetManager, type ClientWidgetManager } from './widgetManager.js';

const slider = (value: number, extra: Partial<WidgetProto> = {}): WidgetProto => ({
  type: 'slider',
  id: 'slider',
  label: 'S',
  value,
  ...extra,
});
const text = (id: string, value: string, extra: Partial<WidgetProto> = {}): WidgetProto => ({
  type: 'textInput',
  id,
  label: id,
  value,
  ...extra,
});
const submit = (formId: string): WidgetProto => ({ type: 'formSubmitButton', id: `submit-${formId}`, label: 'Go', value: false, formId });

/** A scheduler on fake time: `advance(ms)` runs the timers due, in order. */
function manualScheduler(): Scheduler & { advance(ms: number): void } {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn, ms) => {
      timers.set(nextId, { at: now + ms, fn });
      return nextId++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    now: () => now,
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
  };
}

let sent: OutgoingBackMsg[];
let wm: ClientWidgetManager;
let submitButton: WidgetProto | undefined;
let scheduler: ReturnType<typeof manualScheduler>;

beforeEach(() => {
  scheduler = manualScheduler();
  sent = [];
  submitButton = undefined;
  wm = createWidgetManager({
    send: (msg) => sent.push(msg),
    debounceMs: () => 100,
    submitButtonOf: () => submitButton,
    scheduler,
  });
});
afterEach(() => {
  wm.dispose();
});

describe('createWidgetManager', () => {
  it('shows the proto value when nothing is pending', () => {
    expect(wm.value(slider(3))).toBe(3);
  });

  it('sends a change at once and shows it until acknowledged', () => {
    const proto = slider(3);
    wm.set(proto, 7);
    expect(sent).toEqual([{ type: 'rerunScript', widgets: [{ id: 'slider', value: 7 }] }]);
    expect(wm.value(proto)).toBe(7);
    wm.ack(0);
    expect(wm.value(proto)).toBe(7);
    wm.ack(1);
    // Acknowledged: the new proto from the server wins.
    const fresh = slider(7);
    wm.protoArrived(fresh);
    expect(wm.value(fresh)).toBe(7);
    expect(wm.pendingCount).toBe(0);
  });

  it('keeps the acknowledged value for the old proto until the run is over (no jump back)', () => {
    const proto = slider(3);
    wm.set(proto, 7);
    wm.ack(1);
    expect(wm.value(proto)).toBe(7);
    wm.idle();
    expect(wm.value(proto)).toBe(3);
  });

  it('a new proto does not override an unacknowledged change', () => {
    wm.set(slider(3), 7);
    const server = slider(5);
    wm.protoArrived(server);
    expect(wm.value(server)).toBe(7);
    wm.ack(1);
    const after = slider(6);
    wm.protoArrived(after);
    expect(wm.value(after)).toBe(6);
  });

  it('a new proto wins for a widget without pending changes', () => {
    const server = slider(9);
    wm.protoArrived(server);
    expect(wm.value(server)).toBe(9);
  });

  it('debounces, then sends the last value once', () => {
    const proto = slider(0);
    wm.set(proto, 1, { debounce: true });
    wm.set(proto, 2, { debounce: true });
    expect(sent).toEqual([]);
    expect(wm.value(proto)).toBe(2);
    scheduler.advance(99);
    expect(sent).toEqual([]);
    scheduler.advance(1);
    expect(sent).toEqual([{ type: 'rerunScript', widgets: [{ id: 'slider', value: 2 }] }]);
  });

  it('a non-debounced change flushes debounced ones in the same rerunScript', () => {
    wm.set(slider(0), 5, { debounce: true });
    wm.set(text('t', ''), 'hi');
    expect(sent).toEqual([
      {
        type: 'rerunScript',
        widgets: [
          { id: 'slider', value: 5 },
          { id: 't', value: 'hi' },
        ],
      },
    ]);
    scheduler.advance(500);
    expect(sent).toHaveLength(1);
  });

  it('a trigger flushes debounced changes and sends itself as trigger', () => {
    wm.set(text('t', ''), 'typed', { debounce: true });
    wm.trigger({ type: 'button', id: 'b', label: 'B', value: false });
    expect(sent).toEqual([
      {
        type: 'rerunScript',
        widgets: [
          { id: 't', value: 'typed' },
          { id: 'b', value: true, trigger: true },
        ],
      },
    ]);
  });

  it('holds form changes and sends them with the submit trigger in one message', () => {
    const a = text('a', '', { formId: 'f' });
    const b = text('b', '', { formId: 'f' });
    const other = text('c', '', { formId: 'g' });
    wm.set(a, 'A');
    wm.set(b, 'B', { debounce: true });
    wm.set(other, 'C');
    scheduler.advance(1000);
    expect(sent).toEqual([]);
    expect(wm.value(a)).toBe('A');
    wm.trigger(submit('f'));
    expect(sent).toEqual([
      {
        type: 'rerunScript',
        widgets: [
          { id: 'a', value: 'A' },
          { id: 'b', value: 'B' },
          { id: 'submit-f', value: true, trigger: true },
        ],
      },
    ]);
    // Sent, not held any more; the other form still holds its change.
    expect(wm.value(a)).toBe('A');
    wm.trigger(submit('f'));
    expect(sent[1]).toEqual({ type: 'rerunScript', widgets: [{ id: 'submit-f', value: true, trigger: true }] });
    expect(wm.value(other)).toBe('C');
  });

  it('adopts the server value after a form submit (clearOnSubmit)', () => {
    const a = text('a', '', { formId: 'f' });
    wm.set(a, 'A');
    wm.trigger(submit('f'));
    wm.ack(1);
    const cleared = text('a', '', { formId: 'f' });
    wm.protoArrived(cleared);
    expect(wm.value(cleared)).toBe('');
  });

  it('submitForm triggers the form submit button given by the app, or does nothing', () => {
    wm.submitForm('f');
    expect(sent).toEqual([]);
    submitButton = submit('f');
    wm.set(text('a', '', { formId: 'f' }), 'A');
    wm.submitForm('f');
    expect(sent).toEqual([
      {
        type: 'rerunScript',
        widgets: [
          { id: 'a', value: 'A' },
          { id: 'submit-f', value: true, trigger: true },
        ],
      },
    ]);
  });

  it('carries fragmentId when every widget of the batch is in that fragment', () => {
    wm.set(slider(0, { fragmentId: 'fr' }), 1);
    expect(sent[0]).toEqual({ type: 'rerunScript', widgets: [{ id: 'slider', value: 1 }], fragmentId: 'fr' });
    wm.set(slider(0, { fragmentId: 'fr' }), 2, { debounce: true });
    wm.trigger({ type: 'button', id: 'b', label: 'B', value: false });
    expect(sent[1]).not.toHaveProperty('fragmentId');
    wm.set(slider(0, { fragmentId: 'fr' }), 3, { debounce: true });
    wm.set(text('t', '', { fragmentId: 'other' }), 'x');
    expect(sent[2]).not.toHaveProperty('fragmentId');
  });

  it('chat submits send their text as a trigger', () => {
    wm.trigger({ type: 'chatInput', id: 'chat', label: '', value: null }, 'Hello');
    expect(sent).toEqual([{ type: 'rerunScript', widgets: [{ id: 'chat', value: 'Hello', trigger: true }] }]);
  });

  it('notifies subscribers of the widget whose value changed', () => {
    const listener = vi.fn();
    const other = vi.fn();
    const off = wm.subscribe('slider', listener);
    wm.subscribe('t', other);
    wm.set(slider(0), 4);
    expect(listener).toHaveBeenCalledTimes(1);
    wm.ack(1);
    wm.protoArrived(slider(4));
    expect(listener).toHaveBeenCalledTimes(2);
    off();
    wm.set(slider(4), 5);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(other).not.toHaveBeenCalled();
  });
});

describe('acknowledged values', () => {
  it('drops a refused change: the widget shows its proto again and nothing is reported on the ack', () => {
    const acked: unknown[] = [];
    const manager = createWidgetManager({ send: () => 1, debounceMs: () => 0, onAcked: (_, value) => acked.push(value) });
    const proto = slider(3);
    manager.set(proto, 99);
    expect(manager.value(proto)).toBe(99);
    manager.refused(1);
    manager.ack(1);
    expect(manager.value(proto)).toBe(3);
    expect(acked).toEqual([]);
    expect(manager.pendingCount).toBe(0);
  });

  it('reports each acknowledged change so the tree keeps the value the server holds', () => {
    const acked: Array<[string, unknown]> = [];
    const sent: number[] = [];
    const manager = createWidgetManager({
      send: () => sent.push(sent.length + 1) && sent.length,
      debounceMs: () => 0,
      onAcked: (proto, value) => acked.push([proto.id, value]),
    });
    const slider = { type: 'slider', id: 's', label: 'S', value: 0 } as never;
    manager.set(slider, 5);
    manager.set(slider, 7);
    manager.ack(1);
    expect(acked).toEqual([]);
    manager.ack(2);
    expect(acked).toEqual([['s', 7]]);
  });
});

describe('createWidgetManager: paintWithRun', () => {
  /** Counts the notifications of widget `id`. */
  const heard = (id: string) => {
    const count = { n: 0 };
    wm.subscribe(id, () => count.n++);
    return count;
  };

  it('sends at once, shows the value, and tells the widget when the ack of its rerunScript arrives', () => {
    const proto = slider(3);
    const told = heard('slider');
    wm.set(proto, 4, { paintWithRun: true });
    expect(sent).toEqual([{ type: 'rerunScript', widgets: [{ id: 'slider', value: 4 }] }]);
    expect(wm.value(proto)).toBe(4);
    expect(told.n).toBe(0);
    wm.ack(0);
    expect(told.n).toBe(0);
    wm.ack(1);
    expect(told.n).toBe(1);
    // Nothing is held any more: the timer tells nobody again.
    scheduler.advance(1000);
    expect(told.n).toBe(1);
  });

  it('tells the widget after echoHoldMs (default 32 ms) when no answer came', () => {
    const told = heard('slider');
    wm.set(slider(3), 4, { paintWithRun: true });
    scheduler.advance(31);
    expect(told.n).toBe(0);
    scheduler.advance(1);
    expect(told.n).toBe(1);
  });

  it('tells the widget at once when its change is refused, the session goes idle, or a plain change follows', () => {
    const told = heard('slider');
    wm.set(slider(3), 4, { paintWithRun: true });
    wm.refused(1);
    expect(told.n).toBe(1);
    expect(wm.value(slider(3))).toBe(3);
    wm.set(slider(3), 5, { paintWithRun: true });
    wm.idle();
    expect(told.n).toBe(2);
    wm.set(slider(3), 6, { paintWithRun: true });
    wm.set(slider(3), 7, { debounce: true });
    expect(told.n).toBe(3);
    wm.ack(3);
    expect(told.n).toBe(3);
  });

  it('is ignored for a debounced change and for a widget in a form (both shown at once)', () => {
    const told = heard('slider');
    wm.set(slider(3), 4, { debounce: true, paintWithRun: true });
    expect(told.n).toBe(1);
    const formTold = heard('a');
    wm.set(text('a', '', { formId: 'f' }), 'x', { paintWithRun: true });
    expect(formTold.n).toBe(1);
    expect(sent).toEqual([]);
  });

  it('takes its longest hold from echoHoldMs', () => {
    const own = createWidgetManager({ send: (msg) => sent.push(msg), debounceMs: () => 100, scheduler, echoHoldMs: 5 });
    let told = 0;
    own.subscribe('slider', () => told++);
    own.set(slider(3), 4, { paintWithRun: true });
    scheduler.advance(5);
    expect(told).toBe(1);
    own.dispose();
  });
});
