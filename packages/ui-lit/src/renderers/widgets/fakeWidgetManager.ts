import type { JsonValue } from '@lit-ui/core/protocol';
import type { RenderContext, WidgetManager, WidgetProto } from '../types.js';
import type { WidgetElement } from './widgetElement.js';

/** One call a widget made on the {@link FakeWidgetManager}. */
export interface WidgetCall {
  readonly method: 'set' | 'trigger' | 'submitForm';
  /** Widget id (`set`, `trigger`) or form id (`submitForm`). */
  readonly id: string;
  readonly value?: JsonValue;
  readonly debounce?: boolean;
  /** Present (true) when the change asked to be shown with the run's output (`WidgetSetOptions.paintWithRun`). */
  readonly paintWithRun?: true;
}

/** A {@link WidgetManager} that keeps set values in memory and records every call. */
export interface FakeWidgetManager extends WidgetManager {
  /** Every `set`, `trigger` and `submitForm`, in order. */
  readonly calls: WidgetCall[];
  /** Sets a widget's shown value as the server would, notifying subscribers. */
  serverSet(id: string, value: JsonValue): void;
}

/**
 * Creates a fake widget manager for tests and the dev gallery: `value()`
 * returns the last value set for the widget (else `proto.value`), and each
 * `set` notifies subscribers, as the real manager does.
 *
 * @example
 * const widgets = createFakeWidgetManager();
 * el.ctx = fakeContext(widgets);
 * expect(widgets.calls).toEqual([{ method: 'set', id: 'w1', value: 3, debounce: false }]);
 */
export function createFakeWidgetManager(): FakeWidgetManager {
  const values = new Map<string, JsonValue>();
  const listeners = new Map<string, Set<() => void>>();
  const calls: WidgetCall[] = [];
  const notify = (id: string): void => {
    for (const fn of [...(listeners.get(id) ?? [])]) fn();
  };
  return {
    calls,
    value: (proto: WidgetProto) => (values.has(proto.id) ? values.get(proto.id) : proto.value),
    set(proto, value, options) {
      calls.push({
        method: 'set',
        id: proto.id,
        value,
        debounce: options?.debounce === true,
        ...(options?.paintWithRun ? { paintWithRun: true } : {}),
      });
      values.set(proto.id, value);
      notify(proto.id);
    },
    trigger(proto, value = true) {
      calls.push({ method: 'trigger', id: proto.id, value });
    },
    submitForm(formId) {
      calls.push({ method: 'submitForm', id: formId });
    },
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (set === undefined) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    serverSet(id, value) {
      values.set(id, value);
      notify(id);
    },
  };
}

/** A render context around `widgets`, with inert navigation. */
export function fakeContext(widgets: WidgetManager): RenderContext {
  return { widgets, pageHref: (path) => path, navigate: () => undefined };
}

/**
 * Mounts a `tag` element (the test defines it) into `document.body` with
 * `proto` and a fresh fake manager, and waits for its first render.
 *
 * @returns the element and its fake manager
 */
export async function mountWidget<E extends WidgetElement>(tag: string, proto: WidgetProto): Promise<{ el: E; widgets: FakeWidgetManager }> {
  const widgets = createFakeWidgetManager();
  const el = document.createElement(tag) as E;
  el.proto = proto;
  el.ctx = fakeContext(widgets);
  document.body.append(el);
  await el.updateComplete;
  return { el, widgets };
}
