import { describe, expect, it } from 'vitest';
import { applyForwardMsg } from './applyForwardMsg.js';
import { clientNodeAt, createClientTree, isConfirmed, type ClientBlock, type ClientTree } from './clientTree.js';
import type { BlockProto, ElementProto } from './elements.js';
import type { BlockLength, ForwardMsg } from './forwardMsg.js';

const config = { staleDelayMs: 100, sessionTtlMs: 1000, debounceMs: 50 };
const md = (body: string): ElementProto => ({ type: 'markdown', body });
const vertical: BlockProto = { type: 'vertical' };
const element = (path: number[], proto: ElementProto): ForwardMsg => ({ type: 'delta', seq: 1, path, element: proto });
const block = (path: number[], proto: BlockProto): ForwardMsg => ({ type: 'delta', seq: 1, path, block: proto });
const running = (fragmentId?: string): ForwardMsg => ({
  type: 'sessionStatus',
  seq: 1,
  state: 'running',
  runId: 'r',
  ...(fragmentId ? { fragmentId } : {}),
});
const confirm = (...blocks: BlockLength[]): ForwardMsg => ({ type: 'confirm', seq: 1, blocks });
const finished = (...trims: BlockLength[]): ForwardMsg => ({ type: 'scriptFinished', seq: 1, runId: 'r', status: 'complete', trims });

const apply = (tree: ClientTree, ...msgs: ForwardMsg[]): ClientTree => msgs.reduce(applyForwardMsg, tree);
const at = (tree: ClientTree, path: number[]) => clientNodeAt(tree.roots, path);
const bodies = (node: ReturnType<typeof at>) =>
  node?.kind === 'block' ? node.children.map((c) => (c.kind === 'element' ? c.proto['body'] : c.proto?.type)) : [];

/** main: [markdown a, vertical [markdown x, expander [markdown deep]], markdown b]; sidebar: [markdown side]. */
function sample(): ClientTree {
  return apply(
    createClientTree(),
    element([0, 0], md('a')),
    block([0, 1], vertical),
    element([0, 1, 0], md('x')),
    block([0, 1, 1], { type: 'expander', label: 'E', expanded: false }),
    element([0, 1, 1, 0], md('deep')),
    element([0, 2], md('b')),
    element([1, 0], md('side')),
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe('applyForwardMsg: the tree', () => {
  it('replaces a child, appends one past the end, and never changes its input', () => {
    const before = deepFreeze(sample());
    const json = JSON.stringify(before);
    const after = apply(before, element([0, 0], md('A')), element([0, 3], md('c')));
    expect(bodies(at(after, [0]))).toEqual(['A', 'vertical', 'b', 'c']);
    expect(JSON.stringify(before)).toBe(json);
  });

  it('keeps the identity of every subtree a message does not touch', () => {
    const before = sample();
    const after = applyForwardMsg(before, element([0, 1, 0], md('x2')));
    expect(after).not.toBe(before);
    expect(after.roots[1]).toBe(before.roots[1]);
    expect(after.roots[2]).toBe(before.roots[2]);
    expect(at(after, [0, 0])).toBe(at(before, [0, 0]));
    expect(at(after, [0, 2])).toBe(at(before, [0, 2]));
    expect(at(after, [0, 1, 1])).toBe(at(before, [0, 1, 1]));
    // Only the path to the change is new.
    expect(at(after, [0, 1])).not.toBe(at(before, [0, 1]));
    expect(after.roots[0]).not.toBe(before.roots[0]);
  });

  it('returns the same tree for a message that changes nothing', () => {
    const tree = apply(sample(), running(), confirm({ path: [0], length: 2 }));
    expect(applyForwardMsg(tree, { type: 'ack', seq: 0, cseq: 3 })).toBe(tree);
    expect(applyForwardMsg(tree, confirm({ path: [0], length: 2 }))).toBe(tree);
    expect(applyForwardMsg(tree, confirm({ path: [0], length: 1 }))).toBe(tree);
  });

  it('keeps the children of a block put over a block; a block over an element starts empty; an element replaces a block', () => {
    let tree = applyForwardMsg(sample(), block([0, 1], { type: 'vertical', border: true }));
    expect(at(tree, [0, 1])).toMatchObject({ proto: { type: 'vertical', border: true } });
    expect(bodies(at(tree, [0, 1]))).toEqual(['x', 'expander']);
    tree = applyForwardMsg(tree, block([0, 0], vertical));
    expect(bodies(at(tree, [0, 0]))).toEqual([]);
    tree = applyForwardMsg(tree, element([0, 1], md('flat')));
    expect(at(tree, [0, 1])).toMatchObject({ kind: 'element', proto: md('flat') });
  });

  it('trims blocks at the end of a run', () => {
    const tree = apply(sample(), finished({ path: [0, 1], length: 1 }, { path: [0], length: 2 }));
    expect(bodies(at(tree, [0]))).toEqual(['a', 'vertical']);
    expect(bodies(at(tree, [0, 1]))).toEqual(['x']);
  });

  it('replaces every root on snapshot, roots without a proto, missing roots empty', () => {
    const tree = applyForwardMsg(sample(), {
      type: 'snapshot',
      seq: 9,
      roots: [
        { block: vertical, children: [{ block: vertical, children: [{ element: md('deep') }] }] },
        { block: vertical, children: [] },
      ],
    });
    expect(at(tree, [0, 0, 0])).toMatchObject({ kind: 'element', proto: md('deep') });
    expect(tree.roots.map((r) => [r.proto, r.children.length])).toEqual([
      [null, 1],
      [null, 0],
      [null, 0],
      [null, 0],
    ]);
  });

  it('empties the tree on a new session, keeps it when resumed', () => {
    const newSession = (resumed: boolean): ForwardMsg => ({ type: 'newSession', seq: 0, sessionId: 's', protocolVersion: 1, resumed, config });
    const resumed = applyForwardMsg(sample(), newSession(true));
    expect(bodies(at(resumed, [0]))).toEqual(['a', 'vertical', 'b']);
    expect(resumed.config).toEqual(config);
    expect(resumed.sessionId).toBe('s');
    const fresh = apply(sample(), running(), newSession(false));
    expect(fresh.roots.every((r) => r.children.length === 0)).toBe(true);
    expect(fresh.run).toBeNull();
    expect(fresh.running).toBe(false);
  });
});

describe('applyForwardMsg: runs', () => {
  it('a run raises the generation; deltas and confirm marks say what the run has confirmed', () => {
    let tree = apply(sample(), running());
    const main = () => at(tree, [0]) as ClientBlock;
    expect([0, 1, 2].map((i) => isConfirmed(main(), i, tree.gen))).toEqual([false, false, false]);
    tree = apply(tree, element([0, 2], md('b2')));
    expect([0, 1, 2].map((i) => isConfirmed(main(), i, tree.gen))).toEqual([false, false, true]);
    tree = apply(tree, confirm({ path: [0], length: 2 }));
    expect([0, 1, 2].map((i) => isConfirmed(main(), i, tree.gen))).toEqual([true, true, true]);
    // The vertical block is confirmed; its own children are not until a confirm of it.
    const vert = at(tree, [0, 1]) as ClientBlock;
    expect([0, 1].map((i) => isConfirmed(vert, i, tree.gen))).toEqual([false, false]);
    // The next run starts over.
    tree = apply(tree, finished(), running());
    expect([0, 1, 2].map((i) => isConfirmed(main(), i, tree.gen))).toEqual([false, false, false]);
  });

  it('a confirm is one write to the block, whatever its length', () => {
    const before = apply(sample(), running());
    const after = applyForwardMsg(before, confirm({ path: [0], length: 3 }));
    for (const i of [0, 1, 2]) expect(at(after, [0, i])).toBe(at(before, [0, i]));
  });

  it('tracks the run: full runs rebuild every root, fragment runs the fragment containers', () => {
    const dialog: BlockProto = { type: 'dialog', title: 'D', width: 'small', dismissible: true, isOpen: true, fragmentId: 'f2' };
    let tree = apply(sample(), block([0, 3], { type: 'vertical', fragmentId: 'f1' }), block([2, 0], dialog), running());
    expect(tree.run).toEqual({ runId: 'r', scopes: ['0', '1', '2', '3'] });
    expect(tree.running).toBe(true);
    tree = apply(tree, running('f1'));
    expect(tree.run).toEqual({ runId: 'r', fragmentId: 'f1', scopes: ['0.3'] });
    tree = apply(tree, running('f2'));
    expect(tree.run?.scopes).toEqual(['2.0']);
    tree = apply(tree, finished());
    expect(tree.run).toBeNull();
    expect(tree.running).toBe(true);
    tree = apply(tree, { type: 'sessionStatus', seq: 2, state: 'idle', runId: '' });
    expect(tree.running).toBe(false);
  });

  it('merges page config, keeps navigation, clears the query on a page switch, records errors', () => {
    const nav = (currentUrlPath: string): ForwardMsg => ({ type: 'navigation', seq: 3, pages: [], currentUrlPath, position: 'sidebar' });
    let tree = apply(
      createClientTree(),
      { type: 'pageConfig', seq: 1, pageTitle: 'T', layout: 'wide' },
      { type: 'pageConfig', seq: 2, pageIcon: '🎈' },
      nav(''),
      { type: 'queryParams', seq: 4, query: 'a=1' },
    );
    expect(tree.pageConfig).toEqual({ pageTitle: 'T', layout: 'wide', pageIcon: '🎈' });
    expect(tree.query).toBe('a=1');
    tree = apply(tree, nav(''));
    expect(tree.query).toBe('a=1');
    tree = apply(tree, nav('settings'));
    expect(tree.navigation?.currentUrlPath).toBe('settings');
    expect(tree.query).toBe('');
    tree = apply(
      tree,
      { type: 'error', seq: 0, code: 'InvalidMessage', message: 'bad', cseq: 3 },
      { type: 'error', seq: 0, code: 'X', message: 'y' },
    );
    expect(tree.errors).toEqual([
      { id: 1, code: 'InvalidMessage', message: 'bad', cseq: 3 },
      { id: 2, code: 'X', message: 'y' },
    ]);
  });
});

describe('applyForwardMsg: messages that do not fit the tree', () => {
  const cases: Array<[string, ForwardMsg]> = [
    ['a delta past the end of a block', element([0, 4], md('gap'))],
    ['a delta under a missing block', element([0, 7, 0], md('nowhere'))],
    ['a delta under an element', element([0, 0, 0], md('inside an element'))],
    ['a delta in an unknown root', element([9, 0], md('no root'))],
    ['a delta at a root path', element([0], md('root'))],
    ['a delta at a negative index', element([0, -1], md('negative'))],
    ['a confirm of a missing block', confirm({ path: [0, 5], length: 1 })],
    ['a confirm past the end of a block', confirm({ path: [0, 1], length: 3 })],
    ['a trim of a missing block', finished({ path: [0, 1, 7], length: 0 })],
    ['a trim of an element', finished({ path: [0, 0], length: 0 })],
    ['a trim to more children than the block has', finished({ path: [0], length: 4 })],
    ['a snapshot with an element root', { type: 'snapshot', seq: 5, roots: [{ element: md('root') }] }],
    ['a snapshot with five roots', { type: 'snapshot', seq: 5, roots: [0, 1, 2, 3, 4].map(() => ({ block: vertical, children: [] })) }],
  ];

  it.each(cases)('%s: records InvalidForwardMsg and keeps the tree', (_, msg) => {
    const before = apply(sample(), running());
    const after = applyForwardMsg(before, msg);
    expect(after.roots).toBe(before.roots);
    expect(after.errors).toHaveLength(1);
    expect(after.errors[0]).toMatchObject({ id: 1, code: 'InvalidForwardMsg' });
    expect(after.errors[0]?.message).toMatch(/does not fit the tree/);
  });

  it('applies the parts that fit: a run ends even when one of its trims does not fit', () => {
    const tree = apply(sample(), running(), finished({ path: [0, 9], length: 0 }, { path: [0], length: 1 }));
    expect(bodies(at(tree, [0]))).toEqual(['a']);
    expect(tree.run).toBeNull();
    expect(tree.errors.map((e) => e.code)).toEqual(['InvalidForwardMsg']);
  });
});

describe('applyForwardMsg: textAppend (st.writeStream)', () => {
  const append = (path: number[], text: string): ForwardMsg => ({ type: 'textAppend', seq: 1, path, text });

  it('appends to the body of the element at the path, sharing the rest of the tree', () => {
    const before = deepFreeze(sample());
    const after = apply(before, append([0, 1, 0], ' and more'), append([0, 1, 0], '!'));
    expect(bodies(at(after, [0, 1]))).toEqual(['x and more!', 'expander']);
    expect(at(after, [0, 1, 1])).toBe(at(before, [0, 1, 1]));
    expect(at(after, [1])).toBe(at(before, [1]));
  });

  it('records an InvalidForwardMsg error for a path without an element or an element without text', () => {
    const tree = apply(sample(), element([0, 3], { type: 'divider' }), append([0, 9], 'x'), append([0, 1], 'x'), append([0, 3], 'x'));
    expect(tree.errors.map((e) => e.code)).toEqual(['InvalidForwardMsg', 'InvalidForwardMsg', 'InvalidForwardMsg']);
    expect(tree.errors[2]!.message).toContain('textAppend at "0.3": the element there has no text body');
    expect(bodies(at(tree, [0]))).toEqual(['a', 'vertical', 'b', undefined]);
  });
});
