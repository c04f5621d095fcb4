import { describe, expect, it } from 'vitest';
import type { ClientBlock, ElementProto, JsonValue } from '@lit-ui/core/protocol';
import { AppEventDispatcher } from './appEvents.js';

const root = (...protos: ElementProto[]): ClientBlock => ({
  kind: 'block',
  proto: null,
  children: protos.map((proto) => ({ kind: 'element', proto, gen: 1 })),
  gen: 1,
  confirmed: protos.length,
});
const call = (name: string, detail: JsonValue, nonce: string): ElementProto => ({ type: 'hostEvent', name, detail, nonce });

describe('AppEventDispatcher (st.dispatchEvent in the page)', () => {
  it('dispatches each call once, in order, as a bubbling composed CustomEvent; a later run with the same call dispatches again', () => {
    const target = new EventTarget();
    const seen: Array<{ type: string; detail: unknown; bubbles: boolean; composed: boolean }> = [];
    for (const type of ['order-placed', 'app:ready']) {
      target.addEventListener(type, (e) => {
        const { detail, bubbles, composed } = e as CustomEvent<unknown>;
        seen.push({ type, detail, bubbles, composed });
      });
    }
    const dispatcher = new AppEventDispatcher();
    const toast = { type: 'toast', body: 'Saved', nonce: 'r1:0' } as ElementProto;
    const events = root(toast, call('order-placed', { id: 7 }, 'r1:1'), call('app:ready', null, 'r1:2'));
    dispatcher.dispatchNew(target, events);
    dispatcher.dispatchNew(target, events);
    expect(seen).toEqual([
      { type: 'order-placed', detail: { id: 7 }, bubbles: true, composed: true },
      { type: 'app:ready', detail: null, bubbles: true, composed: true },
    ]);
    dispatcher.dispatchNew(target, root(call('order-placed', { id: 7 }, 'r2:0')));
    expect(seen).toHaveLength(3);
    expect(seen[2]).toMatchObject({ type: 'order-placed', detail: { id: 7 } });
  });
});
