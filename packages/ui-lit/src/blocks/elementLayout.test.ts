import type { ClientBlock, ClientNode } from '@lit-ui/core/protocol';
import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { renderNode } from '../app/renderTree.js';
import type { BlockEnv } from './blockEnv.js';
import { fitClass, layoutClass, layoutSize, sizedBlock } from './elementLayout.js';
import { verticalBlock, type BlockNodeOf } from './layoutBlocks.js';

const env: BlockEnv = {
  ctx: { widgets: {} as BlockEnv['ctx']['widgets'], pageHref: (p) => p, navigate: () => undefined },
  stale: null,
  dialogClosed: () => undefined,
  renderChildren: (block: ClientBlock) => html`<i>${block.children.length} children</i>`,
  queue: { schedule: () => undefined },
};

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

function parentOf(...children: ClientNode[]): ClientBlock {
  return { kind: 'block', gen: 0, confirmed: 0, proto: null, children } as unknown as ClientBlock;
}

describe('element layout (Streamlit width/height)', () => {
  it('names the wrapper classes of each width and height', () => {
    expect(layoutClass(undefined)).toBe('');
    expect(layoutClass({ width: 200 })).toBe(' lu-w-px');
    expect(layoutClass({ width: 'content' })).toBe(' lu-w-content');
    expect(layoutClass({ width: 'stretch', height: 150 })).toBe(' lu-w-stretch lu-h-px');
    expect(layoutClass({ height: 'stretch' })).toBe(' lu-h-stretch');
    expect(layoutSize({ width: 200, height: 'content' })).toEqual({ width: '200px', height: undefined });
  });

  it('sizes an element’s wrapper, and leaves a wrapper without layout as it was', () => {
    const parent = parentOf(
      { kind: 'element', gen: 0, proto: { type: 'nope', layout: { width: 240, height: 90 } } } as unknown as ClientNode,
      { kind: 'element', gen: 0, proto: { type: 'nope' } } as unknown as ClientNode,
    );
    const host = mount(html`${renderNode(parent, 0, '0', env)}${renderNode(parent, 1, '0', env)}`);
    const [sized, plain] = [...host.querySelectorAll<HTMLElement>('.lu-element')];
    expect(sized!.className).toContain('lu-w-px lu-h-px');
    expect(sized!.style.width).toBe('240px');
    expect(sized!.style.height).toBe('90px');
    expect(plain!.getAttribute('style')).toBeNull();
    expect(plain!.className.trim()).toBe('lu-element');
  });

  it('wraps a block with a layout in a sized box, and a block without one not at all', () => {
    const inner = html`<div class="lu-block">inside</div>`;
    expect(sizedBlock(undefined, inner)).toBe(inner);
    const host = mount(sizedBlock({ width: 'content', height: 150 }, inner));
    const box = host.querySelector<HTMLElement>('.lu-sized')!;
    expect(box.className).toBe('lu-sized lu-w-content lu-h-px');
    expect(box.style.height).toBe('150px');
    expect(box.querySelector('.lu-block')?.textContent).toBe('inside');
  });

  it('renders a horizontal container as a row, and its border only when asked', () => {
    const node = (proto: object) =>
      ({ kind: 'block', gen: 0, confirmed: 0, children: [], proto: { type: 'vertical', ...proto } }) as BlockNodeOf<'vertical'>;
    const row = mount(verticalBlock(node({ horizontal: true, border: true }), '0.0', env, '')).firstElementChild!;
    expect(row.className).toContain('lu-row');
    expect(row.className).toContain('lu-bordered');
    const stack = mount(verticalBlock(node({ layout: { height: 150 } }), '0.1', env, '')).firstElementChild!;
    expect(stack.className).not.toContain('lu-row');
    expect(stack.className).not.toContain('lu-bordered');
  });

  it('gives a container its gap, alignment and key classes only when the proto has them', () => {
    const node = (proto: object) =>
      ({ kind: 'block', gen: 0, confirmed: 0, children: [], proto: { type: 'vertical', ...proto } }) as BlockNodeOf<'vertical'>;
    const classes = (proto: object) => mount(verticalBlock(node(proto), '0.0', env, '')).firstElementChild!.className.split(/\s+/);
    expect(classes({ horizontal: true, gap: 'large', horizontalAlignment: 'distribute', verticalAlignment: 'center' })).toEqual(
      expect.arrayContaining(['lu-row', 'lu-gap-large', 'lu-ha-distribute', 'lu-va-center']),
    );
    expect(classes({ gap: null, key: 'my box/1' })).toEqual(expect.arrayContaining(['lu-gap-none', 'st-key-my-box-1']));
    expect(classes({}).filter((c) => /^(lu-gap|lu-ha|lu-va|st-key)/.test(c))).toEqual([]);
  });

  it('marks elements that fit their content by default, unless given a width', () => {
    expect(fitClass('checkbox', undefined)).toBe(' lu-fit');
    expect(fitClass('button', { height: 'content' })).toBe(' lu-fit');
    expect(fitClass('button', { width: 'stretch' })).toBe('');
    expect(fitClass('markdown', undefined)).toBe('');
  });
});
