import type { ClientBlock } from '@lit-ui/core/protocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { html } from 'lit';
import type { BlockEnv } from './blockEnv.js';
import { PopoverBlock } from './popoverBlock.js';

const env: BlockEnv = {
  ctx: { widgets: {} as BlockEnv['ctx']['widgets'], pageHref: (p) => p, navigate: () => undefined },
  stale: null,
  dialogClosed: () => undefined,
  renderChildren: (block: ClientBlock) => html`<span class="kids">${block.children.length}</span>`,
  queue: { schedule: () => undefined },
};

beforeAll(() => {
  if (!customElements.get('lit-ui-popover')) customElements.define('lit-ui-popover', PopoverBlock);
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(): Promise<PopoverBlock> {
  const el = document.createElement('lit-ui-popover') as PopoverBlock;
  el.node = { kind: 'block', gen: 0, confirmed: 0, children: [], proto: { type: 'popover', label: 'Options' } };
  el.path = '0.4';
  el.env = env;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<lit-ui-popover>', () => {
  it('toggles its panel from the button and reflects aria-expanded', async () => {
    const el = await mount();
    const button = el.querySelector('button') as HTMLButtonElement;
    const panel = el.querySelector('.lu-popover-panel') as HTMLElement;
    expect(panel.hidden).toBe(true);
    button.click();
    await el.updateComplete;
    expect(panel.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.id).toBe('lu-0-4-popover');
  });

  it('closes on Escape and on a click outside', async () => {
    const el = await mount();
    el.open = true;
    await el.updateComplete;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await el.updateComplete;
    expect(el.open).toBe(false);
    el.open = true;
    await el.updateComplete;
    el.querySelector('.lu-popover-panel')?.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(el.open).toBe(true);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(el.open).toBe(false);
  });
});
