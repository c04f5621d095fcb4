import { describe, expect, it, vi } from 'vitest';
import { isConfirmed } from '@lit-ui/core/protocol';
import type { BlockProto, ClientBlock, ClientElement, ElementProto, ForwardMsg, Scheduler } from '@lit-ui/core/protocol';
import { TreeStore } from './treeStore.js';

const config = { staleDelayMs: 100, sessionTtlMs: 1000, debounceMs: 50 };
const md = (body: string): ElementProto => ({ type: 'markdown', body });
const vertical: BlockProto = { type: 'vertical' };
const el = (path: number[], element: ElementProto): ForwardMsg => ({ type: 'delta', seq: 1, path, element });
const blk = (path: number[], block: BlockProto): ForwardMsg => ({ type: 'delta', seq: 1, path, block });
const running = (fragmentId?: string): ForwardMsg => ({
  type: 'sessionStatus',
  seq: 1,
  state: 'running',
  runId: 'r',
  ...(fragmentId ? { fragmentId } : {}),
});
const finished = (trims: { path: number[]; length: number }[] = []): ForwardMsg => ({
  type: 'scriptFinished',
  seq: 1,
  runId: 'r',
  status: 'complete',
  trims,
});

function fakeScheduler(): Scheduler & { fire(): void; pending: number } {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (fn) => {
      queue.set(next, fn);
      return next++;
    },
    clearTimeout: (h) => void queue.delete(h as number),
    now: () => 0,
    fire: () => {
      const fns = [...queue.values()];
      queue.clear();
      fns.forEach((f) => f());
    },
    get pending() {
      return queue.size;
    },
  };
}

function setup(): { store: TreeStore; timers: ReturnType<typeof fakeScheduler> } {
  const timers = fakeScheduler();
  const store = new TreeStore({ scheduler: timers });
  store.apply({ type: 'newSession', seq: 0, sessionId: 's1', protocolVersion: 1, resumed: false, config });
  return { store, timers };
}

const main = (store: TreeStore): ClientBlock => store.state.roots[0] as ClientBlock;
const child = (block: ClientBlock, i: number): ClientElement | ClientBlock => block.children[i] as ClientElement | ClientBlock;

describe('TreeStore', () => {
  it('starts with four empty roots and takes the session config', () => {
    const { store } = setup();
    expect(store.state.roots).toHaveLength(4);
    expect(store.state.config).toEqual(config);
    expect(store.state.sessionId).toBe('s1');
  });

  it('puts elements and grows a block by one at its end', () => {
    const { store } = setup();
    store.apply(el([0, 0], md('a')));
    store.apply(el([0, 1], md('b')));
    store.apply(el([0, 0], md('A')));
    expect(main(store).children.map((c) => (c as ClientElement).proto['body'])).toEqual(['A', 'b']);
  });

  it('applies streamed text (textAppend) in order with the deltas of the same batch, touching only that element', () => {
    const { store } = setup();
    store.apply(el([0, 0], md('first')));
    store.apply(el([0, 1], md('Hel')));
    const before = main(store).children[0];
    store.apply({ type: 'textAppend', seq: 2, path: [0, 1], text: 'lo' });
    store.apply({ type: 'textAppend', seq: 3, path: [0, 1], text: ', world' });
    store.apply(el([0, 2], md('after')));
    expect(main(store).children.map((c) => (c as ClientElement).proto['body'])).toEqual(['first', 'Hello, world', 'after']);
    expect(main(store).children[0]).toBe(before);
    expect(store.state.errors).toEqual([]);
  });

  it('keeps identity of untouched subtrees', () => {
    const { store } = setup();
    store.apply(blk([0, 0], vertical));
    store.apply(el([0, 0, 0], md('x')));
    store.apply(el([0, 1], md('y')));
    store.apply(el([1, 0], md('side')));
    const before = store.state;
    store.apply(el([0, 1], md('y2')));
    expect(store.state).not.toBe(before);
    expect(child(main(store), 0)).toBe(child(before.roots[0] as ClientBlock, 0));
    expect(store.state.roots[1]).toBe(before.roots[1]);
  });

  it('keeps children when a block replaces a block, empties when a block replaces an element', () => {
    const { store } = setup();
    store.apply(blk([0, 0], vertical));
    store.apply(el([0, 0, 0], md('kept')));
    store.apply(blk([0, 0], { type: 'vertical', border: true }));
    const block = child(main(store), 0) as ClientBlock;
    expect(block.proto).toEqual({ type: 'vertical', border: true });
    expect(block.children).toHaveLength(1);
    store.apply(el([0, 1], md('e')));
    store.apply(blk([0, 1], vertical));
    expect((child(main(store), 1) as ClientBlock).children).toEqual([]);
    store.apply(el([0, 0], md('element over block')));
    expect(child(main(store), 0).kind).toBe('element');
  });

  it('ignores deltas whose path leads nowhere', () => {
    const { store } = setup();
    const before = store.state;
    store.apply(el([0, 3, 0], md('nope')));
    store.apply(el([9, 0], md('nope')));
    store.apply(el([0], md('nope')));
    store.apply(el([0, 1], md('past the end')));
    expect(store.state.roots).toEqual(before.roots);
    expect(store.state.errors.map((e) => e.code)).toEqual(['InvalidForwardMsg', 'InvalidForwardMsg', 'InvalidForwardMsg', 'InvalidForwardMsg']);
  });

  it('newSession with resumed:false empties the tree; resumed:true keeps it', () => {
    const { store } = setup();
    store.apply(el([0, 0], md('a')));
    store.apply({ type: 'newSession', seq: 0, sessionId: 's1', protocolVersion: 1, resumed: true, config });
    expect(main(store).children).toHaveLength(1);
    store.apply({ type: 'newSession', seq: 0, sessionId: 's2', protocolVersion: 1, resumed: false, config });
    expect(main(store).children).toHaveLength(0);
  });

  it('replaces everything on snapshot', () => {
    const { store } = setup();
    store.apply(el([0, 0], md('old')));
    store.apply({
      type: 'snapshot',
      seq: 9,
      roots: [
        { block: vertical, children: [{ block: vertical, children: [{ element: md('deep') }] }] },
        { block: vertical, children: [{ element: md('side') }] },
      ],
    });
    const block = child(main(store), 0) as ClientBlock;
    expect((child(block, 0) as ClientElement).proto).toEqual(md('deep'));
    expect((store.state.roots[1] as ClientBlock).children).toHaveLength(1);
    expect((store.state.roots[3] as ClientBlock).children).toHaveLength(0);
    expect(main(store).proto).toBeNull();
  });

  it('trims blocks on scriptFinished', () => {
    const { store } = setup();
    store.apply(blk([0, 0], vertical));
    store.apply(el([0, 0, 0], md('a')));
    store.apply(el([0, 0, 1], md('b')));
    store.apply(el([0, 1], md('c')));
    store.apply(
      finished([
        { path: [0, 0], length: 1 },
        { path: [0], length: 1 },
      ]),
    );
    expect(main(store).children).toHaveLength(1);
    expect((child(main(store), 0) as ClientBlock).children).toHaveLength(1);
  });

  it('shows unconfirmed nodes as stale only after staleDelayMs, confirms by delta and confirm', () => {
    const { store, timers } = setup();
    store.apply(el([0, 0], md('a')));
    store.apply(el([0, 1], md('b')));
    store.apply(el([0, 2], md('c')));
    store.apply(finished());
    store.apply(running());
    expect(store.state.run?.scopes).toEqual(['0', '1', '2', '3']);
    expect(store.state.staleShown).toBe(false);
    store.apply(el([0, 0], md('a2')));
    store.apply({ type: 'confirm', seq: 1, blocks: [{ path: [0], length: 2 }] });
    timers.fire();
    expect(store.state.staleShown).toBe(true);
    const confirmed = main(store).children.map((_, i) => isConfirmed(main(store), i, store.state.gen));
    expect(confirmed).toEqual([true, true, false]);
    store.apply(finished());
    expect(store.state.staleShown).toBe(false);
    expect(store.state.run).toBeNull();
  });

  it('never shows stale when the run finishes before the delay', () => {
    const { store, timers } = setup();
    store.apply(running());
    store.apply(finished());
    expect(timers.pending).toBe(0);
    timers.fire();
    expect(store.state.staleShown).toBe(false);
  });

  it('a fragment run rebuilds only the container whose fragmentId matches', () => {
    const { store } = setup();
    store.apply(el([0, 0], md('outside')));
    store.apply(blk([0, 1], { type: 'vertical', fragmentId: 'f1' }));
    store.apply(el([0, 1, 0], md('inside')));
    store.apply(blk([1, 0], { type: 'dialog', title: 'D', width: 'small', dismissible: true, isOpen: true, fragmentId: 'f2' }));
    store.apply(running('f1'));
    expect(store.state.run?.scopes).toEqual(['0.1']);
    store.apply(running('f2'));
    expect(store.state.run?.scopes).toEqual(['1.0']);
    store.apply(running('unknown'));
    expect(store.state.run?.scopes).toEqual([]);
  });

  it('tracks running from sessionStatus running to idle', () => {
    const { store } = setup();
    store.apply(running());
    expect(store.state.running).toBe(true);
    store.apply(finished());
    expect(store.state.running).toBe(true);
    store.apply({ type: 'sessionStatus', seq: 2, state: 'idle', runId: 'r' });
    expect(store.state.running).toBe(false);
  });

  it('merges pageConfig, keeps navigation and query, collects and dismisses errors', () => {
    const { store } = setup();
    store.apply({ type: 'pageConfig', seq: 1, pageTitle: 'T', layout: 'wide' });
    store.apply({ type: 'pageConfig', seq: 2, pageIcon: '🎈' });
    expect(store.state.pageConfig).toEqual({ pageTitle: 'T', layout: 'wide', pageIcon: '🎈' });
    const nav: ForwardMsg = { type: 'navigation', seq: 3, pages: [], currentUrlPath: 'x', position: 'sidebar' };
    store.apply(nav);
    expect(store.state.navigation).toBe(nav);
    store.apply({ type: 'queryParams', seq: 4, query: 'a=1' });
    expect(store.state.query).toBe('a=1');
    store.apply({ type: 'error', seq: 0, code: 'InvalidMessage', message: 'bad', cseq: 3 });
    const [error] = store.state.errors;
    expect(error).toMatchObject({ code: 'InvalidMessage', message: 'bad', cseq: 3 });
    store.dismissError(error?.id ?? -1);
    expect(store.state.errors).toEqual([]);
  });

  it('writes acknowledged widget values and closed dialogs into the tree, as the server does in its mirror', () => {
    const { store } = setup();
    const slider: ElementProto = { type: 'slider', id: 's', label: 'S', value: 1, min: 0, max: 9, step: 1, dataType: 'int' };
    store.apply(el([0, 0], slider));
    store.apply(el([0, 1], md('other')));
    store.apply(blk([2, 0], { type: 'dialog', title: 'D', width: 'small', dismissible: true, isOpen: true, fragmentId: 'f' }));
    const before = store.state;
    const listener = vi.fn();
    store.subscribe(listener);
    store.patchWidgetValue('s', 5);
    expect((child(main(store), 0) as ClientElement).proto['value']).toBe(5);
    expect(child(main(store), 1)).toBe(child(before.roots[0] as ClientBlock, 1));
    store.patchWidgetValue('s', 5);
    store.closeDialog('f');
    expect((store.state.roots[2]?.children[0] as ClientBlock).proto).toMatchObject({ type: 'dialog', isOpen: false });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('notifies subscribers on change only', () => {
    const { store } = setup();
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.apply({ type: 'ack', seq: 0, cseq: 1 });
    expect(listener).not.toHaveBeenCalled();
    store.apply(el([0, 0], md('a')));
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    store.apply(el([0, 0], md('b')));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
