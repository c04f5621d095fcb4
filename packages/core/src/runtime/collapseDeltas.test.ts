import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyForwardMsg } from '../protocol/applyForwardMsg.js';
import { createClientTree } from '../protocol/clientTree.js';
import type { DeltaPath } from '../protocol/deltaPath.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { collapseDeltas } from './collapseDeltas.js';

const text = (path: DeltaPath, body: string, seq: number): ForwardMsg => ({ type: 'delta', seq, path, element: { type: 'text', body } });
const block = (path: DeltaPath, seq: number): ForwardMsg => ({ type: 'delta', seq, path, block: { type: 'vertical' } });

/** A block of the model: the children's kinds, to generate only messages that fit the client's tree. */
interface ModelBlock {
  children: Array<'element' | ModelBlock>;
}

/** One generated step: which block (by its index among all blocks), what to do, and a number to pick a child or a length. */
type Step = { readonly op: 'element' | 'block' | 'trim' | 'confirm' | 'window'; readonly at: number; readonly pick: number; readonly body: string };

/** A `dataWindow` reply (connection-level, `seq` 0) to the data request `cseq`. */
const windowReply = (cseq: number): ForwardMsg => ({ type: 'dataWindow', seq: 0, cseq, dataId: `d${cseq}`, start: 0, rowCount: 1, rows: [[cseq]] });

/** Turns steps into a sequence of ForwardMsgs that the client's reducer applies without error (a run, as a session would send it). */
function messagesOf(steps: readonly Step[]): ForwardMsg[] {
  const root: ModelBlock = { children: [] };
  let seq = 0;
  const out: ForwardMsg[] = [{ type: 'sessionStatus', seq: ++seq, state: 'running', runId: 'r1' }];
  const blocks = (): Array<{ path: number[]; node: ModelBlock }> => {
    const all: Array<{ path: number[]; node: ModelBlock }> = [];
    const walk = (node: ModelBlock, path: number[]) => {
      all.push({ path, node });
      node.children.forEach((child, i) => {
        if (child !== 'element' && path.length < 3) walk(child, [...path, i]);
      });
    };
    walk(root, [0]);
    return all;
  };
  for (const step of steps) {
    const all = blocks();
    const { path, node } = all[step.at % all.length]!;
    const index = step.pick % (node.children.length + 1);
    if (step.op === 'element') {
      node.children[index] = 'element';
      out.push(text([...path, index], step.body, ++seq));
    } else if (step.op === 'block') {
      node.children[index] = { children: [] };
      out.push(block([...path, index], ++seq));
    } else if (step.op === 'trim') {
      const length = step.pick % (node.children.length + 1);
      node.children.length = length;
      out.push({ type: 'scriptFinished', seq: ++seq, runId: 'r1', status: 'complete', trims: [{ path, length }] });
      out.push({ type: 'sessionStatus', seq: ++seq, state: 'running', runId: 'r1' });
    } else if (step.op === 'window') {
      out.push(windowReply(step.pick));
    } else {
      out.push({ type: 'confirm', seq: ++seq, blocks: [{ path, length: node.children.length }] });
    }
  }
  return out;
}

const apply = (msgs: readonly ForwardMsg[]) => msgs.reduce(applyForwardMsg, createClientTree());

/** The client's roots right before each message that is not an element delta, keyed by the message itself. */
function treesBeforeOthers(msgs: readonly ForwardMsg[]): Map<ForwardMsg, unknown> {
  const trees = new Map<ForwardMsg, unknown>();
  let tree = createClientTree();
  for (const msg of msgs) {
    if (!(msg.type === 'delta' && 'element' in msg)) trees.set(msg, tree.roots);
    tree = applyForwardMsg(tree, msg);
  }
  return trees;
}

describe('collapseDeltas', () => {
  it('keeps the latest element delta per path, an empty element where the first was, drops the rest; everything else in order', () => {
    const ack: ForwardMsg = { type: 'ack', seq: 0, cseq: 4 };
    const batch = [text([0, 0], 'a', 1), text([0, 1], 'x', 2), text([0, 0], 'b', 3), ack, text([0, 0], 'c', 5), text([0, 0], 'd', 6)];
    expect(collapseDeltas(batch)).toEqual([
      { type: 'delta', seq: 1, path: [0, 0], element: { type: 'empty' } },
      text([0, 1], 'x', 2),
      ack,
      text([0, 0], 'd', 6),
    ]);
  });

  it('never collapses across a block delta at or above the path, a trim or a snapshot', () => {
    const nested = [text([0, 2, 0], 'a', 1), block([0, 2], 2), text([0, 2, 0], 'b', 3), text([0, 3], 'x', 4)];
    expect(collapseDeltas(nested)).toEqual(nested);
    const snap: ForwardMsg = { type: 'snapshot', seq: 6, roots: [] };
    expect(collapseDeltas([text([0, 0], 'a', 5), snap, text([0, 0], 'b', 7)]).map((m) => m.seq)).toEqual([5, 6, 7]);
    const trim: ForwardMsg = { type: 'scriptFinished', seq: 9, runId: 'r', status: 'complete', trims: [{ path: [0], length: 0 }] };
    expect(collapseDeltas([text([0, 0], 'a', 8), trim, text([0, 0], 'b', 10)]).map((m) => m.seq)).toEqual([8, 9, 10]);
  });

  it('passes a message of a type it does not know through in order, never merged, and collapses nothing across it', () => {
    // An in-place edit (as an append to an element's text would be): collapsing the delta before it would change what it edits.
    const append = { type: 'textAppend', seq: 2, path: [0, 0], text: '!' } as unknown as ForwardMsg;
    const batch = [text([0, 0], 'a', 1), append, text([0, 0], 'b', 3), text([0, 1], 'x', 4), text([0, 0], 'c', 5)];
    expect(collapseDeltas(batch)).toEqual([
      text([0, 0], 'a', 1),
      append,
      { type: 'delta', seq: 3, path: [0, 0], element: { type: 'empty' } },
      text([0, 1], 'x', 4),
      text([0, 0], 'c', 5),
    ]);
  });

  it('keeps every dataWindow reply, in order, and the deltas before one as they were sent', () => {
    const batch = [text([0, 0], 'a', 1), text([0, 0], 'b', 2), windowReply(7), text([0, 0], 'c', 3), windowReply(8), text([0, 0], 'd', 4)];
    const collapsed = collapseDeltas(batch);
    expect(collapsed.filter((m) => m.type === 'dataWindow')).toEqual([windowReply(7), windowReply(8)]);
    expect(collapsed).toEqual([
      { type: 'delta', seq: 1, path: [0, 0], element: { type: 'empty' } },
      text([0, 0], 'b', 2),
      windowReply(7),
      text([0, 0], 'c', 3),
      windowReply(8),
      text([0, 0], 'd', 4),
    ]);
    const before = treesBeforeOthers(batch);
    const after = treesBeforeOthers(collapsed);
    for (const msg of [batch[2]!, batch[4]!]) expect(after.get(msg)).toEqual(before.get(msg));
  });

  it('10,000 updates of one element collapse to two messages', () => {
    const updates = Array.from({ length: 10_000 }, (_, i) => text([0, 0], `tick ${i}`, i + 1));
    expect(collapseDeltas(updates)).toEqual([{ type: 'delta', seq: 1, path: [0, 0], element: { type: 'empty' } }, text([0, 0], 'tick 9999', 10_000)]);
  });

  it('the client ends with the same tree from the collapsed batch as from every message, and each dataWindow reply meets the same tree (2,000 generated runs)', () => {
    const step = fc.record({
      op: fc.constantFrom<Step['op']>('element', 'element', 'element', 'block', 'trim', 'confirm', 'window'),
      at: fc.nat(20),
      pick: fc.nat(6),
      body: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const msgs = messagesOf(steps);
        const full = apply(msgs);
        const collapsed = apply(collapseDeltas(msgs));
        expect(full.errors).toEqual([]);
        expect(collapsed.errors).toEqual([]);
        expect(collapsed.roots).toEqual(full.roots);
        // Every dataWindow reply is kept, in order, and meets the tree it would have met without collapsing.
        const replies = msgs.filter((m) => m.type === 'dataWindow');
        const kept = collapseDeltas(msgs);
        expect(kept.filter((m) => m.type === 'dataWindow')).toEqual(replies);
        const before = treesBeforeOthers(msgs);
        const after = treesBeforeOthers(kept);
        for (const reply of replies) expect(after.get(reply)).toEqual(before.get(reply));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
