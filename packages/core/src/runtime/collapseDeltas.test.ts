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
type Step = { readonly op: 'element' | 'block' | 'trim' | 'confirm'; readonly at: number; readonly pick: number; readonly body: string };

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
    } else {
      out.push({ type: 'confirm', seq: ++seq, blocks: [{ path, length: node.children.length }] });
    }
  }
  return out;
}

const apply = (msgs: readonly ForwardMsg[]) => msgs.reduce(applyForwardMsg, createClientTree());

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

  it('10,000 updates of one element collapse to two messages', () => {
    const updates = Array.from({ length: 10_000 }, (_, i) => text([0, 0], `tick ${i}`, i + 1));
    expect(collapseDeltas(updates)).toEqual([{ type: 'delta', seq: 1, path: [0, 0], element: { type: 'empty' } }, text([0, 0], 'tick 9999', 10_000)]);
  });

  it('the client ends with the same tree from the collapsed batch as from every message (2,000 generated runs)', () => {
    const step = fc.record({
      op: fc.constantFrom<Step['op']>('element', 'element', 'element', 'block', 'trim', 'confirm'),
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
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
