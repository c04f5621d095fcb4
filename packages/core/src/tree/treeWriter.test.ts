import { describe, expect, it } from 'vitest';
import { digestOf } from './elementDigest.js';
import { createElementTree, nodeAt, type ElementTree } from './elementTree.js';
import { TreeWriter, widgetAt, type UnsequencedDelta, type WidgetLocation } from './treeWriter.js';

/** One full run over `tree`: `write` gets the writer and main's container; returns the deltas and trims. */
function run(tree: ElementTree, widgets: Map<string, WidgetLocation>, write: (w: TreeWriter, main: ReturnType<TreeWriter['root']>) => void) {
  const deltas: UnsequencedDelta[] = [];
  const writer = new TreeWriter(tree, (d) => deltas.push(d), widgets, true);
  write(writer, writer.root(0));
  return { deltas, trims: writer.finish(), writer };
}

const text = (body: string) => ({ type: 'text', body }) as const;
const slider = (value: number) => ({ type: 'slider', id: 'w1', label: 'V', value, min: 0, max: 9, step: 1 }) as never;

describe('TreeWriter over the compact mirror', () => {
  it('keeps a digest per display element and sends only the elements whose digest changed', () => {
    const tree = createElementTree();
    const widgets = new Map<string, WidgetLocation>();
    const first = run(tree, widgets, (w, main) => ['a', 'b', 'c'].forEach((t) => w.putElement(main, text(t))));
    expect(first.deltas).toHaveLength(3);
    expect(nodeAt(tree, [0, 1])).toEqual({ kind: 'element', digest: digestOf(text('b')) });
    const second = run(tree, widgets, (w, main) => ['a', 'B', 'c'].forEach((t) => w.putElement(main, text(t))));
    expect(second.deltas).toEqual([{ type: 'delta', path: [0, 1], element: text('B') }]);
  });

  it('trims what a run did not rewrite', () => {
    const tree = createElementTree();
    const widgets = new Map<string, WidgetLocation>();
    run(tree, widgets, (w, main) => ['a', 'b', 'c'].forEach((t) => w.putElement(main, text(t))));
    const second = run(tree, widgets, (w, main) => w.putElement(main, text('a')));
    expect(second).toMatchObject({ deltas: [], trims: [{ path: [0], length: 1 }] });
    expect(tree[0]!.length).toBe(1);
  });

  it('keeps widget protos whole: the value written for an acknowledged change, and resent by replaceWidgetValue', () => {
    const tree = createElementTree();
    const widgets = new Map<string, WidgetLocation>();
    run(tree, widgets, (w, main) => {
      w.putElement(main, text('a'));
      w.putElement(main, slider(3));
    });
    expect(widgetAt(tree, widgets, 'w1')?.node.proto).toEqual(slider(3));
    const deltas: UnsequencedDelta[] = [];
    const next = new TreeWriter(tree, (d) => deltas.push(d), widgets, false);
    next.replaceWidgetValue('w1', 3);
    expect(deltas).toEqual([]);
    next.replaceWidgetValue('w1', 0);
    expect(deltas).toEqual([{ type: 'delta', path: [0, 1], element: slider(0) }]);
    // The mirror's digest follows: a run that writes the slider at 0 sends nothing.
    expect(run(tree, widgets, (w, main) => [text('a'), slider(0)].forEach((p) => w.putElement(main, p))).deltas).toEqual([]);
  });

  it('forgets a widget whose place now holds something else', () => {
    const tree = createElementTree();
    const widgets = new Map<string, WidgetLocation>();
    run(tree, widgets, (w, main) => w.putElement(main, slider(3)));
    run(tree, widgets, (w, main) => w.putElement(main, text('x')));
    expect(widgetAt(tree, widgets, 'w1')).toBeUndefined();
  });

  it('a block keeps its children when its proto is written again, and a changed proto is sent', () => {
    const tree = createElementTree();
    const widgets = new Map<string, WidgetLocation>();
    run(tree, widgets, (w, main) => w.putElement(w.putBlock(main, { type: 'vertical' }), text('in')));
    const second = run(tree, widgets, (w, main) => w.putElement(w.putBlock(main, { type: 'vertical', border: true }), text('in')));
    expect(second.deltas).toEqual([{ type: 'delta', path: [0, 0], block: { type: 'vertical', border: true } }] satisfies UnsequencedDelta[]);
  });

  it('a detached writer changes neither the mirror nor the client', () => {
    const tree = createElementTree();
    const widgets = new Map<string, WidgetLocation>();
    const deltas: UnsequencedDelta[] = [];
    const writer = new TreeWriter(tree, (d) => deltas.push(d), widgets, true);
    writer.putElement(writer.root(0), text('before'));
    writer.detach();
    const block = writer.putBlock(writer.root(0), { type: 'vertical' });
    writer.putElement(block, text('inside'));
    writer.putElement(writer.root(0), slider(1));
    expect(deltas).toHaveLength(1);
    expect(tree[0]!.length).toBe(1);
    expect(writer.takeConfirm()).toEqual([]);
    expect(writer.finish()).toEqual([]);
  });

  it("appends streamed text: only the new text is sent, the mirror's digest follows the body, a rerun with the whole text sends nothing", () => {
    const tree = createElementTree();
    const widgets = new Map<string, WidgetLocation>();
    const markdown = (body: string) => ({ type: 'markdown', body }) as const;
    const first = run(tree, widgets, (w, main) => {
      const path = w.putElement(main, markdown('Hel'));
      const target = w.elementAt(main, path)!;
      expect(w.appendText(main, path, target, 'lo')).toBe(true);
      expect(w.appendText(main, path, target, ', world')).toBe(true);
    });
    expect(first.deltas).toEqual([
      { type: 'delta', path: [0, 0], element: markdown('Hel') },
      { type: 'textAppend', path: [0, 0], text: 'lo' },
      { type: 'textAppend', path: [0, 0], text: ', world' },
    ] satisfies UnsequencedDelta[]);
    expect(tree[0]!.digestAt(0)).toBe(digestOf(markdown('Hello, world')));
    expect(run(tree, widgets, (w, main) => w.putElement(main, markdown('Hello, world'))).deltas).toEqual([]);
  });

  it('does not append to an element something else has replaced, nor from a detached writer', () => {
    const tree = createElementTree();
    const widgets = new Map<string, WidgetLocation>();
    const markdown = (body: string) => ({ type: 'markdown', body }) as const;
    const result = run(tree, widgets, (w, main) => {
      const path = w.putElement(main, markdown('a'));
      const target = w.elementAt(main, path)!;
      w.putElement({ ...main, slot: 0 }, text('replaced'));
      expect(w.appendText(main, path, target, 'b')).toBe(false);
      const again = w.putElement(main, markdown('c'));
      const other = w.elementAt(main, again)!;
      w.detach();
      expect(w.appendText(main, again, other, 'd')).toBe(false);
    });
    expect(result.deltas.map((d) => d.type)).toEqual(['delta', 'delta', 'delta']);
    expect(tree[0]!.digestAt(1)).toBe(digestOf(markdown('c')));
  });
});
