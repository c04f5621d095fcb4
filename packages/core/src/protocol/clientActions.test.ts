import { describe, expect, it } from 'vitest';
import { applyForwardMsg } from './applyForwardMsg.js';
import { closeDialog, patchWidgetValue } from './clientActions.js';
import { clientNodeAt, createClientTree, type ClientTree } from './clientTree.js';
import type { BlockProto, ElementProto } from './elements.js';
import type { ForwardMsg } from './forwardMsg.js';

const slider = (id: string, value: number | number[]): ElementProto => ({
  type: 'slider',
  id,
  label: id,
  value,
  min: 0,
  max: 10,
  step: 1,
  dataType: 'int',
});
const dialog = (fragmentId: string): BlockProto => ({ type: 'dialog', title: 'D', width: 'small', dismissible: true, isOpen: true, fragmentId });
const put = (path: number[], node: { element: ElementProto } | { block: BlockProto }): ForwardMsg => ({ type: 'delta', seq: 1, path, ...node });

function sample(): ClientTree {
  return [
    put([0, 0], { element: slider('a', 1) }),
    put([0, 1], { block: { type: 'vertical' } }),
    put([0, 1, 0], { element: slider('b', [1, 2]) }),
    put([1, 0], { element: { type: 'markdown', body: 'side' } }),
    put([2, 0], { block: dialog('f1') }),
    put([2, 0, 0], { element: slider('c', 3) }),
  ].reduce(applyForwardMsg, createClientTree());
}

const at = (tree: ClientTree, path: number[]) => clientNodeAt(tree.roots, path);

describe('patchWidgetValue', () => {
  it('writes the acknowledged value into the widget proto, copying only its ancestors', () => {
    const before = sample();
    const after = patchWidgetValue(before, 'b', [3, 4]);
    expect(at(after, [0, 1, 0])).toMatchObject({ proto: { id: 'b', value: [3, 4], label: 'b' } });
    expect(at(after, [0, 0])).toBe(at(before, [0, 0]));
    expect(after.roots[1]).toBe(before.roots[1]);
    expect(after.roots[2]).toBe(before.roots[2]);
    expect(at(before, [0, 1, 0])).toMatchObject({ proto: { value: [1, 2] } });
  });

  it('returns the same tree when the widget already shows the value or is not there', () => {
    const tree = sample();
    expect(patchWidgetValue(tree, 'b', [1, 2])).toBe(tree);
    expect(patchWidgetValue(tree, 'missing', 5)).toBe(tree);
  });
});

describe('closeDialog', () => {
  it('marks the open dialog of the fragment closed and keeps its children', () => {
    const before = sample();
    const after = closeDialog(before, 'f1');
    expect(at(after, [2, 0])).toMatchObject({ proto: { type: 'dialog', isOpen: false } });
    expect(at(after, [2, 0, 0])).toBe(at(before, [2, 0, 0]));
    expect(after.roots[0]).toBe(before.roots[0]);
    expect(closeDialog(after, 'f1')).toBe(after);
    expect(closeDialog(before, 'other')).toBe(before);
  });
});
